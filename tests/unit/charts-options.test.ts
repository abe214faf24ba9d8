import { describe, expect, it } from 'vitest';
import { compareAriaLabel, coverageAriaLabel, rankingAriaLabel } from '../../src/charts/ariaSummary.ts';
import { compareOption, compareRadarOption, sharesOfMax } from '../../src/charts/compareOption.ts';
import { coverageCode, coverageOption } from '../../src/charts/coverageOption.ts';
import { distributionOption } from '../../src/charts/distributionOption.ts';
import { escapeHtml } from '../../src/charts/escapeHtml.ts';
import { CATEGORY_COLORS, OKABE_ITO } from '../../src/charts/palette.ts';
import { displayOrigin, rankingOption, rankLabel } from '../../src/charts/rankingOption.ts';
import { commonRows, compareAgencies } from '../../src/domain/compare.ts';
import { coverageMatrix } from '../../src/domain/coverage.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import { miniDataset, obs } from '../fixtures/miniDataset.ts';

const ds = miniDataset();
// biome-ignore lint/suspicious/noExplicitAny: options are plain objects; tests read them loosely.
type Loose = any;

describe('rankingOption', () => {
  const option: Loose = rankingOption(rankIndicator(ds, 'reconsideration.accepted'), 'zh');

  it('lists agencies best first with their rank or rank range, not-reported last', () => {
    expect(option.yAxis.data).toEqual([
      '1–2  宝山区司法局',
      '1–2  长宁区人民政府',
      '3  中国（上海）自由贸易试验区管理委员会保税区管理局',
      '4  天津港保税区',
      '–  闵行区经济委员会',
    ]);
    expect(option.yAxis.inverse).toBe(true);
  });

  it('keeps qualifiers in the labels and never draws not reported as 0', () => {
    const bars = option.series.find((s: Loose) => s.type === 'bar');
    expect(bars.data.map((d: Loose) => (d === '-' ? '-' : d.label.formatter))).toEqual([
      '932 件',
      '>930 件',
      '>50 件',
      '12 件',
      '-',
    ]);
    const notReported = option.series.find((s: Loose) => s.id === 'not-reported');
    expect(notReported.label.formatter).toBe('未报告');
    expect(notReported.symbolSize).toBe(0);
  });

  it('marks approximate values with a marker at their row', () => {
    const approx = option.series.find((s: Loose) => s.id === 'approximate');
    expect(approx.data).toEqual([
      { value: [930, 1], symbol: 'triangle', symbolRotate: -90 },
      { value: [50, 2], symbol: 'triangle', symbolRotate: -90 },
    ]);
  });

  it('puts derived values in their own hatched, lighter series', () => {
    const o: Loose = rankingOption(rankIndicator(ds, 'mediation.success_rate'), 'en');
    const ids = o.series.map((s: Loose) => s.id);
    expect(ids).toEqual(['value-extracted', 'value-derived', 'not-reported']);
    const derived = o.series[1];
    expect(derived.name).toBe('Derived');
    expect(derived.itemStyle.decal).toBeDefined();
    expect(derived.itemStyle.opacity).toBeLessThan(1);
    expect(derived.data).toEqual([
      '-',
      expect.objectContaining({ value: 85.81, label: { formatter: '85.8%' } }),
      '-',
      '-',
      '-',
    ]);
    expect(o.xAxis.max).toBe(100);
    expect(o.legend.show).toBe(true);
  });

  it('escapes HTML from the data in tooltips', () => {
    const evil = miniDataset({
      agencies: ds.agencies.map((a) =>
        a.id === 'sh-changning' ? { ...a, nameZh: '<img src=x onerror=alert(1)>' } : a,
      ),
    });
    const o: Loose = rankingOption(rankIndicator(evil, 'mediation.success_rate'), 'zh');
    const tooltip = o.series[0].data[0].tooltip.formatter as string;
    expect(tooltip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tooltip).not.toContain('<img');
  });

  it.each([
    [{ from: 1, to: 1 }, '1'],
    [{ from: 2, to: 4 }, '2–4'],
  ])('rankLabel(%o) → %s', (rank, expected) => {
    expect(rankLabel(rank)).toBe(expected);
  });

  it('shows manual corrections in their own series', () => {
    expect(displayOrigin({ origin: 'extracted', derived: true })).toBe('derived');
    expect(displayOrigin({ origin: 'manual', derived: true })).toBe('manual');
  });
});

describe('ariaSummary', () => {
  it.each([
    [
      'reconsideration.accepted',
      'zh',
      '受理行政复议案件（2024 年）：5 个机构中 4 个报告了数值。最高：宝山区司法局 932 件；最低：天津港保税区 12 件。',
    ],
    [
      'reconsideration.accepted',
      'en',
      'Reconsideration cases accepted (intake) (2024): 4 of 5 agencies report a value. Highest: Baoshan District Bureau of Justice 932 cases; lowest: Tianjin Port Free Trade Zone (Bonded Zone) 12 cases.',
    ],
    [
      'review.legal_opinions',
      'zh',
      '法律审核意见（2024 年）：5 个机构中 2 个报告了数值。最高：天津港保税区 >770 份；最低：中国（上海）自由贸易试验区管理委员会保税区管理局 >50 件。',
    ],
    ['legal_aid.cases', 'en', 'Legal aid cases (2024): no agency reports a value.'],
  ] as const)('%s (%s)', (id, lang, expected) => {
    expect(rankingAriaLabel(rankIndicator(ds, id), lang)).toBe(expected);
  });

  it('describes the comparison and the coverage matrix', () => {
    expect(compareAriaLabel(compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice']), 'zh')).toBe(
      // Changning gives no mediation counts (2), Baoshan no court appearance rate (1); those three
      // rows have one reporter each.
      '2 个机构在 5 项指标上的对比：长宁区人民政府、宝山区司法局。长宁区人民政府未报告 2 项；宝山区司法局未报告 1 项。3 项指标仅一家报告，只标数值，不画条。',
    );
    const m = coverageMatrix(
      ds,
      {},
      { indicatorIds: ['reconsideration.accepted', 'mediation.success_rate'] },
    );
    expect(coverageAriaLabel(m, 'en')).toBe(
      'Reporting by 5 agencies on 2 indicators: 6 cells have a value, 4 are not reported.',
    );
  });
});

describe('compareOption', () => {
  const c = compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice']);

  it('scales each indicator to the highest compared value and leaves gaps for not reported', () => {
    expect(
      sharesOfMax([
        obs({ id: 'x', report: 'r-cn', indicator: 'reconsideration.accepted', value: 930 }),
        null,
      ]),
    ).toEqual([100, null]);
    const o: Loose = compareOption(c, 'zh');
    // Short names on the axis (full names in the tooltips and the table).
    expect(o.yAxis.data).toEqual(['复议受理', '出庭应诉率', '受理纠纷', '调解成功', '调解成功率']);
    const [changning, baoshan] = o.series;
    // 930/932 = 99.79% → 99.8; 95.6 is the top success rate, 85.81/95.6 = 89.76% → 89.8. Rows
    // with one reporter or a missing value hold a zero-length, transparent bar carrying only text.
    expect(changning.data.map((d: Loose) => d.value)).toEqual([99.8, 0, 0, 0, 100]);
    expect(baoshan.data.map((d: Loose) => d.value)).toEqual([100, 0, 0, 0, 89.8]);
    expect(changning.data[2].label.formatter).toBe('未报告');
    expect(changning.data[1].label.formatter).toBe('100%（仅此一家报告，不画条）');
    expect(changning.data[1].itemStyle.color).toBe('transparent');
    expect(changning.data[0].label.formatter).toBe('>930 件');
    expect(baoshan.data[4].itemStyle.decal).toBeDefined();
    expect(o.series.map((s: Loose) => s.itemStyle.color)).toEqual([CATEGORY_COLORS[0], CATEGORY_COLORS[1]]);
  });

  it('radar draws only the indicators both agencies report (a gap would be drawn at 0)', () => {
    const o: Loose = compareRadarOption(c, 'en');
    // Of the five rows only reconsideration.accepted and mediation.success_rate have both values.
    expect(o.radar.indicator.map((i: Loose) => i.name)).toEqual([
      'Reconsideration cases accepted (intake)',
      'Mediation success rate',
    ]);
    const [changning, baoshan] = o.series[0].data;
    expect(changning.value).toEqual([99.8, 100]);
    expect(baoshan.value).toEqual([100, 89.8]);
    // The tooltip gives the values as reported, with their qualifier, not the drawn shares.
    expect(changning.tooltip.formatter).toContain('&gt;930');
    expect(o.aria.label.description).toContain('2 indicators');
  });

  it('radar of agencies with nothing in common has no axes and no points', () => {
    const none = compareAgencies(
      ds,
      ['sh-changning', 'sh-baoshan-justice'],
      {},
      {
        indicatorIds: ['mediation.accepted', 'litigation.head_appearance_rate'],
      },
    );
    const o: Loose = compareRadarOption(none, 'zh');
    expect(o.radar.indicator).toEqual([]);
    expect(o.series[0].data.every((d: Loose) => d.value.length === 0)).toBe(true);
    expect(commonRows(none).rows).toEqual([]);
  });
});

describe('coverageOption', () => {
  it('codes cells: percentile, -1 not comparable, -2 not reported; derived hatched', () => {
    const m = coverageMatrix(
      ds,
      {},
      { indicatorIds: ['reconsideration.accepted', 'mediation.success_rate'] },
    );
    expect(m.rows.map((r) => r.cells.map(coverageCode))).toEqual([
      [-1, -2],
      [-1, -2],
      [-1, -1],
      [-1, -1],
      [-2, -2],
    ]);
    const o: Loose = coverageOption(m, 'zh');
    const derived = o.series[0].data.find((d: Loose) => d.value[0] === 1 && d.value[1] === 2);
    expect(derived.label.formatter).toBe('※');
    expect(derived.itemStyle.decal).toBeDefined();
    const missing = o.series[0].data.find((d: Loose) => d.value[0] === 1 && d.value[1] === 0);
    expect(missing.label.formatter).toBe('–');
    expect(o.visualMap.pieces[0]).toMatchObject({ value: -2, label: '未报告' });
  });
});

describe('distributionOption and palette', () => {
  it('plots one dot per reporting agency by type, hollow when approximate', () => {
    const o: Loose = distributionOption(rankIndicator(ds, 'reconsideration.accepted'), 'en');
    expect(o.yAxis.data).toEqual([
      'District government',
      'Justice bureau',
      'Zone / free-trade-zone administration',
    ]);
    expect(o.series[0].data.map((d: Loose) => [d.value, d.itemStyle.color])).toEqual([
      [[932, 1], CATEGORY_COLORS[1]],
      [[930, 0], 'transparent'],
      [[50, 2], 'transparent'],
      [[12, 2], CATEGORY_COLORS[2]],
    ]);
  });

  it('uses the Okabe–Ito colours and escapes HTML', () => {
    expect(CATEGORY_COLORS[0]).toBe(OKABE_ITO.blue);
    expect(new Set(CATEGORY_COLORS).size).toBe(CATEGORY_COLORS.length);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
