import { describe, expect, it } from 'vitest';
import { overviewCounts } from '../../src/domain/overviewStats.ts';
import { miniDataset, OBSERVATIONS, obs, REPORTS } from '../fixtures/miniDataset.ts';

// The fixture's five 2024 reports, plus invented 2023 reports for Baoshan and Changning with one
// value each.
const ds = miniDataset({
  reports: [
    ...REPORTS,
    { ...REPORTS.find((r) => r.id === 'r-bs')!, id: 'r-bs-23', year: 2023 },
    { ...REPORTS.find((r) => r.id === 'r-cn')!, id: 'r-cn-23', year: 2023 },
  ],
  observations: [
    ...OBSERVATIONS,
    {
      ...obs({ id: 'bs23-1', report: 'r-bs', indicator: 'reconsideration.accepted', value: 800 }),
      reportId: 'r-bs-23',
      year: 2023,
    },
    {
      ...obs({ id: 'cn23-1', report: 'r-cn', indicator: 'mediation.accepted', value: 7000 }),
      reportId: 'r-cn-23',
      year: 2023,
    },
  ],
});

describe('overviewCounts follow the year filter', () => {
  it('without a year: every agency, report and value', () => {
    const c = overviewCounts(ds, {});
    expect(c).toMatchObject({ year: null, agencies: 5, reportingAgencies: 5, reports: 7 });
    expect(c.observations).toBe(OBSERVATIONS.length + 2);
    expect(c.byYear).toEqual([
      { key: '2024', count: 5 },
      { key: '2023', count: 2 },
    ]);
  });

  it('year 2023: the two agencies that reported, their two reports and two values', () => {
    const c = overviewCounts(ds, { year: 2023 });
    expect(c).toMatchObject({ year: 2023, agencies: 5, reportingAgencies: 2, reports: 2, observations: 2 });
    expect(c.byType.map((r) => r.key).sort()).toEqual(['district_gov', 'justice_bureau']);
    expect(c.byRegion).toEqual([{ key: '上海市', count: 2 }]);
    // Reports per year still list every year, the chosen one among them.
    expect(c.byYear.map((r) => r.key)).toEqual(['2024', '2023']);
  });

  it('year 2024 with a region: the places and the year together', () => {
    const c = overviewCounts(ds, { year: 2024, region: '天津市' });
    expect(c).toMatchObject({ agencies: 1, reportingAgencies: 1, reports: 1 });
    expect(overviewCounts(ds, { year: 2022 })).toMatchObject({
      reportingAgencies: 0,
      reports: 0,
      observations: 0,
    });
  });
});
