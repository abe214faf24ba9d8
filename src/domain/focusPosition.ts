// Where one agency stands in a ranking: ranked (among the comparable values, or among those in its
// own unit when the unit is not comparable), not reported, without a report, or out of scope.
import type { Ranking, RankPosition, RankRow } from './ranking.ts';

export type FocusPosition =
  | { status: 'ranked'; row: RankRow; rank: RankPosition; total: number; unit: string | null }
  | { status: 'not_reported' }
  | { status: 'no_report' }
  | { status: 'out_of_scope' };

export function focusPosition(ranking: Ranking, agencyId: string): FocusPosition {
  const i = ranking.rows.findIndex((r) => r.agency.id === agencyId);
  if (i >= 0) {
    const row = ranking.rows[i]!;
    return { status: 'ranked', row, rank: row.rank, total: ranking.rows.length, unit: null };
  }
  for (const group of ranking.otherUnits) {
    const row = group.rows.find((r) => r.agency.id === agencyId);
    if (row) return { status: 'ranked', row, rank: row.rank, total: group.rows.length, unit: group.unit };
  }
  if (ranking.notReported.some((n) => n.agency.id === agencyId)) return { status: 'not_reported' };
  if (ranking.noReport.some((a) => a.id === agencyId)) return { status: 'no_report' };
  return { status: 'out_of_scope' };
}
