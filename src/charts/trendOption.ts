// One indicator over the years on the indicator view: the focused and selected agencies as lines
// (gaps where a year has no value, never 0) over the median and interquartile band of the
// agencies of the same type in the filter, with the basis of that distribution said in words.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName } from '../domain/places.ts';
import type { IndicatorTrend, YearDistribution } from '../domain/yearSeries.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChartTheme, categoryColor, THEME_COLORS } from './palette.ts';
import { lineData, trendValueAxis } from './smallMultiplesOption.ts';
import { yearPointText } from './yearPointText.ts';

export interface TrendOptionOptions {
  theme?: ChartTheme;
  /** The user's own agency: drawn first and thicker, named "(关注)". */
  focus?: string | null;
}

const BAND = '#8C8C8C';

/** "筛选范围内同类机构（司法局）612 家的中位数与四分位区间；…" */
export function trendBasisText(trend: IndicatorTrend, lang: Lang): string {
  const { type, agencies } = trend.basis;
  return type === null
    ? t(lang, 'time.basisAll', { count: agencies })
    : t(lang, 'time.basis', { count: agencies, type: agencyTypeName(type, lang) });
}

/** The notes under the chart: values left out for their unit, approximate values counted as stated. */
export function trendNotes(trend: IndicatorTrend, lang: Lang): string[] {
  const excluded = trend.distribution.reduce((n, d) => n + d.incomparable, 0);
  const approximate = trend.distribution.reduce((n, d) => n + d.approximate, 0);
  const notes: string[] = [];
  if (excluded > 0) notes.push(t(lang, 'time.excluded', { count: excluded }));
  if (approximate > 0) notes.push(t(lang, 'time.approxIn', { count: approximate }));
  return notes;
}

export function trendSeriesName(
  agency: { id: string; nameZh: string; nameEn: string },
  focus: string | null | undefined,
  lang: Lang,
): string {
  const name = agencyName(agency, lang);
  return agency.id === focus ? t(lang, 'time.focusedName', { name }) : name;
}

/** Focused agency first, the others in the order asked for. */
function ordered(trend: IndicatorTrend, focus: string | null | undefined): IndicatorTrend['agencies'] {
  return [...trend.agencies].sort((a, b) => Number(b.agency.id === focus) - Number(a.agency.id === focus));
}

function statText(value: number | null, trend: IndicatorTrend, lang: Lang): string {
  return value === null
    ? '—'
    : formatValue({ value, unit: trend.indicator.unit, qualifier: 'exact' }, lang, {
        maximumFractionDigits: 1,
      });
}

function iqrText(d: YearDistribution, trend: IndicatorTrend, lang: Lang): string {
  return d.q1 === null || d.q3 === null
    ? '—'
    : `${statText(d.q1, trend, lang)} – ${statText(d.q3, trend, lang)}`;
}

export function trendAriaLabel(trend: IndicatorTrend, lang: Lang, focus?: string | null): string {
  const from = trend.years[0] ?? '—';
  const to = trend.years[trend.years.length - 1] ?? '—';
  const list = ordered(trend, focus);
  const agencies =
    list.length === 0
      ? t(lang, 'time.noneChosen')
      : list
          .map(({ agency, points }) =>
            t(lang, 'time.agencyPoints', {
              agency: trendSeriesName(agency, focus, lang),
              from,
              to,
              first: points[0] ? yearPointText(points[0], lang) : '—',
              last: points.length ? yearPointText(points[points.length - 1]!, lang) : '—',
            }),
          )
          .join(lang === 'zh' ? '；' : '; ');
  const first = trend.distribution[0];
  const last = trend.distribution[trend.distribution.length - 1];
  return t(lang, 'time.trendAria', {
    indicator: indicatorName(trend.indicator, lang),
    from,
    to,
    agencies,
    basis: trendBasisText(trend, lang),
    firstMedian: statText(first?.median ?? null, trend, lang),
    lastMedian: statText(last?.median ?? null, trend, lang),
  });
}

/** The table beside the chart (and its CSV): one row per year. */
export function trendTable(
  trend: IndicatorTrend,
  lang: Lang,
  focus?: string | null,
): { header: string[]; rows: string[][] } {
  const list = ordered(trend, focus);
  return {
    header: [
      t(lang, 'reports.year'),
      ...list.map(({ agency }) => trendSeriesName(agency, focus, lang)),
      t(lang, 'time.median'),
      t(lang, 'time.iqr'),
      t(lang, 'time.reporting'),
    ],
    rows: trend.years.map((year, i) => {
      const d = trend.distribution[i]!;
      return [
        String(year),
        ...list.map(({ points }) => yearPointText(points[i]!, lang)),
        statText(d.median, trend, lang),
        iqrText(d, trend, lang),
        String(d.count),
      ];
    }),
  };
}

export function trendOption(trend: IndicatorTrend, lang: Lang, opts: TrendOptionOptions = {}): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const list = ordered(trend, opts.focus);
  const median = t(lang, 'time.median');
  const iqr = t(lang, 'time.iqr');
  const gap = (v: number | null) => (v === null ? '-' : v);
  const agencySeries = list.map(({ agency, points }, i) => {
    const name = trendSeriesName(agency, opts.focus, lang);
    const color = categoryColor(i);
    const focused = agency.id === opts.focus;
    return {
      type: 'line',
      id: `agency-${agency.id}`,
      name,
      connectNulls: false,
      z: focused ? 4 : 3,
      itemStyle: { color },
      lineStyle: { color, width: focused ? 3.5 : 2 },
      data: lineData(points, name, lang, color, colors.notReported),
    };
  });
  return {
    aria: { enabled: true, label: { description: trendAriaLabel(trend, lang, opts.focus) } },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    legend: {
      type: 'scroll',
      top: 0,
      textStyle: { color: colors.text },
      data: [median, iqr, ...agencySeries.map((s) => s.name)],
    },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: trend.years.map(String),
      axisLabel: { color: colors.text },
      axisLine: { lineStyle: { color: colors.axisLine } },
    },
    yAxis: trendValueAxis(trend.indicator, theme),
    series: [
      // The band is the quartile range stacked on an invisible first quartile.
      {
        type: 'line',
        id: 'q1',
        name: 'q1',
        stack: 'iqr',
        silent: true,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
        data: trend.distribution.map((d) => gap(d.q1)),
      },
      {
        type: 'line',
        id: 'iqr',
        name: iqr,
        stack: 'iqr',
        silent: true,
        symbol: 'none',
        itemStyle: { color: BAND },
        lineStyle: { opacity: 0 },
        areaStyle: { color: BAND, opacity: 0.25 },
        tooltip: { show: false },
        data: trend.distribution.map((d) => (d.q1 === null || d.q3 === null ? '-' : d.q3 - d.q1)),
      },
      {
        type: 'line',
        id: 'median',
        name: median,
        symbol: 'circle',
        symbolSize: 6,
        itemStyle: { color: colors.subtleText },
        lineStyle: { color: colors.subtleText, type: 'dashed', width: 2 },
        data: trend.distribution.map((d) =>
          d.median === null
            ? '-'
            : {
                value: d.median,
                tooltip: {
                  formatter: escapeHtml(
                    `${d.year} · ${median} ${statText(d.median, trend, lang)} · ${iqr} ${iqrText(d, trend, lang)} · ${t(lang, 'time.reporting')} ${d.count}`,
                  ),
                },
              },
        ),
      },
      ...agencySeries,
    ],
  } as EChartsOption;
}
