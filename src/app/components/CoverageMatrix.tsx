// The agencies × indicators matrix of the coverage view: legend, agency search and sort (both in
// the address), the table with short column names (full name on hover and focus) and its pages.
// Everything it shows comes from coverageMatrixView (src/charts), tested in Node.
import { useMemo } from 'react';
import { cellLook, UNREVIEWED_SYMBOL } from '../../charts/cellLook.ts';
import { coverageMatrixView, type MatrixSortDir, validMatrixSort } from '../../charts/coverageMatrixView.ts';
import { PEER_SCALE, THEME_COLORS } from '../../charts/palette.ts';
import type { CoverageMatrix as Matrix } from '../../domain/coverage.ts';
import { MIN_PEERS } from '../../domain/peers.ts';
import { absenceText } from '../../format/absenceText.ts';
import { agencyName } from '../../format/names.ts';
import { formatShare } from '../../format/number.ts';
import { peerRankText } from '../../format/rankText.ts';
import { formatValue } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { usePaged } from '../hooks/usePaged.ts';
import { Pager } from './Pager.tsx';
import { SelectField } from './SelectField.tsx';

function Legend() {
  const { lang, tr, provenance } = useApp();
  const items = [
    { bg: '#ffffff', fg: '#4a5360', sym: '–', text: tr('coverage.status.not_reported') },
    { bg: '#ffffff', fg: '#4a5360', sym: UNREVIEWED_SYMBOL, text: tr('coverage.status.unreviewed') },
    { bg: THEME_COLORS.light.notComparable, fg: '#1b1f24', sym: '○', text: tr('coverage.notComparable') },
    {
      bg: THEME_COLORS.light.notComparable,
      fg: '#1b1f24',
      sym: '◇',
      text: tr('coverage.tooFewPeers', { min: MIN_PEERS }),
    },
    {
      bg: PEER_SCALE[0]!,
      fg: '#1b1f24',
      sym: '▼',
      text: `${tr('coverage.worst')} 0–${formatShare(0.2, lang)}`,
    },
    {
      bg: PEER_SCALE[1]!,
      fg: '#1b1f24',
      sym: '●',
      text: `${formatShare(0.2, lang)}–${formatShare(0.4, lang)}`,
    },
    {
      bg: PEER_SCALE[2]!,
      fg: '#1b1f24',
      sym: '●',
      text: `${formatShare(0.4, lang)}–${formatShare(0.6, lang)}`,
    },
    {
      bg: PEER_SCALE[3]!,
      fg: '#1b1f24',
      sym: '●',
      text: `${formatShare(0.6, lang)}–${formatShare(0.8, lang)}`,
    },
    {
      bg: PEER_SCALE[4]!,
      fg: '#ffffff',
      sym: '▲',
      text: `${formatShare(0.8, lang)}–${formatShare(1, lang)} ${tr('coverage.best')}`,
    },
    { bg: '#ffffff', fg: '#1b1f24', sym: '※', text: tr('coverage.status.derived') },
    // provenance: values not stated in a published report (cellLook's symbols), when there are any.
    ...(provenance.hasLocal
      ? [
          { bg: '#ffffff', fg: '#1b1f24', sym: '□', text: tr('legend.imported') },
          { bg: '#ffffff', fg: '#1b1f24', sym: '✎', text: tr('legend.manual') },
        ]
      : []),
  ];
  return (
    <>
      <ul className="legend" aria-label={tr('ui.matrixLegend')}>
        {items.map((i) => (
          <li key={i.text}>
            <span
              className="swatch"
              style={{
                background: i.bg,
                color: i.fg,
                textAlign: 'center',
                lineHeight: '1rem',
                fontSize: '0.7rem',
              }}
              aria-hidden="true"
            >
              {i.sym}
            </span>
            {i.text}
          </li>
        ))}
      </ul>
      <p className="small muted">{tr('ui.matrixNote')}</p>
    </>
  );
}

export function CoverageMatrix({ matrix, controls = true }: { matrix: Matrix; controls?: boolean }) {
  const { state, navigate, lang, tr, href, showProvenance, provenance } = useApp();
  const sortKey = state.matrixSort?.key ?? null;
  const sortDir = state.matrixSort?.dir ?? null;
  const query = state.matrixQuery;
  const view = useMemo(
    () =>
      coverageMatrixView(
        matrix,
        { sort: sortKey === null || sortDir === null ? null : { key: sortKey, dir: sortDir }, query },
        lang,
      ),
    [matrix, sortKey, sortDir, query, lang],
  );
  const rows = usePaged(view.rows, 50);
  const sort = validMatrixSort(matrix, state.matrixSort);
  const setSort = (key: string, dir?: MatrixSortDir) =>
    navigate({
      ...state,
      matrixSort:
        key === ''
          ? null
          : { key, dir: dir ?? (key === sort?.key ? sort.dir : key === 'name' ? 'asc' : 'desc') },
    });
  // Typing replaces the address instead of adding a history entry per keystroke.
  const setQuery = (matrixQuery: string) => navigate({ ...state, matrixQuery }, { replace: true });

  return (
    <>
      <Legend />
      {controls ? (
        <div className="toolbar matrix-controls">
          <label className="field">
            {tr('matrix.search')}
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <SelectField
            id="matrix-sort"
            label={tr('matrix.sortBy')}
            value={sort?.key ?? ''}
            options={[
              { value: '', label: tr('matrix.sort.none') },
              { value: 'name', label: tr('matrix.sort.name') },
              { value: 'coverage', label: tr('matrix.sort.coverage') },
              {
                group: tr('ui.indicator'),
                options: view.columns.map((c) => ({
                  value: c.indicator.id,
                  label: tr('matrix.sort.column', { name: c.full }),
                })),
              },
            ]}
            onChange={(key) => setSort(key)}
          />
          <SelectField
            id="matrix-sort-dir"
            label={tr('matrix.sortDir')}
            value={sort?.dir ?? 'asc'}
            disabled={sort === null}
            options={[
              { value: 'asc', label: tr('matrix.dir.asc') },
              { value: 'desc', label: tr('matrix.dir.desc') },
            ]}
            onChange={(dir) => sort && setSort(sort.key, dir as MatrixSortDir)}
          />
        </div>
      ) : null}
      <p className="small muted" aria-live="polite">
        {view.rows.length === 0 && query !== ''
          ? tr('matrix.noMatch', { q: query })
          : tr('matrix.shown', { shown: view.rows.length, total: view.total })}
        {' · '}
        {tr('matrix.abbrev')}
      </p>
      <div className="matrix-wrap">
        <table className="matrix">
          <caption className="sr-only">{tr('coverage.matrix')}</caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="matrix-corner"
                aria-sort={
                  sort?.key === 'name' || sort?.key === 'coverage'
                    ? sort.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {tr('ui.agency')}
              </th>
              {view.columns.map((col, c) => (
                <th
                  key={col.indicator.id}
                  scope="col"
                  title={col.tip}
                  aria-sort={col.sorted === 'none' ? undefined : col.sorted}
                  className={c >= view.columns.length / 2 ? 'tip-end' : undefined}
                >
                  <a href={href('indicator', col.indicator.id)} aria-label={col.label}>
                    {col.short}
                  </a>
                  {/* The full name where the eye is, on hover and on keyboard focus. */}
                  <span className="col-tip" aria-hidden="true">
                    {col.tip}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice.map((row) => (
              <tr
                key={row.agency.id}
                className={row.agency.id === state.focus ? 'focus-row' : undefined}
                aria-current={row.agency.id === state.focus ? 'true' : undefined}
              >
                <th scope="row" title={agencyName(row.agency, lang)}>
                  {row.agency.id === state.focus ? (
                    <span className="focus-marker">{tr('find.yours')}</span>
                  ) : null}{' '}
                  <a href={href('agency', row.agency.id)}>{agencyName(row.agency, lang)}</a>{' '}
                  <span className="small muted">
                    {row.report
                      ? `${row.reportedCount}/${matrix.indicators.length}`
                      : tr('coverage.noReport')}
                  </span>
                </th>
                {row.cells.map((cell, c) => {
                  const look = cellLook(cell, provenance);
                  const name = view.columns[c]!.full;
                  const status =
                    cell.status === 'not_reported'
                      ? absenceText(lang, cell.absence)
                      : `${formatValue(cell.observation, lang)}${look.markKey ? ` · ${tr(look.markKey)}` : ''}`;
                  const position = cell.position ? ` · ${peerRankText(cell.position, lang)}` : '';
                  const observation = cell.observation;
                  return (
                    <td
                      key={cell.indicatorId}
                      style={{ background: look.background, color: look.color }}
                      title={`${name}: ${status}${position}`}
                    >
                      {observation ? (
                        // A reported value opens its provenance (sentence, report), by mouse or keyboard.
                        <button
                          type="button"
                          className="cell-button"
                          style={{ color: look.color }}
                          aria-haspopup="dialog"
                          aria-label={tr('coverage.cellLabel', {
                            agency: agencyName(row.agency, lang),
                            indicator: name,
                            status: `${status}${position}`,
                          })}
                          onClick={() => showProvenance(observation.id)}
                        >
                          <span aria-hidden="true">{look.symbol}</span>
                        </button>
                      ) : (
                        <>
                          <span aria-hidden="true">{look.symbol}</span>
                          <span className="sr-only">{status}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={rows.page}
        pages={rows.pages}
        total={rows.total}
        onPage={rows.setPage}
        label={tr('coverage.matrix')}
      />
      {view.nobodyReports.length > 0 && matrix.rows.length > 0 ? (
        <p className="small muted">
          {`${tr('coverage.status.not_reported')}: ${view.nobodyReports
            .map((i) => view.columns.find((c) => c.indicator.id === i.id)!.full)
            .join(lang === 'zh' ? '、' : ', ')}`}
        </p>
      ) : null}
    </>
  );
}
