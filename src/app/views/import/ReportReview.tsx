// One imported report under review: its facts (editable), the four required parts, every value
// with its sentence and accept / reject / correct, and the full text with the values marked.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type ImportedReport,
  isInViews,
  type ReviewStatus,
  reviewCounts,
  reviewStatus,
} from '../../../data/importLayer.ts';
import type { ReportEdit, ReviewAction } from '../../../data/reviewState.ts';
import type { Agency } from '../../../domain/types.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { Pager } from '../../components/Pager.tsx';
import { SectionList } from '../../components/SectionList.tsx';
import { ValuesTableHead } from '../../components/ValuesTableHead.tsx';
import { usePaged } from '../../hooks/usePaged.ts';
import { MetaForm } from './MetaForm.tsx';
import { markId, ReportFullText } from './ReportFullText.tsx';
import { ValueReviewRow } from './ValueReviewRow.tsx';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** Scrolls to and focuses the mark of the value waiting in `pending`, and clears it. */
function scrollToMark(pending: { current: string | null }): void {
  const id = pending.current;
  pending.current = null;
  const mark = id ? document.getElementById(markId(id)) : null;
  mark?.scrollIntoView({ block: 'center' });
  mark?.focus({ preventScroll: true });
}

export function ReportReview({
  imported,
  agency,
  dispatch,
  defaultOpen,
}: {
  imported: ImportedReport;
  /** The agency the report belongs to (a new one is not in the views before the first decision). */
  agency: Agency | undefined;
  dispatch: (action: ReviewAction) => void;
  defaultOpen: boolean;
}) {
  const { lang, tr, href, index } = useApp();
  const [open, setOpen] = useState(defaultOpen);
  const { report, extracted, decisions } = imported;
  const reportId = report.id;
  const counts = reviewCounts(imported);
  // A long report can carry hundreds of values: one page of rows in the DOM at a time.
  const paged = usePaged(extracted, 50);
  const known = { agencies: index.dataset.agencies, reports: index.dataset.reports };
  const isNew = agency?.origin === 'imported';
  const statusOf = useCallback((id: string): ReviewStatus => reviewStatus(imported, id), [imported]);

  // The full text is rendered only while open (dozens of long reports would weigh on the page).
  const [textOpen, setTextOpen] = useState(false);
  const pendingLocate = useRef<string | null>(null);
  const locate = (observationId: string) => {
    pendingLocate.current = observationId;
    if (textOpen) scrollToMark(pendingLocate);
    else setTextOpen(true);
  };
  // Runs once the text has rendered (textOpen became true with a value waiting to be shown).
  useEffect(() => {
    if (textOpen && pendingLocate.current) scrollToMark(pendingLocate);
  }, [textOpen]);
  const titleId = `review-${reportId}`;
  const save = (changes: ReportEdit) => dispatch({ type: 'editReport', reportId, changes, known });

  return (
    <article className="report-review" aria-labelledby={titleId} data-report={reportId}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="review-summary">
          <h3 id={titleId} className="review-title">
            {report.title || imported.source.file}
          </h3>
          <span className="small muted">
            {' '}
            {imported.source.file} · {tr('import.counts', counts)}
          </span>
        </summary>
        {open ? (
          <>
            <p className="small muted">
              {tr('import.source', {
                format: imported.source.format.toUpperCase(),
                encoding: imported.source.encoding.toUpperCase(),
                size: sizeText(imported.source.bytes),
              })}
              {' · '}
              <a href={href('reports', reportId)}>{tr('import.viewText')}</a>
            </p>
            <h4>{tr('import.metaTitle')}</h4>
            <MetaForm imported={imported} agency={agency} isNewAgency={isNew} onSave={save} />
            <h4>{tr('reports.sections')}</h4>
            <SectionList sections={report.sections} />
            <p className="small" data-testid="views-note">
              {!isInViews(imported)
                ? tr('import.notInViews')
                : counts.pending > 0
                  ? tr('import.pendingHidden', { count: formatNumber(counts.pending, lang) })
                  : null}
            </p>
            <div className="toolbar review-toolbar">
              <button
                type="button"
                disabled={counts.pending === 0}
                onClick={() => dispatch({ type: 'decide', reportId, status: 'accepted', onlyPending: true })}
              >
                {tr('import.acceptRest')} ({formatNumber(counts.pending, lang)})
              </button>
              <button type="button" onClick={() => dispatch({ type: 'removeReport', reportId })}>
                {tr('import.removeReport')}
              </button>
            </div>
            {extracted.length > 0 ? (
              <div className="table-wrap">
                <table className="data review-table">
                  <ValuesTableHead
                    columns={[
                      { label: 'indicator.evidence' },
                      { label: 'import.status' },
                      { label: 'import.actions' },
                    ]}
                  />
                  <tbody>
                    {paged.slice.map((o) => (
                      <ValueReviewRow
                        key={o.id}
                        observation={o}
                        decision={decisions[o.id]}
                        onDecide={(status) =>
                          dispatch({ type: 'decide', reportId, observationIds: [o.id], status })
                        }
                        onCorrect={(value, qualifier) =>
                          dispatch({ type: 'correct', reportId, observationId: o.id, value, qualifier })
                        }
                        onLocate={o.derived ? null : () => locate(o.id)}
                      />
                    ))}
                  </tbody>
                </table>
                <Pager page={paged.page} pages={paged.pages} total={paged.total} onPage={paged.setPage} />
              </div>
            ) : (
              <p className="muted">{tr('import.noValues')}</p>
            )}
            <details
              className="full-text-box"
              open={textOpen}
              onToggle={(e) => setTextOpen(e.currentTarget.open)}
            >
              <summary className="full-text-summary">{tr('import.fullText')}</summary>
              {textOpen ? (
                <>
                  <p className="small muted">{tr('import.fullTextNote')}</p>
                  <ReportFullText text={imported.text} observations={extracted} statusOf={statusOf} />
                </>
              ) : null}
            </details>
          </>
        ) : null}
      </details>
    </article>
  );
}
