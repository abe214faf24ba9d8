// Every agency in scope for one indicator: rank (a range when values are approximate), value with
// qualifier and provenance, the counts behind a rate, year-on-year change, scope note, report.
// Paginated so 3,000 agencies cost no more than 50.
import { Fragment } from 'react';
import { type TableRow, valueAriaSort } from '../../charts/rankingTableRows.ts';
import type { Ranking } from '../../domain/ranking.ts';
import { RATE_COUNTS } from '../../domain/ranking.ts';
import { yoyChange } from '../../domain/yoyChange.ts';
import { formatYoy } from '../../format/change.ts';
import { agencyName, agencyNameLang } from '../../format/names.ts';
import { rankText } from '../../format/rankText.ts';
import { formatQualifiedNumber } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { usePaged } from '../hooks/usePaged.ts';
import { Pager } from './Pager.tsx';
import { ScopeNote } from './ScopeNote.tsx';
import { SortHeader } from './SortHeader.tsx';
import { ValueButton } from './ValueButton.tsx';

const PAGE_SIZE = 50;

export function RankingTable({ ranking, rows }: { ranking: Ranking; rows: readonly TableRow[] }) {
  const { state, navigate, lang, tr, href } = useApp();
  const paged = usePaged(rows, PAGE_SIZE);
  const hasCounts = RATE_COUNTS[ranking.indicator.id] !== undefined;
  const better = ranking.indicator.better;
  const nameSort =
    state.sort.key === 'name' ? (state.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  const setSort = (key: 'name' | 'value') => {
    const dir =
      state.sort.key === key ? (state.sort.dir === 'asc' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    navigate({ ...state, sort: { key, dir } });
  };
  const columns = hasCounts ? 7 : 6;
  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption className="sr-only">{tr('ui.fullRanking')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {tr('indicator.rank')}
              </th>
              <SortHeader sort={nameSort} onSort={() => setSort('name')}>
                {tr('indicator.agency')}
              </SortHeader>
              <SortHeader
                className="num"
                sort={valueAriaSort(ranking, state.sort)}
                onSort={() => setSort('value')}
              >
                {tr('indicator.value')}
              </SortHeader>
              {hasCounts ? (
                <th scope="col" className="num">
                  {tr('ui.counts')}
                </th>
              ) : null}
              <th scope="col" className="num">
                {tr('ui.yoy')}
              </th>
              <th scope="col">{tr('ui.scopeNote')}</th>
              <th scope="col">{tr('ui.report')}</th>
            </tr>
          </thead>
          <tbody>
            {paged.slice.map((r, i) => {
              const prev = paged.slice[i - 1];
              const header = r.group !== '' && (i === 0 || prev?.group !== r.group);
              const o = r.kind === 'reported' ? r.row.observation : null;
              const report = r.kind === 'reported' ? r.row.report : r.report;
              const yoy = o ? yoyChange(o) : null;
              const worse =
                yoy !== null && ((better === 'higher' && yoy < 0) || (better === 'lower' && yoy > 0));
              return (
                <Fragment key={r.agency.id}>
                  {header ? (
                    <tr className="group-row">
                      <th scope="rowgroup" colSpan={columns}>
                        {r.group}
                      </th>
                    </tr>
                  ) : null}
                  <tr>
                    <td className="num">{r.kind === 'reported' ? rankText(r.row.rank) : '—'}</td>
                    <th scope="row">
                      <a
                        href={href('agency', r.agency.id)}
                        lang={agencyNameLang(r.agency, lang) === lang ? undefined : 'zh'}
                      >
                        {agencyName(r.agency, lang)}
                      </a>
                    </th>
                    <td className="num">
                      <ValueButton observation={o} />
                    </td>
                    {hasCounts ? (
                      <td className="num">
                        {r.kind === 'reported' && r.row.counts
                          ? `${formatQualifiedNumber(r.row.counts.numerator, lang)} / ${formatQualifiedNumber(r.row.counts.denominator, lang)}`
                          : '—'}
                      </td>
                    ) : null}
                    <td className={`num ${worse ? 'yoy-down' : yoy !== null ? 'yoy-up' : ''}`}>
                      {(o && formatYoy(o, lang)) ?? '—'}
                    </td>
                    <td className="small">
                      <ScopeNote scope={o?.scope} />
                    </td>
                    <td className="small">
                      <a href={href('reports', report.id)}>{report.year}</a>
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager page={paged.page} pages={paged.pages} total={paged.total} onPage={paged.setPage} />
    </>
  );
}
