// The change from the previous year worked out from two years' values, for when the report states
// none (or beside the one it states). It is our own arithmetic, so it is always marked derived; a
// rate changes in percentage points, a count in percent; values in units that count different
// things (人 and 人次, 场 and 期) are not compared at all, and approximate values say so.
import { comparableUnit } from './comparableUnit.ts';
import type { Indicator, Observation } from './types.ts';

export type ComputedChange =
  | {
      kind: 'pct' | 'points';
      /** Signed size: percent of the previous value, or percentage points for a rate. */
      value: number;
      /** Either value carries a qualifier (余, 近, 以上 …): the change is only as exact as they are. */
      approximate: boolean;
      previous: Observation;
      current: Observation;
    }
  | {
      kind: 'refused';
      /** unit: the two units count different things; zero: a percent change from 0 has no size. */
      reason: 'unit' | 'zero';
      previous: Observation;
      current: Observation;
    };

function sameMeasure(indicator: Pick<Indicator, 'unit' | 'comparableUnits'>, a: string, b: string): boolean {
  return a === b || (comparableUnit(indicator, a) && comparableUnit(indicator, b));
}

/** Whether the indicator is read in percentage points (a rate), not in percent of itself. */
export function changesInPoints(indicator: Pick<Indicator, 'unit' | 'kind'>): boolean {
  return indicator.kind === 'rate' || indicator.unit === '%';
}

/**
 * The change from `previous` (last year's value) to `current`; null when either year has no value.
 * Rounded to one decimal (what the view prints), so equal inputs always give the same text.
 */
export function computedChange(
  indicator: Pick<Indicator, 'unit' | 'comparableUnits' | 'kind'>,
  previous: Observation | null,
  current: Observation | null,
): ComputedChange | null {
  if (!previous || !current) return null;
  if (!sameMeasure(indicator, previous.unit, current.unit)) {
    return { kind: 'refused', reason: 'unit', previous, current };
  }
  const approximate = previous.qualifier !== 'exact' || current.qualifier !== 'exact';
  const round = (n: number) => Math.round(n * 10) / 10 || 0;
  if (changesInPoints(indicator)) {
    return { kind: 'points', value: round(current.value - previous.value), approximate, previous, current };
  }
  if (previous.value === 0) return { kind: 'refused', reason: 'zero', previous, current };
  const pct = ((current.value - previous.value) / Math.abs(previous.value)) * 100;
  return { kind: 'pct', value: round(pct), approximate, previous, current };
}
