// What the district map shows and what it cannot: the region and type drawn, a note when districts
// share one agency or the type comes from the filter, and the agencies with no district on it.
import { mapTypeLabel } from '../../../charts/mapOption.ts';
import type { DistrictMapData } from '../../../domain/districtMap.ts';
import { placeName } from '../../../domain/places.ts';
import { agencyName } from '../../../format/names.ts';
import { useApp } from '../../AppContext.ts';

export function MapNotes({ data }: { data: DistrictMapData }) {
  const { lang, tr } = useApp();
  return (
    <>
      <p className="small map-showing">
        <strong>
          {tr('map.showing', { region: placeName(data.region, lang), type: mapTypeLabel(data.type, lang) })}
        </strong>
        {data.shared ? ` ${tr('map.sharedNote')}` : ''}
        {data.typeSource === 'filter' ? ` ${tr('map.typeFromFilter')}` : ''}
      </p>
      {data.offMap.length > 0 ? (
        <p className="small muted">
          {tr('map.offMap', {
            count: data.offMap.length,
            names: data.offMap
              .slice(0, 10)
              .map((a) => agencyName(a, lang))
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </>
  );
}
