// The rows a ranking chart draws, as a table (the chart's text alternative).
import type { RankRow } from '../../domain/ranking.ts';
import { agencyName } from '../../format/names.ts';
import { rankText } from '../../format/rankText.ts';
import { useApp } from '../AppContext.ts';
import { displayValue } from '../lib/displayValue.ts';

export function TopRowsTable({ rows, caption }: { rows: readonly RankRow[]; caption: string }) {
  const { state, lang, tr } = useApp();
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {tr('indicator.rank')}
          </th>
          <th scope="col">{tr('indicator.agency')}</th>
          <th scope="col" className="num">
            {tr('indicator.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.agency.id}
            className={r.agency.id === state.focus ? 'focus-row' : undefined}
            aria-current={r.agency.id === state.focus ? 'true' : undefined}
          >
            <td className="num">{rankText(r.rank)}</td>
            <th scope="row">
              {r.agency.id === state.focus ? <span className="focus-marker">{tr('find.yours')}</span> : null}{' '}
              {agencyName(r.agency, lang)}
            </th>
            <td className="num">
              {displayValue(r.observation, lang)}
              {r.observation.derived ? ` (${tr('origin.derived')})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
