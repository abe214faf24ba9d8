// Imported reports whose review is not complete, as a to-do: what they lack is not known yet, so
// it raises no flag; each links to its review.
import type { PendingReview } from '../../domain/absence.ts';
import { agencyName } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { useApp } from '../AppContext.ts';

export function ReviewPendingList({ pending }: { pending: readonly PendingReview[] }) {
  const { lang, tr, href, index } = useApp();
  return (
    <section
      className="panel review-pending"
      aria-labelledby="review-pending-title"
      data-testid="review-pending"
    >
      <h2 id="review-pending-title">
        {tr('review.pendingTitle')}{' '}
        <span className="small muted">({formatNumber(pending.length, lang)})</span>
      </h2>
      <p className="small">{tr('review.pendingNote')}</p>
      <ul className="review-pending-list">
        {pending.map((p) => {
          const agency = index.agencyById.get(p.agencyId);
          const report = index.reportById.get(p.reportId);
          return (
            <li key={p.reportId}>
              {agency ? agencyName(agency, lang) : p.agencyId} · {tr('ui.year', { year: p.year })} ·{' '}
              {report ? report.title || report.file : p.reportId} ·{' '}
              <a href={href('import', p.reportId)}>{tr('review.open')}</a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
