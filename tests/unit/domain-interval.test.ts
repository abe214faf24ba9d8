import { describe, expect, it } from 'vitest';
import {
  definitelyAbove,
  precisionStep,
  rankRanges,
  type ValueInterval,
  valueInterval,
} from '../../src/domain/interval.ts';
import type { Qualifier } from '../../src/domain/types.ts';

describe('precisionStep: place value of the last non-zero digit', () => {
  it.each([
    [770, 10],
    [4000, 1000],
    [1000, 1000],
    [50, 10],
    [7, 1],
    [1234, 1],
    [120, 10],
    [95.6, 0.1],
    [85.81, 0.01],
    [0.05, 0.01],
    [0, 1],
  ])('%d → %d', (value, step) => {
    expect(precisionStep(value)).toBe(step);
  });
});

const iv = (low: number, high: number, lowOpen = false, highOpen = false): ValueInterval => ({
  low,
  high,
  lowOpen,
  highOpen,
});

describe('valueInterval', () => {
  it.each<[number, Qualifier, string | undefined, ValueInterval]>([
    [932, 'exact', '件', iv(932, 932)],
    [770, 'more_than', '次', iv(770, 780, true, true)],
    [4000, 'more_than', '张', iv(4000, 5000, true, true)],
    [1000, 'more_than', '人次', iv(1000, 2000, true, true)],
    [20, 'at_least', '学时', iv(20, 30, false, true)],
    [1000, 'nearly', '场', iv(900, 1000)],
    [1000, 'about', '场', iv(900, 1100)],
    [20, 'less_than', '件', iv(0, 20, false, true)],
    [20, 'at_most', '件', iv(0, 20)],
    // Percentages: thresholds reach 100
    [95, 'at_least', '%', iv(95, 100)],
    [95, 'more_than', '%', iv(95, 100, true, false)],
    // "超过100%" cannot go higher: a single closed point, never an empty interval
    [100, 'more_than', '%', iv(100, 100)],
    [100, 'at_least', '%', iv(100, 100)],
    [98, 'about', '%', iv(88.2, 100)],
    [95.6, 'exact', '%', iv(95.6, 95.6)],
  ])('%d %s %s', (value, qualifier, unit, expected) => {
    expect(valueInterval(value, qualifier, unit)).toEqual(expected);
  });
});

describe('definitelyAbove respects open ends', () => {
  it.each<[ValueInterval, ValueInterval, boolean]>([
    [iv(780, 780), iv(770, 780, true, true), true],
    [iv(780, 780), iv(770, 780), false],
    [iv(780, 790, true), iv(780, 780), true],
    [iv(932, 932), iv(930, 940, true, true), false],
    [iv(5, 5), iv(5, 5), false],
  ])('%o above %o = %s', (a, b, expected) => {
    expect(definitelyAbove(a, b)).toBe(expected);
  });
});

describe('rankRanges', () => {
  it('exact ties share a range', () => {
    expect(rankRanges([iv(10, 10), iv(10, 10), iv(5, 5)], true)).toEqual([
      { from: 1, to: 2 },
      { from: 1, to: 2 },
      { from: 3, to: 3 },
    ]);
    expect(rankRanges([iv(10, 10), iv(10, 10), iv(5, 5)], false)).toEqual([
      { from: 2, to: 3 },
      { from: 2, to: 3 },
      { from: 1, to: 1 },
    ]);
  });

  it('overlapping approximate values get a range; disjoint ones an exact rank', () => {
    // 932, 930余 (930–940), 50余 (50–60), 12
    expect(
      rankRanges([iv(932, 932), iv(930, 940, true, true), iv(50, 60, true, true), iv(12, 12)], true),
    ).toEqual([
      { from: 1, to: 2 },
      { from: 1, to: 2 },
      { from: 3, to: 3 },
      { from: 4, to: 4 },
    ]);
  });

  it('an exact value at the open end of "770余" ranks above it', () => {
    expect(rankRanges([iv(770, 780, true, true), iv(780, 780)], true)).toEqual([
      { from: 2, to: 2 },
      { from: 1, to: 1 },
    ]);
  });

  it('is empty for no values', () => {
    expect(rankRanges([], true)).toEqual([]);
  });
});

describe('rankRanges (fast) agrees with the pairwise definition', () => {
  it('on arbitrary intervals with ties and open ends (fast-check, seed 42)', async () => {
    const fc = (await import('fast-check')).default;
    const { rankRangesNaive } = await import('../../src/domain/interval.ts');
    const interval = fc
      .record({
        low: fc.integer({ min: 0, max: 6 }),
        width: fc.integer({ min: 0, max: 3 }),
        lowOpen: fc.boolean(),
        highOpen: fc.boolean(),
      })
      // A one-point interval is closed: valueInterval never makes an empty one.
      .map(({ low, width, lowOpen, highOpen }) => ({
        low,
        high: low + width,
        lowOpen: lowOpen && width > 0,
        highOpen: highOpen && width > 0,
      }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), fc.boolean(), (list, descending) => {
        expect(rankRanges(list, descending)).toEqual(rankRangesNaive(list, descending));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
