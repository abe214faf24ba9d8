// Coverage: agencies × indicators (reported / derived / not reported, coloured by position among
// peers; the matrix is CoverageMatrix) and the weak-area flags, each linking to its evidence.
import { useMemo } from 'react';
import { pendingReviews } from '../../domain/absence.ts';
import { coverageMatrix } from '../../domain/coverage.ts';
import { weakAreaFlags } from '../../domain/flags.ts';
import { sourceLine } from '../../format/sourceLine.ts';
import { useApp } from '../AppContext.ts';
import { ChartActions } from '../components/ChartActions.tsx';
import { CoverageMatrix } from '../components/CoverageMatrix.tsx';
import { EmbedFrame } from '../components/EmbedFrame.tsx';
import { FlagsPanel } from '../components/FlagsPanel.tsx';
import { ReviewPendingList } from './ReviewPendingList.tsx';

export default function CoverageView() {
  const { state, lang, tr, index } = useApp();
  const matrix = useMemo(() => coverageMatrix(index.dataset, state.filter), [index, state.filter]);
  const flags = useMemo(
    () =>
      weakAreaFlags(
        index.dataset,
        matrix.year === null ? state.filter : { ...state.filter, year: matrix.year },
      ),
    [index, state.filter, matrix.year],
  );
  const pending = useMemo(
    () =>
      pendingReviews(
        index.dataset,
        matrix.year === null ? state.filter : { ...state.filter, year: matrix.year },
      ),
    [index, state.filter, matrix.year],
  );

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

      {pending.length > 0 ? <ReviewPendingList pending={pending} /> : null}

      <FlagsPanel flags={flags} />
    </>
  );
}
