// Per agency type: how many report a value, and the lowest, median and highest stated value.
// The table alternative of the distribution chart.
import type { Ranking, RankRow } from './ranking.ts';

export interface TypeStats {
  type: string;
  count: number;
  min: RankRow;
  median: number;
  max: RankRow;
}

export function typeStats(ranking: Ranking): TypeStats[] {
  const groups = new Map<string, RankRow[]>();
  for (const row of ranking.rows) {
    const list = groups.get(row.agency.type);
    if (list) list.push(row);
    else groups.set(row.agency.type, [row]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, rows]) => {
      const sorted = [...rows].sort((a, b) => a.observation.value - b.observation.value);
      const mid = Math.floor(sorted.length / 2);
      const median =
        sorted.length % 2
          ? sorted[mid]!.observation.value
          : (sorted[mid - 1]!.observation.value + sorted[mid]!.observation.value) / 2;
      return { type, count: rows.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
    });
}
