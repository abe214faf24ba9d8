// Which region and agency type the district map shows (mapregion=, maptype=). A region or type
// filter wins: its choice is shown, disabled, so the map never silently disagrees with the filter.
import { mapTypeLabel } from '../../../charts/mapOption.ts';
import type { DistrictMapData } from '../../../domain/districtMap.ts';
import { MAP_REGIONS, placeName } from '../../../domain/places.ts';
import { useApp } from '../../AppContext.ts';
import { SelectField } from '../SelectField.tsx';

export function MapControls({ data }: { data: DistrictMapData }) {
  const { state, navigate, lang, tr } = useApp();
  const types = [
    ...(data.typeSource === 'filter' ? [{ value: data.type, label: mapTypeLabel(data.type, lang) }] : []),
    ...(!data.shared ? [{ value: 'all', label: mapTypeLabel('all', lang) }] : []),
    ...data.types.map((t) => ({ value: t.type, label: `${mapTypeLabel(t.type, lang)} (${t.agencies})` })),
  ];
  return (
    <div className="toolbar map-controls">
      <SelectField
        label={tr('map.region')}
        value={data.region}
        disabled={state.filter.region !== undefined}
        options={MAP_REGIONS.map((r) => ({ value: r, label: placeName(r, lang) }))}
        onChange={(region) => navigate({ ...state, mapRegion: region, mapType: null })}
      />
      <SelectField
        label={tr('map.type')}
        value={data.type}
        disabled={data.typeSource === 'filter'}
        options={types}
        onChange={(type) => navigate({ ...state, mapType: type })}
      />
    </div>
  );
}
