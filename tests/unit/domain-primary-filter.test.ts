import { describe, expect, it } from 'vitest';
import { comparableUnit } from '../../src/domain/comparableUnit.ts';
import { applyFilter, effectiveYear, isEmptyFilter } from '../../src/domain/filter.ts';
import { indicatorById } from '../../src/domain/indicators.ts';
import { comparePrimary, primaryKey, primaryObservations } from '../../src/domain/primary.ts';
import { miniDataset, obs } from '../fixtures/miniDataset.ts';

const base = { report: 'r-bs', indicator: 'mediation.success_rate' };

describe('primary observation', () => {
  it.each([
    [
      'stated beats derived, even when smaller',
      obs({ ...base, id: 'a', value: 80 }),
      obs({ ...base, id: 'b', value: 90, derived: true }),
    ],
    [
      'no scope beats a scoped sub-figure',
      obs({ ...base, id: 'a', value: 80 }),
      obs({ ...base, id: 'b', value: 90, scope: '人民调解' }),
    ],
    [
      'higher confidence wins',
      obs({ ...base, id: 'a', value: 80, confidence: 0.95 }),
      obs({ ...base, id: 'b', value: 90, confidence: 0.7 }),
    ],
    [
      'larger value breaks the remaining tie',
      obs({ ...base, id: 'b', value: 90 }),
      obs({ ...base, id: 'a', value: 80 }),
    ],
    [
      'the id decides identical values',
      obs({ ...base, id: 'a', value: 90 }),
      obs({ ...base, id: 'b', value: 90 }),
    ],
  ])('%s', (_, better, worse) => {
    expect(comparePrimary(better, worse)).toBeLessThan(0);
    expect(comparePrimary(worse, better)).toBeGreaterThan(0);
    const groups = primaryObservations([worse, better]);
    const g = groups.get(primaryKey('sh-baoshan-justice', 2024, 'mediation.success_rate'))!;
    expect(g.primary).toBe(better);
    expect(g.alsoReported).toEqual([worse]);
  });

  it("a unit comparable with the catalogue's beats one that is not, even at lower confidence", () => {
    const sessions = { report: 'r-bs', indicator: 'training.sessions' };
    const courses = obs({ ...sessions, id: 'b', value: 6, unit: '场', confidence: 0.79 });
    const units = obs({ ...sessions, id: 'a', value: 8, unit: '个', confidence: 0.85 });
    const classes = obs({ ...sessions, id: 'c', value: 3, unit: '期', confidence: 0.85 });
    const g = primaryObservations([units, classes, courses]).get(
      primaryKey('sh-baoshan-justice', 2024, 'training.sessions'),
    )!;
    expect(g.primary).toBe(courses);
    // Among the two that are not comparable, confidence ties and the larger value comes first.
    expect(g.alsoReported).toEqual([units, classes]);
  });

  it('people (人) and attendances (人次) stay apart: a head count is not chosen over person-times', () => {
    const p = { report: 'r-bs', indicator: 'training.participants' };
    const heads = obs({ ...p, id: 'a', value: 900, unit: '人', confidence: 0.95 });
    const times = obs({ ...p, id: 'b', value: 860, unit: '人次', confidence: 0.8 });
    expect(comparePrimary(times, heads)).toBeLessThan(0);
  });

  it('groups by agency, year and indicator', () => {
    expect(primaryObservations(miniDataset().observations).size).toBe(17);
  });
});

describe('comparableUnit', () => {
  it.each([
    ['training.sessions', '场', true],
    ['training.sessions', '次', true],
    ['training.sessions', '期', false],
    ['training.sessions', '个', false],
    ['training.participants', '人次', true],
    ['training.participants', '人', false],
    ['training.officers_examined', '名', true],
    ['mediation.accepted', '起', true],
    ['litigation.head_appearance_rate', '%', true],
    ['litigation.head_appearance_rate', '件', false],
    ['reconsideration.accepted', '人', false],
  ])('%s in %s → %s', (id, unit, comparable) => {
    expect(comparableUnit(indicatorById(id)!, unit)).toBe(comparable);
  });
});

describe('applyFilter', () => {
  const ds = miniDataset();
  it.each([
    [{}, 5, 5, 18],
    [{ region: '天津市' }, 1, 1, 5],
    [{ region: '上海市', district: '宝山区' }, 1, 1, 4],
    [{ type: 'zone_admin' }, 2, 2, 8],
    [{ year: 2023 }, 5, 0, 0],
    [{ region: '北京市' }, 0, 0, 0],
  ])('%o → %d agencies, %d reports, %d observations', (filter, agencies, reports, observations) => {
    const f = applyFilter(ds, filter);
    expect([f.agencies.length, f.reports.length, f.observations.length]).toEqual([
      agencies,
      reports,
      observations,
    ]);
    expect(f.indicators).toBe(ds.indicators);
  });

  it('knows empty filters and the effective year', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ year: 2024 })).toBe(false);
    expect(effectiveYear(ds, {})).toBe(2024);
    expect(effectiveYear(ds, { year: 2020 })).toBe(2020);
    expect(effectiveYear({ reports: [] }, {})).toBeNull();
  });
});
