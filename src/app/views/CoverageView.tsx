// Coverage: agencies × indicators (reported / derived / not reported, coloured by position among
// peers) and the weak-area flags, each linking to its evidence.
import { useMemo } from 'react';
import { cellLook } from '../../charts/cellLook.ts';
import { PEER_SCALE, THEME_COLORS } from '../../charts/palette.ts';
import { coverageMatrix } from '../../domain/coverage.ts';
import { FLAG_KINDS, type FlagKind, weakAreaFlags } from '../../domain/flags.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { formatNumber, formatShare } from '../../format/number.ts';
import { sourceLine } from '../../format/sourceLine.ts';
import { formatValue } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { ChartActions } from '../components/ChartActions.tsx';
import { EmbedFrame } from '../components/EmbedFrame.tsx';
import { FlagItem } from '../components/FlagItem.tsx';
import { Pager } from '../components/Pager.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { usePaged } from '../hooks/usePaged.ts';

function Legend() {
  const { lang, tr } = useApp();
  const items = [
    { bg: '#ffffff', fg: '#4a5360', sym: '–', text: tr('coverage.status.not_reported') },
    { bg: THEME_COLORS.light.notComparable, fg: '#1b1f24', sym: '○', text: tr('coverage.notComparable') },
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

export default function CoverageView() {
  const { state, navigate, lang, tr, href, index, showProvenance } = useApp();
  const matrix = useMemo(() => coverageMatrix(index.dataset, state.filter), [index, state.filter]);
  const flags = useMemo(
    () =>
      weakAreaFlags(
        index.dataset,
        matrix.year === null ? state.filter : { ...state.filter, year: matrix.year },
      ),
    [index, state.filter, matrix.year],
  );
  const kind = state.flagKind;
  const setKind = (flagKind: FlagKind | null) => navigate({ ...state, flagKind });
  const shownFlags = useMemo(() => (kind ? flags.filter((f) => f.kind === kind) : flags), [flags, kind]);
  const rows = usePaged(matrix.rows, 50);
  const flagPage = usePaged(shownFlags, 100);

  const matrixBody = (
    <>
      <Legend />
      <div className="matrix-wrap">
        <table className="matrix">
          <caption className="sr-only">{tr('coverage.matrix')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('ui.agency')}</th>
              {matrix.indicators.map((i, c) => (
                <th
                  key={i.id}
                  scope="col"
                  title={`${indicatorName(i, lang)} · ${tr('ui.reportedBy', matrix.indicatorCoverage[c]!)}`}
                >
                  <a href={href('indicator', i.id)}>{indicatorName(i, lang)}</a>
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
                  const look = cellLook(cell);
                  const name = indicatorName(matrix.indicators[c]!, lang);
                  const status =
                    cell.status === 'not_reported'
                      ? tr('coverage.status.not_reported')
                      : formatValue(cell.observation, lang);
                  const position = cell.position
                    ? ` · ${tr('ui.peerRank', { rank: `${cell.position.rank.from}${cell.position.rank.to !== cell.position.rank.from ? `–${cell.position.rank.to}` : ''}`, of: cell.position.of })}`
                    : '';
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
      {matrix.rows.length > 0 ? (
        <p className="small muted">
          {matrix.indicators.some((_, c) => matrix.indicatorCoverage[c]!.reported === 0)
            ? `${tr('coverage.status.not_reported')}: ${matrix.indicators
                .filter((_, c) => matrix.indicatorCoverage[c]!.reported === 0)
                .map((i) => indicatorName(i, lang))
                .join(lang === 'zh' ? '、' : ', ')}`
            : ''}
        </p>
      ) : null}
    </>
  );
  const title = `${tr('coverage.matrix')}${matrix.year !== null ? ` · ${matrix.year}` : ''}`;
  const source = sourceLine(
    matrix.rows.flatMap((r) => (r.report ? [r.report] : [])),
    index.dataset.meta,
    lang,
  );
  // Embedded: the matrix and its legend alone.
  if (state.embed) {
    return (
      <EmbedFrame title={title} source={source} notReported={true}>
        {matrixBody}
      </EmbedFrame>
    );
  }

  return (
    <>
      <section className="panel" aria-labelledby="matrix-title">
        <h2 id="matrix-title">
          {tr('coverage.matrix')}
          {matrix.year !== null ? (
            <span className="small muted"> · {tr('ui.year', { year: matrix.year })}</span>
          ) : null}
        </h2>
        <ChartActions share={{ title, source, fileBase: 'coverage', embedHeight: 640 }} decalToggle={false} />
        {matrixBody}
      </section>

      <section className="panel" aria-labelledby="flags-title">
        <h2 id="flags-title">
          {tr('coverage.flags')} <span className="small muted">({formatNumber(flags.length, lang)})</span>
        </h2>
        <div className="toolbar">
          <SelectField
            id="flag-kind"
            label={tr('ui.kind')}
            value={kind ?? ''}
            options={[
              { value: '', label: tr('filters.all') },
              ...FLAG_KINDS.map((k) => ({
                value: k,
                label: `${tr(`flag.kind.${k}`)} (${flags.filter((f) => f.kind === k).length})`,
              })),
            ]}
            onChange={(v) => setKind(v === '' ? null : (v as FlagKind))}
          />
        </div>
        <p className="small muted">{tr('coverage.flagsNote')}</p>
        {shownFlags.length === 0 ? (
          <p>{tr('coverage.noFlags')}</p>
        ) : (
          <ul className="flag-list">
            {flagPage.slice.map((f) => (
              <FlagItem
                key={`${f.reportId}-${f.kind}-${f.indicatorId ?? f.section}-${f.observationId ?? ''}`}
                flag={f}
              />
            ))}
          </ul>
        )}
        <Pager page={flagPage.page} pages={flagPage.pages} total={flagPage.total} onPage={flagPage.setPage} />
      </section>
    </>
  );
}
