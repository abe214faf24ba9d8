// For the report viewer: the full text of a report imported in this browser, every extracted value
// marked where it stands (linked to its indicator, coloured by review status), or a note that a
// bundled report keeps only the sentences its values come from.
import { useCallback, useMemo } from 'react';
import {
  isReviewComplete,
  type ReviewStatus,
  reviewCounts,
  reviewStatus,
} from '../../../data/importLayer.ts';
import { useApp } from '../../AppContext.ts';
import { ReportFullText } from './ReportFullText.tsx';
import { useImportedReport } from './useImportedReport.ts';

const STATUSES: readonly ReviewStatus[] = ['accepted', 'corrected', 'pending', 'rejected'];

export function ImportedReportText({ reportId }: { reportId: string }) {
  const { href, tr } = useApp();
  const imported = useImportedReport(reportId);
  const added = imported?.added;
  // Values added by hand are marked too, in the colour of corrections (they are manual).
  const statusOf = useCallback(
    (id: string): ReviewStatus =>
      !imported ? 'accepted' : added?.some((o) => o.id === id) ? 'corrected' : reviewStatus(imported, id),
    [imported, added],
  );
  const marked = useMemo(
    () => (imported ? [...imported.extracted, ...(added ?? [])] : []),
    [imported, added],
  );
  if (!imported) {
    return (
      <section className="panel">
        <p className="small muted">{tr('import.evidenceOnly')}</p>
      </section>
    );
  }
  const counts = reviewCounts(imported);
  return (
    <section className="panel" aria-labelledby="full-text-title">
      <h2 id="full-text-title">{tr('import.fullText')}</h2>
      <p className="small">
        {tr('import.counts', counts)} ·{' '}
        {isReviewComplete(imported) ? tr('import.reviewIsComplete') : tr('review.profilePending')}{' '}
        <a href={href('import', reportId)}>{tr('import.review')}</a>
      </p>
      <p className="small muted">
        {tr('import.fullTextNote')}{' '}
        {STATUSES.map((s) => (
          <mark key={s} className={`hl hl-${s} legend-mark`}>
            {tr(`import.status.${s}`)}
          </mark>
        ))}
      </p>
      <ReportFullText text={imported.text} observations={marked} statusOf={statusOf} />
    </section>
  );
}
