import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../src/domain/coverage.ts';
import { weakAreaFlags } from '../../src/domain/flags.ts';
import { AGENCIES, miniDataset, obs } from '../fixtures/miniDataset.ts';

const ds = miniDataset();
const IDS = ['reconsideration.accepted', 'mediation.success_rate', 'litigation.head_appearance_rate'];

describe('coverageMatrix', () => {
  const m = coverageMatrix(ds, {}, { indicatorIds: IDS });

  it('marks reported, derived and not reported cells', () => {
    const statuses = Object.fromEntries(m.rows.map((r) => [r.agency.id, r.cells.map((c) => c.status)]));
    expect(statuses).toEqual({
      'sh-ftz-bonded': ['reported', 'not_reported', 'not_reported'],
      'tj-port-bonded': ['reported', 'not_reported', 'reported'],
      'sh-baoshan-justice': ['reported', 'derived', 'not_reported'],
      'sh-changning': ['reported', 'reported', 'reported'],
      'sh-minhang-economy': ['not_reported', 'not_reported', 'reported'],
    });
    expect(m.indicatorCoverage).toEqual([
      { reported: 4, of: 5 },
      { reported: 2, of: 5 },
      { reported: 3, of: 5 },
    ]);
    expect(m.rows.map((r) => r.reportedCount)).toEqual([1, 2, 2, 3, 1]);
  });

  it('has no percentile for neutral indicators or lone peers', () => {
    // reconsideration.accepted is neutral; each other type has one reporting agency.
    for (const row of m.rows) for (const c of row.cells) expect(c.percentile).toBeNull();
    const ftz = m.rows[0]!.cells[0]!;
    expect(ftz.position).toEqual({ rank: { from: 1, to: 1 }, of: 2, percentile: null });
  });

  it('gives the peer percentile (1 best, 0 worst) from the middle of the rank range', () => {
    // Make every agency a district government: 100, 100, 95 → ranks 1–2, 1–2, 3.
    const peers = miniDataset({ agencies: AGENCIES.map((a) => ({ ...a, type: 'district_gov' })) });
    const cells = coverageMatrix(peers, {}, { indicatorIds: ['litigation.head_appearance_rate'] }).rows.map(
      (r) => [r.agency.id, r.cells[0]!.percentile],
    );
    expect(cells).toEqual([
      ['sh-ftz-bonded', null],
      ['tj-port-bonded', 0.75],
      ['sh-baoshan-justice', null],
      ['sh-changning', 0.75],
      ['sh-minhang-economy', 0],
    ]);
  });

  it('keeps agencies without a report for the year, all not reported', () => {
    const m2023 = coverageMatrix(ds, { year: 2023 }, { indicatorIds: IDS });
    expect(m2023.rows).toHaveLength(5);
    expect(m2023.rows.every((r) => r.report === null && r.reportedCount === 0)).toBe(true);
  });
});

describe('weakAreaFlags', () => {
  const flags = weakAreaFlags(ds);

  it('flags missing parts, rates below 100%, missing core indicators and falls (counted by hand)', () => {
    const count = (kind: string) => flags.filter((f) => f.kind === kind).length;
    expect(count('section_missing')).toBe(3);
    expect(count('rate_below_norm')).toBe(1);
    // 10 core indicators; reported core ones: ftz 1, tj 3, bs 4, cn 3 → 9 + 7 + 6 + 7. Minhang's
    // economic commission (a functional department) is asked only the 4 that are not about
    // reconsideration or mediation, and reports 1 of them → 3.
    expect(count('core_missing')).toBe(32);
    expect(count('yoy_fall')).toBe(2);
    expect(flags).toHaveLength(38);
  });

  it('asks a functional department no reconsideration or mediation numbers; an unknown type all', () => {
    const minhang = flags.filter((f) => f.kind === 'core_missing' && f.agencyId === 'sh-minhang-economy');
    expect(minhang.map((f) => f.indicatorId).sort()).toEqual([
      'training.leadership_study',
      'training.participants',
      'training.sessions',
    ]);
    // The same report under an agency type the dashboard does not know: every core indicator applies.
    const unknown = weakAreaFlags(
      miniDataset({
        agencies: ds.agencies.map((a) => (a.id === 'sh-minhang-economy' ? { ...a, type: '街道办事处' } : a)),
      }),
      { district: '闵行区' },
    );
    expect(unknown.filter((f) => f.kind === 'core_missing')).toHaveLength(9);
  });

  it('puts the severe ones first and links each to its evidence', () => {
    expect(flags.slice(0, 4)).toEqual([
      {
        kind: 'section_missing',
        severity: 'high',
        agencyId: 'sh-ftz-bonded',
        reportId: 'r-ftz',
        section: 'shortcomings',
      },
      {
        kind: 'section_missing',
        severity: 'high',
        agencyId: 'sh-ftz-bonded',
        reportId: 'r-ftz',
        section: 'next_year_plan',
      },
      {
        kind: 'section_missing',
        severity: 'high',
        agencyId: 'sh-minhang-economy',
        reportId: 'r-mh',
        section: 'first_responsible_duties',
      },
      {
        kind: 'rate_below_norm',
        severity: 'high',
        agencyId: 'sh-minhang-economy',
        reportId: 'r-mh',
        indicatorId: 'litigation.head_appearance_rate',
        observationId: 'mh-1',
      },
    ]);
    expect(flags.slice(-2)).toEqual([
      {
        kind: 'yoy_fall',
        severity: 'low',
        agencyId: 'sh-minhang-economy',
        reportId: 'r-mh',
        indicatorId: 'publicity.events',
        observationId: 'mh-2',
      },
      {
        kind: 'yoy_fall',
        severity: 'low',
        agencyId: 'sh-minhang-economy',
        reportId: 'r-mh',
        indicatorId: 'litigation.loss_rate',
        observationId: 'mh-3',
      },
    ]);
  });

  it('does not flag 100% rates; an approximate "≥95%" that may be 100 is medium', () => {
    expect(flags.some((f) => f.kind === 'rate_below_norm' && f.agencyId !== 'sh-minhang-economy')).toBe(
      false,
    );
    const approx = obs({
      id: 'cn-9',
      report: 'r-cn',
      indicator: 'petition.on_time_rate',
      value: 95,
      qualifier: 'at_least',
    });
    const more = weakAreaFlags(miniDataset({ observations: [...ds.observations, approx] }), {
      district: '长宁区',
    });
    expect(more.filter((f) => f.kind === 'rate_below_norm')).toEqual([
      {
        kind: 'rate_below_norm',
        severity: 'medium',
        agencyId: 'sh-changning',
        reportId: 'r-cn',
        indicatorId: 'petition.on_time_rate',
        observationId: 'cn-9',
      },
    ]);
  });

  it('ignores rises on higher-is-better and any change on neutral indicators', () => {
    const rise = obs({
      id: 'bs-9',
      report: 'r-bs',
      indicator: 'reconsideration.closed',
      value: 900,
      yoyPct: 5,
    });
    const neutral = obs({ id: 'bs-8', report: 'r-bs', indicator: 'hotline.cases', value: 900, yoyPct: -30 });
    const f = weakAreaFlags(miniDataset({ observations: [...ds.observations, rise, neutral] }), {
      district: '宝山区',
    });
    expect(f.filter((x) => x.kind === 'yoy_fall')).toEqual([]);
  });

  it('a fall stated in percentage points is a fall too (the court rate down 2 points)', () => {
    const down = obs({
      id: 'cn-7',
      report: 'r-cn',
      indicator: 'mediation.success_rate',
      value: 95.6,
      yoyPoints: -2,
    });
    const others = ds.observations.filter((o) => o.id !== 'cn-1');
    const f = weakAreaFlags(miniDataset({ observations: [...others, down] }), { district: '长宁区' });
    expect(f.filter((x) => x.kind === 'yoy_fall').map((x) => x.observationId)).toEqual(['cn-7']);
    // Up 2 points on a higher-is-better rate raises nothing.
    const up = { ...down, yoyPoints: 2 };
    const g = weakAreaFlags(miniDataset({ observations: [...others, up] }), { district: '长宁区' });
    expect(g.filter((x) => x.kind === 'yoy_fall')).toEqual([]);
  });
});
