// The builders behind "find your agency": position text, the focused agency's position, the whole
// distribution with the focused agency labelled, ties in words, units ranked apart, the report's
// other values, sorting by every column and the page holding the focused agency.
import { describe, expect, it } from 'vitest';
import {
  groupMedianChartView,
  otherUnitNotes,
  rankingChartView,
  rankingDistributionChartView,
} from '../../src/charts/chartView.ts';
import { groupMedians } from '../../src/charts/groupMedianOption.ts';
import { distributionNotes, rankingDistributionOption } from '../../src/charts/rankingDistributionOption.ts';
import { FOCUS_COLOR, rankingOption } from '../../src/charts/rankingOption.ts';
import { pageOf, rankingTableRows } from '../../src/charts/rankingTableRows.ts';
import { tieGroups } from '../../src/charts/tieGroups.ts';
import { focusPosition } from '../../src/domain/focusPosition.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import type { Agency, Dataset, Observation, Report } from '../../src/domain/types.ts';
import { alternativesText } from '../../src/format/alternativesText.ts';
import { positionText, topPercent } from '../../src/format/positionText.ts';
import { AGENCIES, miniDataset, obs } from '../fixtures/miniDataset.ts';

describe('positionText', () => {
  it('says the position among all with the share from the top, in both languages', () => {
    expect(positionText({ from: 812, to: 812 }, 2886, 'zh')).toBe('第 812 / 2,886 · 前 28%');
    expect(positionText({ from: 812, to: 812 }, 2886, 'en')).toBe('812th of 2,886 · top 28%');
    expect(positionText({ from: 1, to: 1 }, 40, 'en')).toBe('1st of 40 · top 3%');
    expect(positionText({ from: 22, to: 23 }, 40, 'en')).toBe('22nd–23rd of 40 · top 58%');
    expect(positionText({ from: 11, to: 13 }, 40, 'en')).toBe('11th–13th of 40 · top 33%');
  });

  it('counts a tie or an approximate range from its worst end, and skips the share with under three peers', () => {
    // 63 tied at the top of 2,886: 63 / 2,886 = 2.2% → 2%, never "top 1%" for all 63.
    expect(positionText({ from: 1, to: 63 }, 2886, 'zh')).toBe('第 1–63 / 2,886 · 前 2%');
    expect(topPercent({ from: 1, to: 1 }, 2886)).toBe(1);
    expect(positionText({ from: 1, to: 1 }, 1, 'zh')).toBe('第 1 / 1');
    expect(positionText({ from: 2, to: 2 }, 2, 'en')).toBe('2nd of 2');
  });
});

// Five invented agencies of one region reporting one count; the focus is the fourth.
function smallSet(values: readonly (number | null)[], unitOf: (i: number) => string = () => '件'): Dataset {
  const base = miniDataset();
  const agencies: Agency[] = values.map((_, i) => ({
    ...AGENCIES[0]!,
    id: `x${i}`,
    nameZh: `测试区${i}司法局`,
    nameEn: `Test ${i}`,
    district: `测试区${i}`,
  }));
  const reports: Report[] = agencies.map((a) => ({ ...base.reports[0]!, id: `rx-${a.id}`, agencyId: a.id }));
  const observations: Observation[] = values.flatMap((v, i) =>
    v === null
      ? []
      : [
          {
            ...obs({
              id: `o${i}`,
              report: base.reports[0]!.id,
              indicator: 'reconsideration.accepted',
              value: v,
            }),
            reportId: `rx-x${i}`,
            agencyId: `x${i}`,
            unit: unitOf(i),
          },
        ],
  );
  return { ...base, agencies, reports, observations };
}

describe('focused agency in a ranking', () => {
  it('finds its position, or says it did not report or is outside the filter', () => {
    const r = rankIndicator(smallSet([50, 40, 30, 20, null]), 'reconsideration.accepted');
    const p = focusPosition(r, 'x3');
    expect(p.status === 'ranked' && [p.rank.from, p.rank.to, p.total]).toEqual([4, 4, 4]);
    expect(focusPosition(r, 'x4').status).toBe('not_reported');
    expect(focusPosition(r, 'nobody').status).toBe('out_of_scope');
  });

  it('draws every agency in the distribution and labels the focused one with its position', () => {
    const values = Array.from({ length: 120 }, (_, i) => 1000 - i * 5);
    const r = rankIndicator(smallSet(values), 'reconsideration.accepted');
    const option = rankingDistributionOption(r, 'zh', { focus: 'x80', selected: ['x3'] }) as {
      series: { id: string; data: unknown[] }[];
    };
    const bars = option.series.filter((s) => s.id.startsWith('value-'));
    const drawn = bars.reduce((n, s) => n + s.data.filter((d) => d !== '-').length, 0);
    expect(drawn).toBe(120);
    const focus = option.series.find((s) => s.id === 'focus')!.data as {
      name: string;
      value: [string, number];
      label: { formatter: string };
    }[];
    expect(focus.map((d) => d.name)).toEqual(['x3', 'x80']);
    const mine = focus.find((d) => d.name === 'x80')!;
    // x80 holds 1000 − 80·5 = 600, the 81st value of 120: 81 / 120 = 67.5% → 68%.
    expect(mine.value).toEqual(['81', 600]);
    expect(mine.label.formatter).toContain('你的机构');
    expect(mine.label.formatter).toContain('第 81 / 120 · 前 68%');
  });

  it('gives the focused bar its own colour and a "your agency" label among labelled bars', () => {
    const r = rankIndicator(smallSet([50, 40, 30]), 'reconsideration.accepted');
    const option = rankingOption(r, 'en', { focus: 'x1' }) as {
      yAxis: { data: string[] };
      series: { data: ({ name: string; itemStyle?: { color: string; decal?: unknown } } | string)[] }[];
    };
    expect(option.yAxis.data[1]).toBe('▶ Your agency · 2  Test 1');
    const bar = option.series[0]!.data[1] as { itemStyle: { color: string; decal?: unknown } };
    expect(bar.itemStyle.color).toBe(FOCUS_COLOR);
    expect(bar.itemStyle.decal).toBeDefined();
    expect((option.series[0]!.data[0] as { itemStyle?: unknown }).itemStyle).toBeUndefined();
  });

  it('downloads every drawn agency and offers the focused one first to cite', () => {
    const values = [...Array.from({ length: 70 }, (_, i) => 700 - i), null, null];
    const r = rankIndicator(smallSet(values), 'reconsideration.accepted');
    const view = rankingDistributionChartView(r, { extractedAt: '2025-01-01' }, 'en', ['x65']);
    // Header + the 70 drawn agencies; the two that did not report are not drawn, so not in the CSV.
    expect(view.csv()).toHaveLength(71);
    expect(view.notReported).toBe(false);
    expect(view.citations[0]!.label).toMatch(/^Test 65 · 635 cases$/);
    expect(view.citations).toHaveLength(51);
    expect(view.notes[0]).toBe(
      'The chart draws all 70 agencies sorted by value, without a label per bar; your agency and the selected ones are labelled.',
    );
    expect(view.notes).toContain('not reported: 2');
  });

  it('a grouped chart downloads its groups', () => {
    const ds = smallSet([50, 40, 30, 20]);
    ds.agencies = ds.agencies.map((a, i) => ({ ...a, type: i < 2 ? 'justice_bureau' : 'district_gov' }));
    const r = rankIndicator(ds, 'reconsideration.accepted');
    const groups = groupMedians(r, 'type', 'zh', null);
    const view = groupMedianChartView(r, groups, 'type', { extractedAt: '2025-01-01' }, 'zh');
    expect(view.csv().slice(1)).toEqual([
      ['司法局', 45, '件', 2],
      ['区政府', 25, '件', 2],
    ]);
    expect(view.subtitle).toBe('按机构类型：各组中位数（2 组；括号内为机构数）');
  });

  it('says ties in words, exact values only', () => {
    const r = rankIndicator(smallSet([100, 100, 100, 100, 90, 90, 80]), 'reconsideration.accepted');
    expect(tieGroups(r.rows, 2).map((g) => [g.observation.value, g.count])).toEqual([
      [100, 4],
      [90, 2],
    ]);
    expect(distributionNotes(r, 'zh')[1]).toBe('4 家并列 100 件');
    expect(distributionNotes(r, 'en')[1]).toBe('4 agencies tied at 100 cases');
  });
});

describe('units ranked apart', () => {
  it('ranks values in a unit the catalogue does not count as comparable on their own', () => {
    // 件 is the unit of reconsideration.accepted; 项 is not comparable with it.
    const ds = smallSet([50, 40, 30, 20], (i) => (i === 0 || i === 2 ? '项' : '件'));
    const together = rankIndicator(ds, 'reconsideration.accepted');
    expect(together.rows.map((r) => r.agency.id)).toEqual(['x0', 'x1', 'x2', 'x3']);
    const apart = rankIndicator(ds, 'reconsideration.accepted', {}, { separateUnits: true });
    expect(apart.rows.map((r) => [r.agency.id, r.rank.from])).toEqual([
      ['x1', 1],
      ['x3', 2],
    ]);
    expect(apart.otherUnits.map((u) => [u.unit, u.rows.map((r) => [r.agency.id, r.rank.from])])).toEqual([
      [
        '项',
        [
          ['x0', 1],
          ['x2', 2],
        ],
      ],
    ]);
    // Still reported: the coverage counts them.
    expect(apart.coverage).toEqual({ reported: 4, of: 4 });
    // The chart view says it, so a downloaded image does too.
    const view = rankingChartView(apart, apart, { extractedAt: '2025-01-01' }, 'zh');
    expect(view.notes).toContain('另有 2 家以“项”计，单独排名');
    expect(otherUnitNotes(apart, 'en')).toEqual(['2 more agencies count in items, ranked separately']);
    const p = focusPosition(apart, 'x2');
    expect(p.status === 'ranked' && [p.unit, p.rank.from, p.total]).toEqual(['项', 2, 2]);
    // What a user downloads or cites from the view still holds the values ranked apart, their rank
    // said to be within their own unit: the CSV's first column, then the agency id.
    const csv = view.csv();
    expect(csv.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['1', 'x1'],
      ['2', 'x3'],
      ['1（项）', 'x0'],
      ['2（项）', 'x2'],
    ]);
    expect(view.citations.map((c) => c.id)).toHaveLength(4);
    // 引用 cites the view: the focused agency's value is offered first, then the others in order.
    const focused = rankingChartView(apart, apart, { extractedAt: '2025-01-01' }, 'zh', undefined, ['x2']);
    expect(focused.citations.map((c) => c.label.split(' · ')[0])).toEqual(
      [apart.otherUnits[0]!.rows[1]!, apart.rows[0]!, apart.rows[1]!, apart.otherUnits[0]!.rows[0]!].map(
        (r) => view.citations.find((c) => c.id === r.observation.id)!.label.split(' · ')[0],
      ),
    );
    expect(focused.citations[0]!.id).toBe(apart.otherUnits[0]!.rows[1]!.observation.id);
  });

  it('the bundled fixture: 22 项 of 普法活动 apart from 30 场', () => {
    const r = rankIndicator(miniDataset(), 'publicity.events', {}, { separateUnits: true });
    expect(r.rows.map((x) => x.observation.id)).toEqual(['mh-2']);
    expect(r.otherUnits.map((u) => [u.unit, u.rows.map((x) => x.observation.id)])).toEqual([
      ['项', ['ftz-3']],
    ]);
  });
});

describe('alternatives and table order', () => {
  it("says the report's other values for the indicator", () => {
    const alt = (value: number, unit: string) => ({
      value,
      unit,
      qualifier: 'exact' as const,
      text: '',
      start: 0,
      end: 0,
    });
    expect(alternativesText([alt(6, '场'), alt(3, '期')], 'zh')).toBe('同一报告还报告了：6 场、3 期');
    expect(alternativesText([alt(6, '场'), alt(3, '期')], 'en')).toMatch(/^also reported: 6 \S+, 3 \S+$/);
    expect(alternativesText([], 'zh')).toBeNull();
  });

  it('sorts by rank, name, district, type, value and change; not reported last for numbers', () => {
    const ds = smallSet([50, 40, 30, null]);
    ds.observations = ds.observations.map((o) =>
      o.agencyId === 'x2' ? { ...o, yoyPct: 12 } : o.agencyId === 'x0' ? { ...o, yoyPct: -3 } : o,
    );
    const r = rankIndicator(ds, 'reconsideration.accepted');
    const ids = (key: Parameters<typeof rankingTableRows>[1]['key'], dir: 'asc' | 'desc') =>
      rankingTableRows(r, { key, dir }, 'none', 'zh').map((row) => row.agency.id);
    expect(ids('rank', 'asc')).toEqual(['x0', 'x1', 'x2', 'x3']);
    expect(ids('rank', 'desc')).toEqual(['x2', 'x1', 'x0', 'x3']);
    expect(ids('value', 'desc')).toEqual(['x0', 'x1', 'x2', 'x3']);
    expect(ids('name', 'desc')).toEqual(['x3', 'x2', 'x1', 'x0']);
    expect(ids('district', 'asc')).toEqual(['x0', 'x1', 'x2', 'x3']);
    expect(ids('change', 'desc')).toEqual(['x2', 'x0', 'x1', 'x3']);
    expect(ids('change', 'asc')).toEqual(['x0', 'x2', 'x1', 'x3']);
    const rows = rankingTableRows(r, { key: 'rank', dir: 'asc' }, 'none', 'zh');
    expect(pageOf(rows, 'x3', 2)).toBe(1);
    expect(pageOf(rows, 'x0', 2)).toBe(0);
    expect(pageOf(rows, 'nobody', 2)).toBeNull();
  });

  it("groups by median, best group first, marking the focused agency's group", () => {
    const ds = smallSet([50, 40, 30, 20]);
    ds.agencies = ds.agencies.map((a, i) => ({ ...a, type: i < 2 ? 'justice_bureau' : 'district_gov' }));
    const r = rankIndicator(ds, 'reconsideration.accepted');
    const g = groupMedians(r, 'type', 'en', 'x3');
    expect(g.map((x) => [x.median, x.count, x.focus])).toEqual([
      [45, 2, false],
      [25, 2, true],
    ]);
  });
});
