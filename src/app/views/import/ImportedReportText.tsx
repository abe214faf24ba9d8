// For the report viewer: the full text of a report imported in this browser, every extracted value
// marked where it stands (linked to its indicator, coloured by review status), or a note that a
// bundled report keeps only the sentences its values come from.
import { useCallback } from 'react';
import { type ReviewStatus, reviewCounts, reviewStatus } from '../../../data/importLayer.ts';
import { useApp } from '../../AppContext.ts';
import { ReportFullText } from './ReportFullText.tsx';
import { useImportedReport } from './useImportedReport.ts';

const STATUSES: readonly ReviewStatus[] = ['accepted', 'corrected', 'pending', 'rejected'];

export function ImportedReportText({ reportId }: { reportId: string }) {
  const { href, tr } = useApp();
  const imported = useImportedReport(reportId);
  const statusOf = useCallback(
    (id: string): ReviewStatus => (imported ? reviewStatus(imported, id) : 'accepted'),
    [imported],
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
        {tr('import.counts', counts)} · <a href={href('import')}>{tr('import.review')}</a>
      </p>
      <p className="small muted">
        {tr('import.fullTextNote')}{' '}
        {STATUSES.map((s) => (
          <mark key={s} className={`hl hl-${s} legend-mark`}>
            {tr(`import.status.${s}`)}
          </mark>
        ))}
      </p>
      <ReportFullText text={imported.text} observations={imported.extracted} statusOf={statusOf} />
    </section>
  );
}
