import { describe, expect, it } from 'vitest';
import { smallMultiples, sparklineOption } from '../../src/charts/smallMultiplesOption.ts';
import { trendChartView } from '../../src/charts/trendChartView.ts';
import { trendAriaLabel, trendBasisText, trendOption, trendTable } from '../../src/charts/trendOption.ts';
import { yearChangeCells } from '../../src/charts/yearChangeCells.ts';
import { computedChange } from '../../src/domain/computedChange.ts';
import { indexDataset } from '../../src/domain/datasetIndex.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import { agencySeries, indicatorTrend, seriesYears } from '../../src/domain/yearSeries.ts';
import { formatComputedChange, formatRankMovement } from '../../src/format/change.ts';
import { YEAR_OBSERVATIONS, yearsDataset } from '../fixtures/yearsDataset.ts';

const ds = yearsDataset();
const index = indexDataset(ds);
const years = seriesYears(index);
type Series = { id: string; data: unknown[] };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('small multiples of one agency', () => {
  const build = (lang: 'zh' | 'en') =>
    smallMultiples(ds.indicators, agencySeries(index, 'a', years), years, lang);

  it('draws only indicators with a value in some year and lists the rest', () => {
    const sm = build('zh');
    expect(sm.charts.map((c) => c.indicator.id)).toEqual([
      'reconsideration.accepted',
      'mediation.success_rate',
      'training.participants',
    ]);
    expect(sm.neverReported).toHaveLength(INDICATORS.length - 3);
  });

  it('states first and last year in the aria label, in both languages', () => {
    const zh = build('zh').charts[0]!;
    expect(zh.ariaLabel).toBe('受理行政复议案件：2022 年 100 件，2024 年 >120 件；3 个年份中 2 个有数值');
    const en = build('en').charts[0]!;
    expect(en.ariaLabel).toContain('100 cases in 2022, >120 cases in 2024; values in 2 of 3 years');
  });

  it('leaves a gap (not 0) for the year not reported, and draws the approximate value hollow', () => {
    const chart = build('zh').charts[0]!;
    const data = seriesOf(sparklineOption(chart, 'zh'))[0]!.data as (
      | string
      | { value: number; symbol: string }
    )[];
    expect(data[1]).toBe('-');
    expect((data[0] as { value: number }).value).toBe(100);
    expect(data[2]).toMatchObject({ value: 120, symbol: 'emptyCircle' });
    expect(JSON.stringify(data[2])).toContain('&gt;120');
    // A synthetic value says so wherever it is shown.
    const synthetic = {
      ...chart,
      points: chart.points.map((p) =>
        p.observation ? { ...p, observation: { ...p.observation, origin: 'synthetic' as const } } : p,
      ),
    };
    expect(JSON.stringify(sparklineOption(synthetic, 'zh'))).toContain('100 件（合成数据）');
  });
});

describe('indicator trend', () => {
  const trend = indicatorTrend(index, 'reconsideration.accepted', ['a', 'b'], {}, 'justice_bureau')!;

  it('says what the distribution is taken over', () => {
    expect(trendBasisText(trend, 'zh')).toContain('同类机构（司法局）3 家的中位数与四分位区间');
    expect(trendBasisText(trend, 'en')).toContain(
      'Median and interquartile range of the 3 agencies of the same type',
    );
  });

  it('draws the focused agency first and thicker, with gaps, over the median and the band', () => {
    const option = trendOption(trend, 'zh', { focus: 'b' });
    const series = seriesOf(option);
    expect(series.map((s) => s.id)).toEqual(['q1', 'iqr', 'median', 'agency-b', 'agency-a']);
    expect(series[2]!.data.map((d) => (typeof d === 'string' ? d : (d as { value: number }).value))).toEqual([
      80, 50, 90,
    ]);
    // q3 − q1 stacked on q1: 70 + 20 = 90 in 2022.
    expect(series[0]!.data[0]).toBe(70);
    expect(series[1]!.data[0]).toBe(20);
    // b has no report for 2023: a gap.
    expect(series[3]!.data[1]).toBe('-');
    expect(JSON.stringify(series[3])).toContain('乙区司法局（关注）');
  });

  it('states each agency’s first and last year and the medians in the aria label', () => {
    expect(trendAriaLabel(trend, 'zh', 'b')).toContain('乙区司法局（关注） 2022 年 80 件，2024 年 90 件');
    expect(trendAriaLabel(trend, 'en', null)).toContain('median 80 cases in 2022, 90 cases in 2024');
  });

  it('gives a table by year with "no report" where there was none', () => {
    const table = trendTable(trend, 'en', 'b');
    expect(table.header).toEqual([
      'Year',
      'Yi Justice Bureau (focused)',
      'Jia Justice Bureau',
      'Median',
      'Interquartile range',
      'Agencies reporting',
    ]);
    expect(table.rows[1]).toEqual([
      '2023',
      'no report',
      'not reported',
      '50 cases',
      '50 cases – 50 cases',
      '1',
    ]);
  });
});

describe('change and movement as the table shows them', () => {
  const rate = INDICATORS.find((i) => i.id === 'mediation.success_rate')!;
  const find = (year: number, id: string) =>
    YEAR_OBSERVATIONS.find((o) => o.agencyId === 'a' && o.year === year && o.indicator === id)!;

  it('marks a computed change as derived, in points for a rate', () => {
    const c = computedChange(
      rate,
      find(2023, 'mediation.success_rate'),
      find(2024, 'mediation.success_rate'),
    )!;
    expect(formatComputedChange(c, 'zh')).toBe('较上年 +5.5 个百分点（推算）');
    expect(formatComputedChange(c, 'en')).toBe('+5.5 pts vs previous year (derived)');
  });

  it('says why it refuses to compare 人次 with 人', () => {
    const ind = INDICATORS.find((i) => i.id === 'training.participants')!;
    const c = computedChange(ind, find(2023, 'training.participants'), find(2024, 'training.participants'))!;
    expect(formatComputedChange(c, 'zh')).toBe('较上年：单位不同（人次 / 人），不可比');
  });

  it('words movement, ranges and plurals', () => {
    expect(formatRankMovement({ low: 12, high: 12 }, 'zh')).toBe('↑ 12 位');
    expect(formatRankMovement({ low: 12, high: 12 }, 'en')).toBe('up 12 places');
    expect(formatRankMovement({ low: -1, high: -1 }, 'en')).toBe('down 1 place');
    expect(formatRankMovement({ low: 2, high: 5 }, 'zh')).toBe('↑ 2–5 位');
    expect(formatRankMovement({ low: -5, high: -2 }, 'en')).toBe('down 2–5 places');
    expect(formatRankMovement({ low: -1, high: 3 }, 'en')).toBe('between down 1 and up 3 places');
    expect(formatRankMovement({ low: 0, high: 0 }, 'zh')).toBe('名次不变');
  });

  it('gives the ranking table a cell per agency reporting both years, none otherwise', () => {
    const now = rankIndicator(ds, 'reconsideration.accepted', { year: 2024 });
    const before = rankIndicator(ds, 'reconsideration.accepted', { year: 2023 });
    const cells = yearChangeCells(now, before, 'zh');
    // Only c reports both 2023 (50, 1st of 1) and 2024 (70, 3rd of 3).
    expect([...cells.keys()]).toEqual(['c']);
    expect(cells.get('c')).toMatchObject({ changeText: '较上年 +40%（推算）', movementText: '↓ 2 位' });
    expect(yearChangeCells(now, null, 'zh').size).toBe(0);
  });
});

describe('trend chart view (downloads, citations)', () => {
  const trend = indicatorTrend(index, 'reconsideration.accepted', ['a'], {}, 'justice_bureau')!;
  const view = trendChartView(trend, 'a', index.reportById, ds.meta, 'zh');

  it('gives an empty value and its status for a year not reported, never 0', () => {
    const rows = view.csv();
    const a2023 = rows.find((r) => r[0] === 2023 && r[2] === 'a')!;
    expect(a2023[4]).toBeNull();
    expect(a2023[7]).toBe('未报告');
    expect(a2023[8]).toBe('未报告');
    const a2024 = rows.find((r) => r[0] === 2024 && r[2] === 'a')!;
    expect(a2024.slice(4, 8)).toEqual([120, '件', '多于（余、多）', '>120 件']);
    // The distribution's rows say what they are taken over and how many agencies went in.
    const median2022 = rows.find((r) => r[0] === 2022 && String(r[1]).startsWith('中位数'))!;
    expect(median2022[4]).toBe(80);
    expect(median2022.at(-1)).toBe(3);
  });

  it('cites each drawn value and keeps the qualifier legend', () => {
    expect(view.citations.map((c) => c.label)).toEqual([
      '甲区司法局（关注） · 2022 · 100 件',
      '甲区司法局（关注） · 2024 · >120 件',
    ]);
    expect(view.notes.join(' ')).toMatch(/余/);
    expect(view.notReported).toBe(true);
    expect(view.title).toBe('受理行政复议案件（2022–2024 年）');
  });
});
