// A report can state the same indicator more than once (a district total and a sub-unit's figure,
// a stated rate and one we derived). Views show one "primary" value per (agency, year, indicator)
// and keep the rest as "also reported" so nothing disappears.
import type { Observation } from './types.ts';

export interface PrimaryObservation {
  primary: Observation;
  /** The other observations of the same (agency, year, indicator), best first. */
  alsoReported: readonly Observation[];
}

/**
 * Order of preference: stated before derived, no scope before a scoped sub-figure, higher
 * confidence, larger value; the id breaks remaining ties so the choice is deterministic.
 */
export function comparePrimary(a: Observation, b: Observation): number {
  if (a.derived !== b.derived) return a.derived ? 1 : -1;
  const aScoped = a.scope !== null && a.scope !== '';
  const bScoped = b.scope !== null && b.scope !== '';
  if (aScoped !== bScoped) return aScoped ? 1 : -1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  if (a.value !== b.value) return b.value - a.value;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function primaryKey(agencyId: string, year: number, indicatorId: string): string {
  return `${agencyId}\u0000${year}\u0000${indicatorId}`;
}

/** Primary observation per (agency, year, indicator), keyed by primaryKey(). */
export function primaryObservations(observations: readonly Observation[]): Map<string, PrimaryObservation> {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = primaryKey(o.agencyId, o.year, o.indicator);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const result = new Map<string, PrimaryObservation>();
  for (const [key, group] of groups) {
    const [primary, ...alsoReported] = [...group].sort(comparePrimary);
    result.set(key, { primary: primary!, alsoReported });
  }
  return result;
}
