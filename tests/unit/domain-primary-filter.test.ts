import { describe, expect, it } from 'vitest';
import { applyFilter, effectiveYear, isEmptyFilter } from '../../src/domain/filter.ts';
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

  it('groups by agency, year and indicator', () => {
    expect(primaryObservations(miniDataset().observations).size).toBe(17);
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
