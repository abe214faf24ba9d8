// Coverage: agencies × indicators (reported / derived / not reported, coloured by position among
// peers; the matrix is CoverageMatrix) and the weak-area flags, each linking to its evidence.
import { useMemo } from 'react';
import { coverageMatrix } from '../../domain/coverage.ts';
import { FLAG_KINDS, type FlagKind, weakAreaFlags } from '../../domain/flags.ts';
import { formatNumber } from '../../format/number.ts';
import { sourceLine } from '../../format/sourceLine.ts';
import { useApp } from '../AppContext.ts';
import { ChartActions } from '../components/ChartActions.tsx';
import { CoverageMatrix } from '../components/CoverageMatrix.tsx';
import { EmbedFrame } from '../components/EmbedFrame.tsx';
import { FlagItem } from '../components/FlagItem.tsx';
import { Pager } from '../components/Pager.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { usePaged } from '../hooks/usePaged.ts';

export default function CoverageView() {
  const { state, navigate, lang, tr, index } = useApp();
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
  const flagPage = usePaged(shownFlags, 100);

  const matrixBody = <CoverageMatrix matrix={matrix} controls={!state.embed} />;
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
