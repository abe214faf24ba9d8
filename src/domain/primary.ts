// A report can state the same indicator more than once (a district total and a sub-unit's figure,
// 6场 and 3期 of training, a stated rate and one we derived). One rule chooses the value that stands
// for the indicator: the extractor puts the others on it as `alternatives` (refiners/
// chooseAmongValues.ts), and the views show it as the "primary" value per (agency, year,
// indicator) with the rest as "also reported" — the same rule, so data/, the command's output and
// the dashboard name the same value, and nothing disappears.
import { comparableUnit } from './comparableUnit.ts';
import { indicatorById } from './indicators.ts';
import type { Observation } from './types.ts';

export interface PrimaryObservation {
  primary: Observation;
  /** The other observations of the same (agency, year, indicator), best first. */
  alsoReported: readonly Observation[];
}

/** What the choice reads of a value: an Observation, or what the extractor returns. */
export interface Choosable {
  indicator: string;
  value: number;
  unit: string;
  derived: boolean;
  scope: string | null;
  confidence: number;
  start: number;
}

function fitsUnit(o: Choosable): boolean {
  const indicator = indicatorById(o.indicator);
  // An indicator outside the catalogue has no unit to prefer.
  return indicator === undefined || comparableUnit(indicator, o.unit);
}

const isScoped = (o: Choosable): boolean => o.scope !== null && o.scope !== '';

/**
 * The choice rule, in order of preference: stated before derived; no scope before a scoped
 * sub-figure (其中…, one mechanism, as of a date — not the total); a unit comparable with the
 * catalogue's (comparableUnit) before one that is not; higher confidence; larger value; earlier in
 * the text. Negative when `a` is preferred.
 */
export function compareChoice(a: Choosable, b: Choosable): number {
  if (a.derived !== b.derived) return a.derived ? 1 : -1;
  const aScoped = isScoped(a);
  if (aScoped !== isScoped(b)) return aScoped ? 1 : -1;
  const aFits = fitsUnit(a);
  if (aFits !== fitsUnit(b)) return aFits ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  if (a.value !== b.value) return b.value - a.value;
  return a.start - b.start;
}

/** compareChoice, then the id, so the choice among observations is deterministic. */
export function comparePrimary(a: Observation, b: Observation): number {
  const c = compareChoice(a, b);
  if (c !== 0) return c;
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
