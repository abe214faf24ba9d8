// A small ranking drawn with HTML: rank, agency, a bar, the value (qualifier kept, derived hatched
// and marked). Cheap enough for the overview, so the first page needs no chart library at all.
import type { RankRow } from '../../domain/ranking.ts';
import { agencyName } from '../../format/names.ts';
import { rankText } from '../../format/rankText.ts';
import { useApp } from '../AppContext.ts';
import { ValueButton } from './ValueButton.tsx';

export function MiniBars({ rows, caption, max }: { rows: readonly RankRow[]; caption: string; max: number }) {
  const { lang, tr, href } = useApp();
  return (
    <table className="data mini-bars">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{tr('indicator.rank')}</th>
          <th scope="col">{tr('indicator.agency')}</th>
          <th scope="col">{tr('indicator.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const width = max > 0 ? Math.max(1, Math.min(100, (r.observation.value / max) * 100)) : 0;
          return (
            <tr key={r.agency.id}>
              <td className="num small">{rankText(r.rank)}</td>
              <th scope="row">
                <a href={href('agency', r.agency.id)}>{agencyName(r.agency, lang)}</a>
                <span className="bar-track" aria-hidden="true">
                  <span
                    className={r.observation.derived ? 'bar bar-derived' : 'bar'}
                    style={{ width: `${width}%` }}
                  />
                </span>
              </th>
              <td className="num">
                <ValueButton observation={r.observation} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
