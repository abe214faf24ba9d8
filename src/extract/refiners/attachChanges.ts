// A stated change belongs to the nearest value before it in the same sentence. A change in
// percentage points belongs only to a rate: after a count ("受理300件，占比提高2个百分点") it is
// about some share the sentence does not give, not about the count.
import type { Refiner } from './refiner.ts';

export const attachChanges: Refiner = {
  name: 'year-on-year',
  refine(observations, { mentions, contexts, changes }) {
    // Observations and changes are both in text order: one merged pass.
    let i = 0;
    for (const [k, change] of [...changes].sort((a, b) => a[0] - b[0])) {
      const m = mentions[k]!;
      while (i + 1 < observations.length && observations[i + 1]!.end <= m.start) i++;
      const o = observations[i];
      if (!o || o.end > m.start || o.start < contexts[k]!.sentence.start) continue;
      if (o.yoyPct !== null || o.yoyPoints !== null) continue;
      if (change.pct !== null) o.yoyPct = change.pct;
      else if (change.points !== null && o.unit === '%') o.yoyPoints = change.points;
    }
    return observations;
  },
};
