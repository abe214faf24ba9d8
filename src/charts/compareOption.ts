// Agencies side by side. Indicators have different units and scales (932 cases next to 95.6%),
// so each bar is the value as a share of the highest value among the compared agencies on that
// indicator; the label shows the value itself with its qualifier. Not reported = no bar ('-'),
// never 0.
import type { EChartsOption } from 'echarts';
import type { Absence } from '../domain/absence.ts';
import { type Comparison, commonRows } from '../domain/compare.ts';
import type { Lang } from '../domain/lang.ts';
import type { Observation } from '../domain/types.ts';
import { NO_PROVENANCE, type ValueProvenance } from '../domain/valueSource.ts';
import { absenceText } from '../format/absenceText.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';
import { compareAriaLabel } from './ariaSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { originMark } from './originMark.ts';
import { type ChartTheme, categoryColor, hatchDecal, seriesDecal, THEME_COLORS } from './palette.ts';

export interface CompareOptionOptions {
  theme?: ChartTheme;
  decal?: boolean;
  /** The user's layer: imported and hand-corrected bars are marked (originMark.ts). */
  provenance?: ValueProvenance;
}

/** Each value as a percentage (one decimal) of the highest among the row's values; null stays null. */
export function sharesOfMax(values: readonly (Observation | null)[]): (number | null)[] {
  const max = Math.max(0, ...values.map((v) => (v ? v.value : 0)));
  return values.map((v) => (v === null ? null : max === 0 ? 0 : Math.round((v.value / max) * 1000) / 10));
}

function cellTooltip(
  agency: string,
  indicator: string,
  o: Observation | null,
  lang: Lang,
  absence: Absence | null = null,
): string {
  const value = o ? formatValue(o, lang) : absenceText(lang, absence);
  const origin =
    o && (o.derived || o.origin !== 'extracted')
      ? ` · ${t(lang, `origin.${o.derived && o.origin === 'extracted' ? 'derived' : o.origin}`)}`
      : '';
  return `<b>${escapeHtml(agency)}</b><br/>${escapeHtml(indicator)}: ${escapeHtml(value + origin)}`;
}

export function compareOption(
  comparison: Comparison,
  lang: Lang,
  opts: CompareOptionOptions = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const shares = comparison.rows.map((row) => sharesOfMax(row.values));
  const series = comparison.agencies.map((agency, a) => {
    const name = agencyName(agency, lang);
    return {
      type: 'bar',
      id: `agency-${agency.id}`,
      name,
      barMaxWidth: 18,
      itemStyle: { color: categoryColor(a), ...(opts.decal ? { decal: seriesDecal(a, theme) } : {}) },
      label: { show: true, position: 'right', color: colors.text, fontSize: 11 },
      data: comparison.rows.map((row, r) => {
        const o = row.values[a] ?? null;
        const share = shares[r]![a];
        const tooltip = {
          formatter: cellTooltip(name, indicatorName(row.indicator, lang), o, lang, row.absences?.[a]),
        };
        if (o === null || share === null || share === undefined) return { value: '-', tooltip };
        // provenance: an imported or hand-corrected value says so on its bar and is patterned.
        const mark = originMark(o, opts.provenance ?? NO_PROVENANCE);
        const marked = !o.derived && mark.decal !== null && mark.labelKey !== null;
        return {
          value: share,
          label: {
            formatter: `${formatValue(o, lang)}${marked ? ` (${t(lang, mark.labelKey!)})` : ''}`,
          },
          tooltip,
          ...(o.derived ? { itemStyle: { opacity: 0.75, decal: hatchDecal(theme) } } : {}),
          ...(marked ? { itemStyle: { opacity: mark.opacity, decal: mark.decal } } : {}),
        };
      }),
    };
  });
  return {
    aria: {
      enabled: true,
      label: { description: compareAriaLabel(comparison, lang) },
      ...(opts.decal ? { decal: { show: true } } : {}),
    },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    legend: { top: 0, textStyle: { color: colors.text }, data: series.map((s) => s.name) },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 8, right: 96, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: t(lang, 'chart.compare.axis'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: colors.subtleText, formatter: '{value}%' },
      splitLine: { lineStyle: { color: colors.splitLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: comparison.rows.map((row) => indicatorName(row.indicator, lang)),
      axisTick: { show: false },
      axisLabel: { color: colors.text, width: 200, overflow: 'truncate' },
    },
    series,
  } as EChartsOption;
}

/**
 * The same comparison as a radar: one axis per indicator that every compared agency reports,
 * 0–100% of the highest. Rows with a gap are left out (see commonRows): ECharts would draw a
 * missing value at the centre, the place of 0.
 */
export function compareRadarOption(
  full: Comparison,
  lang: Lang,
  opts: CompareOptionOptions = {},
): EChartsOption {
  const comparison = commonRows(full);
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const shares = comparison.rows.map((row) => sharesOfMax(row.values));
  return {
    aria: {
      enabled: true,
      label: { description: compareAriaLabel(comparison, lang) },
      ...(opts.decal ? { decal: { show: true } } : {}),
    },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    legend: { top: 0, textStyle: { color: colors.text } },
    tooltip: { trigger: 'item', confine: true },
    radar: {
      indicator: comparison.rows.map((row) => ({
        name: indicatorName(row.indicator, lang),
        min: 0,
        max: 100,
      })),
      axisName: { color: colors.text, width: 120, overflow: 'break' },
      splitLine: { lineStyle: { color: colors.splitLine } },
    },
    series: [
      {
        type: 'radar',
        id: 'compare',
        data: comparison.agencies.map((agency, a) => {
          const name = agencyName(agency, lang);
          // The tooltip gives the values as reported (with qualifiers), not the shares drawn.
          const lines = comparison.rows.map(
            (row) =>
              `${escapeHtml(indicatorName(row.indicator, lang))}: ${escapeHtml(formatValue(row.values[a]!, lang))}`,
          );
          return {
            name,
            // Every row here is reported by every agency, so no share is null.
            value: comparison.rows.map((_, r) => shares[r]![a] as number),
            tooltip: { formatter: `<b>${escapeHtml(name)}</b><br/>${lines.join('<br/>')}` },
            lineStyle: { color: categoryColor(a), type: a % 2 === 0 ? 'solid' : 'dashed' },
            itemStyle: { color: categoryColor(a), ...(opts.decal ? { decal: seriesDecal(a, theme) } : {}) },
            areaStyle: { opacity: opts.decal ? 0.3 : 0.08 },
          };
        }),
      },
    ],
  } as EChartsOption;
}
