// The districts' values as a table: the map's text alternative (and its CSV's twin on screen).
import { districtShortValue } from '../../../charts/mapOption.ts';
import type { DistrictMapData } from '../../../domain/districtMap.ts';
import { placeName } from '../../../domain/places.ts';
import { agencyName } from '../../../format/names.ts';
import { useApp } from '../../AppContext.ts';
import { ValueButton } from '../ValueButton.tsx';

export function DistrictTable({ data, caption }: { data: DistrictMapData; caption: string }) {
  const { lang, tr } = useApp();
  const indicator = data.ranking.indicator;
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('csv.district')}</th>
          <th scope="col" className="num">
            {tr('indicator.value')}
          </th>
          <th scope="col">{tr('ui.agency')}</th>
        </tr>
      </thead>
      <tbody>
        {data.districts.map((cell) => (
          <tr key={cell.district}>
            <th scope="row">{placeName(cell.district, lang)}</th>
            <td className="num">
              {cell.status === 'reported' ? (
                districtShortValue(cell, indicator, lang)
              ) : (
                <span className={cell.status === 'not_reported' ? 'not-reported' : 'muted'}>
                  {districtShortValue(cell, indicator, lang)}
                </span>
              )}
              {cell.aggregate === 'median' ? (
                <span className="small muted"> ({tr('map.median', { n: cell.rows.length })})</span>
              ) : null}
              {cell.derived ? <span className="small muted"> · {tr('map.legend.derived')}</span> : null}
            </td>
            <td>
              <ul className="plain">
                {cell.rows.map((r) => (
                  <li key={r.agency.id}>
                    {agencyName(r.agency, lang)}: <ValueButton observation={r.observation} />
                  </li>
                ))}
                {cell.notReported.map((a) => (
                  <li key={a.id}>
                    {agencyName(a, lang)}: <span className="not-reported">{tr('value.notReported')}</span>
                  </li>
                ))}
                {(cell.unreviewed ?? []).map((a) => (
                  <li key={a.id}>
                    {agencyName(a, lang)}: <ValueButton observation={null} absence="unreviewed" />
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
