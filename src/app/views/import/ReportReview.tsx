// One imported report under review: its facts (editable), the four required parts, every value
// with its sentence and accept / reject / correct, and the full text with the values marked.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type ImportedReport,
  isInViews,
  isReviewComplete,
  type ReviewStatus,
  reviewCounts,
  reviewStatus,
} from '../../../data/importLayer.ts';
import type { ReportEdit, ReviewAction } from '../../../data/reviewState.ts';
import type { Agency } from '../../../domain/types.ts';
import { readSelection, type SelectionReading } from '../../../extract/index.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { Pager } from '../../components/Pager.tsx';
import { SectionList } from '../../components/SectionList.tsx';
import { ValuesTableHead } from '../../components/ValuesTableHead.tsx';
import { usePaged } from '../../hooks/usePaged.ts';
import { AddedValues } from './AddedValues.tsx';
import { AddValueForm } from './AddValueForm.tsx';
import { CandidateList } from './CandidateList.tsx';
import { MetaForm } from './MetaForm.tsx';
import { markId, ReportFullText } from './ReportFullText.tsx';
import { caretKey, selectionIn } from './textSelection.ts';
import { ValueReviewRow } from './ValueReviewRow.tsx';

/** Longest text shown open with its review (a few hundred kB of DOM at most). */
const OPEN_TEXT_CHARS = 100_000;

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
  focused = false,
}: {
  imported: ImportedReport;
  /** The agency the report belongs to (a new one is not in the views before the first decision). */
  agency: Agency | undefined;
  dispatch: (action: ReviewAction) => void;
  defaultOpen: boolean;
  /** Opened from a link to this review (#/import/<id>): scrolled into view. */
  focused?: boolean;
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
  const added = imported.added;
  const addedIds = useMemo(() => new Set((added ?? []).map((o) => o.id)), [added]);
  // Values added by hand are marked in the text as manual (the colour of corrections).
  const statusOf = useCallback(
    (id: string): ReviewStatus => (addedIds.has(id) ? 'corrected' : reviewStatus(imported, id)),
    [imported, addedIds],
  );
  const marked = useMemo(() => [...extracted, ...(added ?? [])], [extracted, added]);
  const complete = isReviewComplete(imported);
  const articleRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) articleRef.current?.scrollIntoView({ block: 'start' });
  }, [focused]);

  // A number selected in the full text, read as the extractor reads numbers, waiting to be added.
  const textRef = useRef<HTMLDivElement>(null);
  const [reading, setReading] = useState<SelectionReading | null>(null);
  const [noSelection, setNoSelection] = useState(false);
  const fromSelection = () => {
    const range = textRef.current ? selectionIn(textRef.current) : null;
    const read = range ? readSelection(imported.text, range.start, range.end) : null;
    setReading(read);
    setNoSelection(read === null);
  };

  // The full text is rendered only while open (dozens of long reports would weigh on the page).
  // Open from the start for a report of ordinary length, so adding a value from it takes no extra step.
  const [textOpen, setTextOpen] = useState(imported.text.length <= OPEN_TEXT_CHARS);
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
    <article className="report-review" aria-labelledby={titleId} data-report={reportId} ref={articleRef}>
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
            <div className="review-complete" data-testid="review-complete">
              {complete ? (
                <p className="small">
                  <span className="badge status-accepted">{tr('import.reviewComplete')}</span>{' '}
                  {tr('import.reviewIsComplete')}{' '}
                  <button
                    type="button"
                    onClick={() => dispatch({ type: 'setReviewComplete', reportId, complete: false })}
                  >
                    {tr('import.reopenReview')}
                  </button>
                </p>
              ) : (
                <>
                  <button
                    type="button"
                    disabled={counts.pending > 0}
                    aria-describedby={`${titleId}-complete-help`}
                    onClick={() => dispatch({ type: 'setReviewComplete', reportId, complete: true })}
                  >
                    {tr('import.reviewComplete')}
                  </button>
                  <p className="small muted" id={`${titleId}-complete-help`}>
                    {counts.pending > 0
                      ? tr('import.reviewCompleteBlocked', { count: formatNumber(counts.pending, lang) })
                      : tr('import.reviewCompleteHelp')}
                  </p>
                </>
              )}
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
            <AddedValues imported={imported} dispatch={dispatch} />
            <h4>{tr('import.candidatesTitle')}</h4>
            <CandidateList imported={imported} dispatch={dispatch} />
            <details
              className="full-text-box"
              open={textOpen}
              onToggle={(e) => setTextOpen(e.currentTarget.open)}
            >
              <summary className="full-text-summary">{tr('import.fullText')}</summary>
              {textOpen ? (
                <>
                  <p className="small muted">{tr('import.fullTextNote')}</p>
                  <p className="small">{tr('import.selectionHelp')}</p>
                  <ReportFullText
                    text={imported.text}
                    observations={marked}
                    statusOf={statusOf}
                    selectable={{
                      ref: textRef,
                      label: tr('import.fullTextLabel'),
                      onKeyDown: (e) => {
                        if (textRef.current && caretKey(textRef.current, e.nativeEvent)) e.preventDefault();
                      },
                    }}
                  />
                  <div className="selection-tools">
                    <button
                      type="button"
                      // Keeps the selection in the text while the button is pressed.
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={fromSelection}
                    >
                      {tr('import.addFromSelection')}
                    </button>
                    {noSelection ? (
                      <p role="alert" className="small bad">
                        {tr('import.selectionNone')}
                      </p>
                    ) : null}
                  </div>
                  {reading ? (
                    <AddValueForm
                      key={`${reading.start}-${reading.end}`}
                      reading={reading}
                      idBase={`${titleId}-add`}
                      onAdd={(value) => {
                        dispatch({ type: 'addValue', reportId, value });
                        setReading(null);
                      }}
                      onCancel={() => setReading(null)}
                    />
                  ) : null}
                </>
              ) : null}
            </details>
          </>
        ) : null}
      </details>
    </article>
  );
}
