// The agency profile's small multiples: one small line chart per indicator over the years. A year
// without a value is a gap in the line (ECharts draws '-' as nothing), never a 0; an approximate
// value is a hollow dot with its qualifier in the tooltip, a derived one a diamond.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import type { Indicator, Observation } from '../domain/types.ts';
import type { YearPoint } from '../domain/yearSeries.ts';
import { t } from '../format/messages.ts';
import { indicatorName } from '../format/names.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChartTheme, categoryColor, THEME_COLORS } from './palette.ts';
import { yearPointText } from './yearPointText.ts';

export interface SmallMultiple {
  indicator: Indicator;
  points: YearPoint[];
  ariaLabel: string;
}

export interface SmallMultiples {
  years: number[];
  /** Indicators with a value in at least one year, in catalogue order. */
  charts: SmallMultiple[];
  /** Indicators with no value in any year (listed, not drawn as empty charts). */
  neverReported: Indicator[];
}

/** "甲：2020 年 未报告，2024 年 >120 件；5 个年份中 3 个有数值" — what a small chart shows. */
export function sparklineAria(indicator: Indicator, points: readonly YearPoint[], lang: Lang): string {
  const first = points[0];
  const last = points[points.length - 1];
  return t(lang, 'time.sparkAria', {
    indicator: indicatorName(indicator, lang),
    first: first?.year ?? '—',
    firstValue: first ? yearPointText(first, lang) : '—',
    last: last?.year ?? '—',
    lastValue: last ? yearPointText(last, lang) : '—',
    years: points.length,
    reported: points.filter((p) => p.observation !== null).length,
  });
}

export function smallMultiples(
  indicators: readonly Indicator[],
  series: ReadonlyMap<string, readonly YearPoint[]>,
  years: readonly number[],
  lang: Lang,
): SmallMultiples {
  const charts: SmallMultiple[] = [];
  const neverReported: Indicator[] = [];
  for (const indicator of indicators) {
    const points = [...(series.get(indicator.id) ?? [])];
    if (!points.some((p) => p.observation !== null)) {
      neverReported.push(indicator);
      continue;
    }
    charts.push({ indicator, points, ariaLabel: sparklineAria(indicator, points, lang) });
  }
  return { years: [...years], charts, neverReported };
}

/** The marker of one point: hollow when approximate, a diamond when derived. */
export function pointSymbol(o: Observation): { symbol: string; symbolSize: number } {
  if (o.derived) return { symbol: 'diamond', symbolSize: 9 };
  return { symbol: o.qualifier === 'exact' ? 'circle' : 'emptyCircle', symbolSize: 7 };
}

/** The line's data: the value per year, or '-' (a gap) where there is none. */
export function lineData(
  points: readonly YearPoint[],
  label: string,
  lang: Lang,
  color: string,
  /** Inside of a hollow (approximate) point: the page's background colour. */
  hollowFill = '#FFFFFF',
): (string | Record<string, unknown>)[] {
  return points.map((p) => {
    if (!p.observation) return '-';
    const approximate = p.observation.qualifier !== 'exact';
    return {
      value: p.observation.value,
      ...pointSymbol(p.observation),
      itemStyle: approximate ? { color: hollowFill, borderColor: color, borderWidth: 2 } : { color },
      tooltip: {
        formatter: `<b>${escapeHtml(label)}</b><br/>${p.year}: ${escapeHtml(yearPointText(p, lang))}${
          approximate ? `<br/>${escapeHtml(t(lang, `qualifier.${p.observation.qualifier}`))}` : ''
        }`,
      },
    };
  });
}

/** Value axis of a trend: counts from 0, rates up to 100 (their differences stay visible). */
export function trendValueAxis(
  indicator: Pick<Indicator, 'unit'>,
  theme: ChartTheme,
): Record<string, unknown> {
  const colors = THEME_COLORS[theme];
  return {
    type: 'value',
    ...(indicator.unit === '%' ? { scale: true, max: 100 } : { min: 0 }),
    splitNumber: 2,
    axisLabel: { fontSize: 10, color: colors.subtleText },
    splitLine: { lineStyle: { color: colors.splitLine } },
  };
}

export function sparklineOption(
  chart: SmallMultiple,
  lang: Lang,
  opts: { theme?: ChartTheme } = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const color = categoryColor(0);
  const name = indicatorName(chart.indicator, lang);
  return {
    aria: { enabled: true, label: { description: chart.ariaLabel } },
    animation: false,
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 4, right: 10, top: 10, bottom: 2, containLabel: true },
    xAxis: {
      type: 'category',
      data: chart.points.map((p) => String(p.year)),
      axisTick: { show: false },
      axisLabel: { fontSize: 10, color: colors.subtleText, interval: 0 },
      axisLine: { lineStyle: { color: colors.axisLine } },
    },
    yAxis: trendValueAxis(chart.indicator, theme),
    series: [
      {
        type: 'line',
        id: 'values',
        name,
        connectNulls: false,
        lineStyle: { color, width: 2 },
        data: lineData(chart.points, name, lang, color, colors.notReported),
      },
    ],
  } as EChartsOption;
}
