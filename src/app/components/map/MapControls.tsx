// Which map (the country by province, or a region's districts: mapregion=) and which ONE agency
// type it shows (maptype=). A region or type filter wins: its choice is shown, disabled, so the
// map never silently disagrees with the filter.
import { mapTypeLabel } from '../../../charts/mapOption.ts';
import type { MapTypeChoice } from '../../../domain/districtMap.ts';
import { MAP_REGIONS, placeName } from '../../../domain/places.ts';
import { COUNTRY_MAP } from '../../../domain/provinceMap.ts';
import { useApp } from '../../AppContext.ts';
import { SelectField } from '../SelectField.tsx';

export function MapControls({ scope, choice }: { scope: string; choice: MapTypeChoice }) {
  const { state, navigate, lang, tr } = useApp();
  const types = [
    ...(choice.typeSource === 'filter' && !choice.types.some((t) => t.type === choice.type)
      ? [{ value: choice.type, label: mapTypeLabel(choice.type, lang) }]
      : []),
    ...choice.types.map((t) => ({ value: t.type, label: `${mapTypeLabel(t.type, lang)} (${t.agencies})` })),
  ];
  return (
    <div className="toolbar map-controls">
      <SelectField
        label={tr('map.region')}
        value={scope}
        disabled={state.filter.region !== undefined}
        options={[
          { value: COUNTRY_MAP, label: tr('map.country') },
          ...MAP_REGIONS.map((r) => ({ value: r, label: placeName(r, lang) })),
        ]}
        onChange={(region) => navigate({ ...state, mapRegion: region, mapType: null })}
      />
      <SelectField
        label={tr('map.type')}
        value={choice.type}
        disabled={choice.typeSource === 'filter'}
        options={types}
        onChange={(type) => navigate({ ...state, mapType: type })}
      />
    </div>
  );
}
