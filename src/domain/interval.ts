// What an approximate value can mean, as an interval, so rankings can show ties and ranges
// instead of pretending "770余" sits at an exact position.
//
// | qualifier (typical words)      | interval                 |
// |--------------------------------|--------------------------|
// | exact                          | [v, v]                   |
// | more_than (余, 多, 超过)        | (v, v + step(v))         |
// | at_least  (以上, 不少于)         | [v, v + step(v))         |
// | nearly    (近, 将近)            | [0.9·v, v]               |
// | about     (约, 大约, 左右)       | [0.9·v, 1.1·v]           |
// | less_than (不到, 不足)           | [0, v)                   |
// | at_most   (以内, 不超过)         | [0, v]                   |
//
// step(v) is the place value of v's last non-zero digit (770 → 10, 4000 → 1000, 95.6 → 0.1):
// Chinese reports round down to the precision they state, so "770余" is 770–779 and "4000余张"
// is 4000–4999. Percentages (unit "%") are thresholds rather than rounded counts: "95%以上" can be
// anything up to 100, so more_than/at_least reach 100 (closed) and "about" is capped at 100.
import type { Qualifier } from './types.ts';

export interface ValueInterval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** Place value of the last non-zero digit (1 for 0); works on the decimal string as written. */
export function precisionStep(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 1;
  const text = abs.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  const dot = text.indexOf('.');
  if (dot >= 0) return 10 ** -(text.length - dot - 1);
  const trailingZeros = text.length - text.replace(/0+$/, '').length;
  return 10 ** trailingZeros;
}

function round(n: number): number {
  // Keep the bounds free of binary noise (95.6 + 0.1 = 95.69999…).
  return Number.parseFloat(n.toPrecision(12));
}

export function valueInterval(value: number, qualifier: Qualifier, unit?: string): ValueInterval {
  const iv = rawInterval(value, qualifier, unit);
  // A bound pushed onto the value itself (more than 100%) leaves one point, not an empty set.
  return iv.low < iv.high ? iv : { low: iv.low, high: iv.low, lowOpen: false, highOpen: false };
}

function rawInterval(value: number, qualifier: Qualifier, unit?: string): ValueInterval {
  const percent = unit === '%';
  // Upper end of "more than v" / "at least v": a rate can reach 100, a count the next step.
  const upper = percent ? Math.max(value, 100) : round(value + precisionStep(value));
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value, lowOpen: false, highOpen: false };
    case 'more_than':
      return { low: value, high: upper, lowOpen: true, highOpen: !percent };
    case 'at_least':
      return { low: value, high: upper, lowOpen: false, highOpen: !percent };
    case 'nearly':
      return { low: round(value * 0.9), high: value, lowOpen: false, highOpen: false };
    case 'about': {
      const high = round(value * 1.1);
      return {
        low: round(value * 0.9),
        high: percent ? Math.max(value, Math.min(100, high)) : high,
        lowOpen: false,
        highOpen: false,
      };
    }
    case 'less_than':
      return { low: Math.min(0, value), high: value, lowOpen: false, highOpen: true };
    case 'at_most':
      return { low: Math.min(0, value), high: value, lowOpen: false, highOpen: false };
  }
}

/** True when every value in a is greater than every value in b (both non-empty). */
export function definitelyAbove(a: ValueInterval, b: ValueInterval): boolean {
  return a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
}

function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countBy(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * Range of 1-based positions each interval can take when sorted (descending when `descending`),
 * given only what the intervals say: an exact tie or any overlap widens the range.
 * Position range = 1 + (values certainly ahead) … n − (values certainly behind), counted with
 * binary searches over sorted ends, so a national ranking stays O(n log n).
 */
export function rankRanges(
  intervals: readonly ValueInterval[],
  descending: boolean,
): { from: number; to: number }[] {
  const n = intervals.length;
  const lows = intervals.map((i) => i.low).sort((a, b) => a - b);
  const highs = intervals.map((i) => i.high).sort((a, b) => a - b);
  const openLows = countBy(intervals.filter((i) => i.lowOpen).map((i) => i.low));
  const openHighs = countBy(intervals.filter((i) => i.highOpen).map((i) => i.high));
  return intervals.map((mine) => {
    const itself = definitelyAbove(mine, mine) ? 1 : 0;
    // others certainly above mine: low > my high, or low = my high with an open end between
    const equalLows = upperBound(lows, mine.high) - lowerBound(lows, mine.high);
    const above =
      n - upperBound(lows, mine.high) + (mine.highOpen ? equalLows : (openLows.get(mine.high) ?? 0)) - itself;
    // others certainly below mine: high < my low, or high = my low with an open end between
    const equalHighs = upperBound(highs, mine.low) - lowerBound(highs, mine.low);
    const below =
      lowerBound(highs, mine.low) + (mine.lowOpen ? equalHighs : (openHighs.get(mine.low) ?? 0)) - itself;
    const ahead = descending ? above : below;
    const behind = descending ? below : above;
    return { from: ahead + 1, to: n - behind };
  });
}

/** The pairwise definition rankRanges implements faster; kept for tests. */
export function rankRangesNaive(
  intervals: readonly ValueInterval[],
  descending: boolean,
): { from: number; to: number }[] {
  const ahead = (a: ValueInterval, b: ValueInterval) =>
    descending ? definitelyAbove(a, b) : definitelyAbove(b, a);
  return intervals.map((mine, i) => {
    let before = 0;
    let after = 0;
    for (const [j, other] of intervals.entries()) {
      if (j === i) continue;
      if (ahead(other, mine)) before++;
      else if (ahead(mine, other)) after++;
    }
    return { from: before + 1, to: intervals.length - after };
  });
}
