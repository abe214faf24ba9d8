// Runs of agencies sharing one exact value: a flat run of identical bars cannot say how many
// share it, so the chart and the notes say it in words. Approximate values are not ties of an
// exact value (">20" is not "20"), so only exact values count.
import type { RankRow } from '../domain/ranking.ts';
import type { Observation } from '../domain/types.ts';

export interface TieGroup {
  observation: Observation;
  count: number;
}

/** Groups of at least `min` agencies with the same exact value (and unit), largest first. */
export function tieGroups(rows: readonly RankRow[], min = 2): TieGroup[] {
  const groups = new Map<string, TieGroup>();
  for (const r of rows) {
    const o = r.observation;
    if (o.qualifier !== 'exact') continue;
    const key = `${o.value}\u0000${o.unit}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { observation: o, count: 1 });
  }
  return [...groups.values()]
    .filter((g) => g.count >= min)
    .sort((a, b) => b.count - a.count || b.observation.value - a.observation.value);
}
