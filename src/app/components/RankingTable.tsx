// Every agency in scope for one indicator: rank (a range when values are approximate), district,
// type, value with qualifier and provenance (and the report's other values for it), the counts
// behind a rate, year-on-year change, scope note, report. Sortable by every column (sort=), paged
// with the page in the address (page=); the focused agency's row is marked and one button away.
import { Fragment, useEffect, useRef } from 'react';
import { columnAriaSort, pageOf, type TableRow, valueAriaSort } from '../../charts/rankingTableRows.ts';
import type { YearChangeCell } from '../../charts/yearChangeCells.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import type { Ranking } from '../../domain/ranking.ts';
import { RATE_COUNTS } from '../../domain/ranking.ts';
import { defaultSortDir, type SortKey } from '../../domain/tableOrder.ts';
import { yoyChange } from '../../domain/yoyChange.ts';
import { alternativesText } from '../../format/alternativesText.ts';
import { formatYoy } from '../../format/change.ts';
import { agencyName, agencyNameLang } from '../../format/names.ts';
import { rankText } from '../../format/rankText.ts';
import { formatQualifiedNumber } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { useAddressPage, usePaged } from '../hooks/usePaged.ts';
import { ConsistencyMark } from './ConsistencyMark.tsx';
import { Pager } from './Pager.tsx';
import { ScopeNote } from './ScopeNote.tsx';
import { SortHeader } from './SortHeader.tsx';
import { ValueButton } from './ValueButton.tsx';

export const RANKING_PAGE_SIZE = 50;

export function RankingTable({
  ranking,
  rows,
  paging = 'address',
  caption,
  previous,
}: {
  ranking: Ranking;
  rows: readonly TableRow[];
  /** 'address': the view's main table, page in the URL; 'local': a secondary table (units ranked apart). */
  paging?: 'address' | 'local';
  caption?: string;
  /** Computed change and rank movement since the year before, by agency id (yearChangeCells). */
  previous?: ReadonlyMap<string, YearChangeCell>;
}) {
  const { state, navigate, lang, tr, href } = useApp();
  const inAddress = useAddressPage(rows, RANKING_PAGE_SIZE);
  const local = usePaged(rows, RANKING_PAGE_SIZE);
  const paged = paging === 'address' ? inAddress : local;
  const hasCounts = RATE_COUNTS[ranking.indicator.id] !== undefined;
  const better = ranking.indicator.better;
  const focus = state.focus;
  const focusPage = focus ? pageOf(rows, focus, RANKING_PAGE_SIZE) : null;
  const setSort = (key: SortKey) => {
    const dir = state.sort.key === key ? (state.sort.dir === 'asc' ? 'desc' : 'asc') : defaultSortDir(key);
    navigate({ ...state, sort: { key, dir }, page: 1 });
  };
  // After "go to my agency", bring its row into view and give it the keyboard focus.
  const focusRow = useRef<HTMLTableRowElement>(null);
  const jumped = useRef(false);
  useEffect(() => {
    if (jumped.current && focusRow.current) {
      jumped.current = false;
      focusRow.current.scrollIntoView({ block: 'center' });
      focusRow.current.focus();
    }
  });
  const goToFocus = () => {
    if (focusPage === null) return;
    jumped.current = true;
    if (focusPage !== paged.page) paged.setPage(focusPage);
    else if (focusRow.current) {
      jumped.current = false;
      focusRow.current.scrollIntoView({ block: 'center' });
      focusRow.current.focus();
    }
  };
  const columns = hasCounts ? 9 : 8;
  const sortable = (key: SortKey) => columnAriaSort(key, state.sort);
  return (
    <>
      {paging === 'address' && focusPage !== null ? (
        <p className="table-actions">
          <button type="button" onClick={goToFocus}>
            {tr('find.goTo')}
          </button>
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data">
          <caption className={caption ? undefined : 'sr-only'}>{caption ?? tr('ui.fullRanking')}</caption>
          <thead>
            <tr>
              <SortHeader className="num" sort={sortable('rank')} onSort={() => setSort('rank')}>
                {tr('indicator.rank')}
              </SortHeader>
              <SortHeader sort={sortable('name')} onSort={() => setSort('name')}>
                {tr('indicator.agency')}
              </SortHeader>
              <SortHeader sort={sortable('district')} onSort={() => setSort('district')}>
                {tr('filters.district')}
              </SortHeader>
              <SortHeader sort={sortable('type')} onSort={() => setSort('type')}>
                {tr('filters.type')}
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
              <SortHeader className="num" sort={sortable('change')} onSort={() => setSort('change')}>
                {tr('ui.yoy')}
              </SortHeader>
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
              const since = previous?.get(r.agency.id);
              const worse =
                yoy !== null && ((better === 'higher' && yoy < 0) || (better === 'lower' && yoy > 0));
              const mine = r.agency.id === focus;
              const also = o ? alternativesText(o.alternatives, lang) : null;
              return (
                <Fragment key={r.agency.id}>
                  {header ? (
                    <tr className="group-row">
                      <th scope="rowgroup" colSpan={columns}>
                        {r.group}
                      </th>
                    </tr>
                  ) : null}
                  <tr
                    className={mine ? 'focus-row' : undefined}
                    aria-current={mine ? 'true' : undefined}
                    ref={mine ? focusRow : undefined}
                    tabIndex={mine ? -1 : undefined}
                  >
                    <td className="num">
                      {r.kind === 'reported' ? rankText(r.row.rank) : '—'}
                      {since?.movementText ? (
                        <span className="rank-move" title={tr('time.move.title')}>
                          {since.movementText}
                        </span>
                      ) : null}
                    </td>
                    <th scope="row">
                      {mine ? <span className="focus-marker">{tr('find.yours')}</span> : null}{' '}
                      <a
                        href={href('agency', r.agency.id)}
                        lang={agencyNameLang(r.agency, lang) === lang ? undefined : 'zh'}
                      >
                        {agencyName(r.agency, lang)}
                      </a>
                    </th>
                    <td className="small">{placeName(r.agency.district, lang)}</td>
                    <td className="small">{agencyTypeName(r.agency.type, lang)}</td>
                    <td className="num">
                      <ValueButton
                        observation={o}
                        absence={
                          r.kind === 'unreviewed'
                            ? 'unreviewed'
                            : r.kind === 'not_reported'
                              ? 'not_reported'
                              : null
                        }
                      />
                      <ConsistencyMark observation={o} />
                      {also ? <div className="small muted">{also}</div> : null}
                    </td>
                    {hasCounts ? (
                      <td className="num">
                        {r.kind === 'reported' && r.row.counts
                          ? `${formatQualifiedNumber(r.row.counts.numerator, lang)} / ${formatQualifiedNumber(r.row.counts.denominator, lang)}`
                          : '—'}
                      </td>
                    ) : null}
                    <td className={`num ${worse ? 'yoy-down' : yoy !== null ? 'yoy-up' : ''}`}>
                      {(o && formatYoy(o, lang)) ?? (since?.changeText ? '' : '—')}
                      {since?.changeText ? <span className="computed-change">{since.changeText}</span> : null}
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
