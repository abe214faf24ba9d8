import { describe, expect, it } from 'vitest';
import { RATE_COUNTS, rankIndicator } from '../../src/domain/ranking.ts';
import { miniDataset, obs, REPORTS } from '../fixtures/miniDataset.ts';

const ds = miniDataset();
const summary = (r: ReturnType<typeof rankIndicator>) =>
  r.rows.map((row) => [row.agency.id, row.observation.value, row.rank.from, row.rank.to]);

describe('rankIndicator', () => {
  it('ranks a neutral count descending, approximate values as ranges (worked by hand)', () => {
    const r = rankIndicator(ds, 'reconsideration.accepted');
    expect(r.year).toBe(2024);
    expect(r.order).toBe('desc');
    // 932 vs 930余 (930–940) overlap → both 1–2; 50余 (50–60) → 3; 12 → 4
    expect(summary(r)).toEqual([
      ['sh-baoshan-justice', 932, 1, 2],
      ['sh-changning', 930, 1, 2],
      ['sh-ftz-bonded', 50, 3, 3],
      ['tj-port-bonded', 12, 4, 4],
    ]);
    expect(r.coverage).toEqual({ reported: 4, of: 5 });
    expect(r.notReported.map((n) => n.agency.id)).toEqual(['sh-minhang-economy']);
    expect(r.noReport).toEqual([]);
  });

  it('uses the real values: Changning 95.6% stated above Baoshan 85.81% derived, with its counts', () => {
    const r = rankIndicator(ds, 'mediation.success_rate');
    expect(summary(r)).toEqual([
      ['sh-changning', 95.6, 1, 1],
      ['sh-baoshan-justice', 85.81, 2, 2],
    ]);
    expect(r.rows[0]!.counts).toBeNull();
    expect(r.rows[1]!.observation.derived).toBe(true);
    expect(r.rows[1]!.counts?.numerator.id).toBe('bs-3');
    expect(r.rows[1]!.counts?.denominator.id).toBe('bs-2');
    expect(RATE_COUNTS['mediation.success_rate']).toEqual({
      numerator: 'mediation.resolved',
      denominator: 'mediation.accepted',
    });
  });

  it('100% court appearance of Changning and Tianjin Port tie for first', () => {
    const r = rankIndicator(ds, 'litigation.head_appearance_rate');
    // Equal values: Chinese collation of the names (ICU reads 长 as zhang, after 天 tian).
    expect(summary(r)).toEqual([
      ['tj-port-bonded', 100, 1, 2],
      ['sh-changning', 100, 1, 2],
      ['sh-minhang-economy', 95, 3, 3],
    ]);
  });

  it('applies region and type filters before ranking', () => {
    expect(summary(rankIndicator(ds, 'litigation.head_appearance_rate', { region: '天津市' }))).toEqual([
      ['tj-port-bonded', 100, 1, 1],
    ]);
    const zones = rankIndicator(ds, 'reconsideration.accepted', { type: 'zone_admin' });
    expect(summary(zones)).toEqual([
      ['sh-ftz-bonded', 50, 1, 1],
      ['tj-port-bonded', 12, 2, 2],
    ]);
    expect(zones.coverage).toEqual({ reported: 2, of: 2 });
  });

  it('sorts lower-is-better indicators ascending', () => {
    const extra = obs({ id: 'tj-9', report: 'r-tj', indicator: 'litigation.loss_rate', value: 2 });
    const r = rankIndicator(
      miniDataset({ observations: [...ds.observations, extra] }),
      'litigation.loss_rate',
    );
    expect(r.order).toBe('asc');
    expect(summary(r)).toEqual([
      ['tj-port-bonded', 2, 1, 1],
      ['sh-minhang-economy', 5, 2, 2],
    ]);
  });

  it('takes the whole-agency figure as primary and keeps the scoped one as also reported', () => {
    const r = rankIndicator(ds, 'training.participants');
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.observation.id).toBe('tj-3');
    expect(r.rows[0]!.alsoReported.map((o) => o.id)).toEqual(['tj-4']);
  });

  it('a year without reports gives no rows and every agency under noReport', () => {
    const r = rankIndicator(ds, 'reconsideration.accepted', { year: 2023 });
    expect(r.rows).toEqual([]);
    expect(r.noReport).toHaveLength(5);
    expect(r.coverage).toEqual({ reported: 0, of: 0 });
  });

  it('ranks the newest year when no year is chosen', () => {
    const old = { ...REPORTS[2]!, id: 'r-bs-2023', year: 2023 };
    const oldObs = {
      ...obs({ id: 'bs-old', report: 'r-bs', indicator: 'reconsideration.accepted', value: 5000 }),
      reportId: 'r-bs-2023',
      year: 2023,
    };
    const d = miniDataset({ reports: [...ds.reports, old], observations: [...ds.observations, oldObs] });
    expect(rankIndicator(d, 'reconsideration.accepted').rows[0]!.observation.value).toBe(932);
    expect(summary(rankIndicator(d, 'reconsideration.accepted', { year: 2023 }))).toEqual([
      ['sh-baoshan-justice', 5000, 1, 1],
    ]);
  });

  it('can leave derived values out of the ranking', () => {
    const r = rankIndicator(ds, 'mediation.success_rate', {}, { excludeDerived: true });
    expect(summary(r)).toEqual([['sh-changning', 95.6, 1, 1]]);
    expect(r.coverage.reported).toBe(2);
  });
});
