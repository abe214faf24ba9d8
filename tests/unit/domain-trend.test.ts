import { describe, expect, it } from 'vitest';
import { computedChange } from '../../src/domain/computedChange.ts';
import { indexDataset } from '../../src/domain/datasetIndex.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { agencyProfile } from '../../src/domain/profile.ts';
import { rankMovement } from '../../src/domain/rankMovement.ts';
import { agencySeries, indicatorTrend, quantile, seriesYears } from '../../src/domain/yearSeries.ts';
import { YEAR_OBSERVATIONS, yearsDataset } from '../fixtures/yearsDataset.ts';

const index = indexDataset(yearsDataset());
const years = seriesYears(index);
const indicator = (id: string) => INDICATORS.find((i) => i.id === id)!;
const obsOf = (agency: string, year: number, ind: string) =>
  YEAR_OBSERVATIONS.find((o) => o.agencyId === agency && o.year === year && o.indicator === ind)!;

describe('agencySeries', () => {
  it('gives every year oldest first, a gap (never 0) where the report is silent or missing', () => {
    expect(years).toEqual([2022, 2023, 2024]);
    const a = agencySeries(index, 'a', years).get('reconsideration.accepted')!;
    expect(a.map((p) => [p.year, p.status, p.observation?.value ?? null])).toEqual([
      [2022, 'reported', 100],
      [2023, 'not_reported', null],
      [2024, 'reported', 120],
    ]);
    // The qualifier travels with the point: 120余 stays "more than 120".
    expect(a[2]!.observation!.qualifier).toBe('more_than');
    const b = agencySeries(index, 'b', years).get('reconsideration.accepted')!;
    expect(b[1]).toEqual({ year: 2023, observation: null, status: 'no_report' });
  });

  it('lists indicators no year reports as all gaps', () => {
    const c = agencySeries(index, 'c', years).get('litigation.head_appearance_rate')!;
    expect(c.every((p) => p.observation === null && p.status === 'not_reported')).toBe(true);
  });
});

describe('indicatorTrend', () => {
  it('gives the chosen agencies and per year the quartiles of the same type', () => {
    const t = indicatorTrend(index, 'reconsideration.accepted', ['c', 'nope', 'a'], {}, 'justice_bureau')!;
    expect(t.agencies.map((x) => x.agency.id)).toEqual(['c', 'a']);
    expect(t.basis).toEqual({ type: 'justice_bureau', agencies: 3 });
    // 2022: 60, 80, 100 → quartiles 70 / 80 / 90; 2023: only c's 50; 2024: 70, 90, 120余.
    expect(t.distribution.map((d) => [d.year, d.count, d.q1, d.median, d.q3, d.approximate])).toEqual([
      [2022, 3, 70, 80, 90, 0],
      [2023, 1, 50, 50, 50, 0],
      [2024, 3, 80, 90, 105, 1],
    ]);
  });

  it('leaves values in a unit that counts something else out of the distribution, and says how many', () => {
    const t = indicatorTrend(index, 'training.participants', [], {}, null)!;
    expect(t.distribution.find((d) => d.year === 2024)).toMatchObject({
      count: 0,
      incomparable: 1,
      median: null,
    });
    expect(t.distribution.find((d) => d.year === 2023)).toMatchObject({ count: 1, median: 300 });
  });

  it('returns null for an indicator outside the catalogue', () => {
    expect(indicatorTrend(index, 'no.such', [], {}, null)).toBeNull();
  });

  it('quantile interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('computedChange', () => {
  it('is percent for counts: 50 → 70 is +40%', () => {
    const c = computedChange(
      indicator('reconsideration.accepted'),
      obsOf('c', 2023, 'reconsideration.accepted'),
      obsOf('c', 2024, 'reconsideration.accepted'),
    );
    expect(c).toMatchObject({ kind: 'pct', value: 40, approximate: false });
  });

  it('is percentage points for rates: 90% → 95.5% is +5.5 points, not +6.1%', () => {
    const c = computedChange(
      indicator('mediation.success_rate'),
      obsOf('a', 2023, 'mediation.success_rate'),
      obsOf('a', 2024, 'mediation.success_rate'),
    );
    expect(c).toMatchObject({ kind: 'points', value: 5.5 });
  });

  it('refuses units that count different things (人次 then 人)', () => {
    const c = computedChange(
      indicator('training.participants'),
      obsOf('a', 2023, 'training.participants'),
      obsOf('a', 2024, 'training.participants'),
    );
    expect(c?.kind).toBe('refused');
    expect(c).toMatchObject({ reason: 'unit' });
  });

  it('says when a value is approximate, and gives nothing without both years', () => {
    const prev = obsOf('b', 2022, 'reconsideration.accepted');
    const cur = obsOf('a', 2024, 'reconsideration.accepted');
    expect(computedChange(indicator('reconsideration.accepted'), prev, cur)).toMatchObject({
      kind: 'pct',
      value: 50,
      approximate: true,
    });
    expect(computedChange(indicator('reconsideration.accepted'), null, cur)).toBeNull();
    expect(computedChange(indicator('reconsideration.accepted'), prev, null)).toBeNull();
  });

  it('refuses a percent change from 0', () => {
    const prev = { ...obsOf('c', 2023, 'reconsideration.accepted'), value: 0 };
    const cur = obsOf('c', 2024, 'reconsideration.accepted');
    expect(computedChange(indicator('reconsideration.accepted'), prev, cur)).toMatchObject({
      kind: 'refused',
      reason: 'zero',
    });
  });
});

describe('rankMovement', () => {
  it('is the places gained: 5th → 2nd is up 3; 2nd → 5th is down 3', () => {
    expect(rankMovement({ from: 5, to: 5 }, { from: 2, to: 2 })).toEqual({ low: 3, high: 3 });
    expect(rankMovement({ from: 2, to: 2 }, { from: 5, to: 5 })).toEqual({ low: -3, high: -3 });
  });

  it('is a range when either position is a range (ties, approximate values)', () => {
    // From somewhere in 4–6 to somewhere in 1–2: up at least 2, at most 5.
    expect(rankMovement({ from: 4, to: 6 }, { from: 1, to: 2 })).toEqual({ low: 2, high: 5 });
  });

  it('is none when either year has no position', () => {
    expect(rankMovement(null, { from: 1, to: 1 })).toBeNull();
    expect(rankMovement({ from: 1, to: 1 }, undefined)).toBeNull();
  });
});

describe('agencyProfile over two years', () => {
  const ds = yearsDataset();
  const entry = (agency: string, id: string) =>
    agencyProfile(ds, agency, { year: 2024 })!
      .categories.flatMap((c) => c.entries)
      .find((e) => e.indicator.id === id)!;

  it('gives the change and the movement among peers since the year before', () => {
    const c = entry('c', 'reconsideration.accepted');
    // 2023: c the only reporter (1 of 1); 2024: below 120余 and 90 (3 of 3): down 2.
    expect(c.previous?.position?.rank).toEqual({ from: 1, to: 1 });
    expect(c.position?.rank).toEqual({ from: 3, to: 3 });
    expect(c.movement).toEqual({ low: -2, high: -2 });
    expect(c.change).toMatchObject({ kind: 'pct', value: 40 });
  });

  it('gives neither when the year before is not reported, keeping the stated change', () => {
    const a = entry('a', 'reconsideration.accepted');
    expect(a.previous).toEqual({ observation: null, position: null });
    expect(a.change).toBeNull();
    expect(a.movement).toBeNull();
    expect(a.observation?.yoyPct).toBe(8);
  });

  it('has no year before when the agency has no report for it', () => {
    expect(entry('b', 'reconsideration.accepted').previous).toBeNull();
  });
});
