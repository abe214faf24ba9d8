// The provinces' values as a table: the country map's text alternative, and its keyboard way in:
// each province's name links to its agencies (region filter set; its district map where there is one).
import { provinceShortValue } from '../../../charts/provinceMapOption.ts';
import { placeName } from '../../../domain/places.ts';
import type { ProvinceCell, ProvinceMapData } from '../../../domain/provinceMap.ts';
import { useApp } from '../../AppContext.ts';

export function ProvinceTable({
  data,
  caption,
  hrefOf,
}: {
  data: ProvinceMapData;
  caption: string;
  hrefOf: (cell: ProvinceCell) => string;
}) {
  const { lang, tr } = useApp();
  const unit = data.ranking.indicator.unit;
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('csv.region')}</th>
          <th scope="col" className="num">
            {tr('indicator.value')}
          </th>
          <th scope="col" className="num">
            {tr('map.province.agencies')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.provinces.map((cell) => {
          const of = cell.rows.length + cell.notReported.length + cell.noReport.length;
          return (
            <tr key={cell.mapName}>
              <th scope="row">
                {of > 0 ? (
                  <a href={hrefOf(cell)}>{placeName(cell.province, lang)}</a>
                ) : (
                  placeName(cell.province, lang)
                )}
              </th>
              <td className="num">
                {cell.status === 'reported' ? (
                  provinceShortValue(cell, lang, unit)
                ) : (
                  <span className={cell.status === 'not_reported' ? 'not-reported' : 'muted'}>
                    {tr(`map.status.${cell.status}`)}
                  </span>
                )}
                {cell.aggregate === 'median' ? (
                  <span className="small muted"> ({tr('map.median', { n: cell.rows.length })})</span>
                ) : null}
                {cell.derived ? <span className="small muted"> · {tr('map.legend.derived')}</span> : null}
              </td>
              <td className="num">
                {of > 0 ? tr('map.province.count', { reported: cell.rows.length, of }) : '–'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
