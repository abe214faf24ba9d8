// The year-on-year change stated with a value, whichever way the report put it: percent or
// percentage points. Its sign is what "better or worse than last year" needs.
import type { Observation } from './types.ts';

/** The signed size of the stated change (percent or points); null when none is stated. */
export function yoyChange(o: Pick<Observation, 'yoyPct' | 'yoyPoints'>): number | null {
  return o.yoyPct ?? o.yoyPoints;
}
