// What the ranking table shows beside this year's value about the year before: the change
// computed from both years' values (marked derived, beside any change the report states) and the
// places moved in the same ranking (same filter) since then. Keyed by agency id.
import { type ComputedChange, computedChange } from '../domain/computedChange.ts';
import type { Lang } from '../domain/lang.ts';
import type { Ranking } from '../domain/ranking.ts';
import { type RankMovement, rankMovement } from '../domain/rankMovement.ts';
import { formatComputedChange, formatRankMovement } from '../format/change.ts';

export interface YearChangeCell {
  change: ComputedChange | null;
  movement: RankMovement | null;
  changeText: string | null;
  movementText: string | null;
}

/** `previous` is the same ranking (indicator, filter) for the year before, or null when there is none. */
export function yearChangeCells(
  ranking: Ranking,
  previous: Ranking | null,
  lang: Lang,
): Map<string, YearChangeCell> {
  const cells = new Map<string, YearChangeCell>();
  if (!previous || ranking.year === null || previous.year !== ranking.year - 1) return cells;
  const before = new Map(previous.rows.map((r) => [r.agency.id, r]));
  for (const row of ranking.rows) {
    const prior = before.get(row.agency.id);
    if (!prior) continue;
    const change = computedChange(ranking.indicator, prior.observation, row.observation);
    const movement = rankMovement(prior.rank, row.rank);
    cells.set(row.agency.id, {
      change,
      movement,
      changeText: change ? formatComputedChange(change, lang) : null,
      movementText: movement ? formatRankMovement(movement, lang) : null,
    });
  }
  return cells;
}
