// Lowest / median / highest value per agency type (the distribution chart as a table).
import { agencyTypeName } from '../../domain/places.ts';
import type { Ranking } from '../../domain/ranking.ts';
import { typeStats } from '../../domain/typeStats.ts';
import { agencyName } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { formatValue } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';

export function TypeStatsTable({ ranking }: { ranking: Ranking }) {
  const { lang, tr } = useApp();
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{tr('filters.type')}</th>
          <th scope="col" className="num">
            {tr('ui.agencyCount')}
          </th>
          <th scope="col">{tr('ui.min')}</th>
          <th scope="col" className="num">
            {tr('ui.median')}
          </th>
          <th scope="col">{tr('ui.max')}</th>
        </tr>
      </thead>
      <tbody>
        {typeStats(ranking).map((s) => (
          <tr key={s.type}>
            <th scope="row">{agencyTypeName(s.type, lang)}</th>
            <td className="num">{s.count}</td>
            <td>
              {formatValue(s.min.observation, lang)} · {agencyName(s.min.agency, lang)}
            </td>
            <td className="num">{formatNumber(s.median, lang)}</td>
            <td>
              {formatValue(s.max.observation, lang)} · {agencyName(s.max.agency, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
