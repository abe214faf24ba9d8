// Agencies side by side. Indicators have different units and scales (932 cases next to 95.6%),
// so each bar is the value as a share of the highest value among the compared agencies on that
// indicator; the label shows the value itself with its qualifier. Where an agency gives no value
// the bar's place says so in words ("未报告"), never a gap that reads as 0. A bar only means
// something beside another: an indicator only one agency reports gets its value and "仅此一家报告"
// instead of a full-length bar, and with one agency nothing is drawn but a prompt for a second.
import type { EChartsOption } from 'echarts';
import { type Comparison, commonRows } from '../domain/compare.ts';
import type { Lang } from '../domain/lang.ts';
import type { Observation } from '../domain/types.ts';
import { NO_PROVENANCE, type ValueProvenance } from '../domain/valueSource.ts';
import { indicatorShortName } from '../format/indicatorShortName.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';
import { compareAriaLabel } from './ariaSummary.ts';
import { compareAbsentText } from './compareAbsence.ts';
import { escapeHtml } from './escapeHtml.ts';
import { originMark } from './originMark.ts';
import { type ChartTheme, categoryColor, hatchDecal, seriesDecal, THEME_COLORS } from './palette.ts';

export interface CompareOptionOptions {
  theme?: ChartTheme;
  decal?: boolean;
  /** The user's layer: imported and hand-corrected bars are marked (originMark.ts). */
  provenance?: ValueProvenance;
}

/** Bars at least this long (% of the highest) show their value inside the bar. */
export const INSIDE_LABEL_SHARE = 55;
const INSIDE_LABEL = {
  position: 'insideRight',
  color: '#ffffff',
  textBorderColor: 'rgba(0, 0, 0, 0.75)',
  textBorderWidth: 2,
} as const;

/** Pixel height of one legend line (one agency); the plot starts below them all. */
export const COMPARE_LEGEND_LINE = 20;
export function compareLegendHeight(agencies: number): number {
  return agencies * COMPARE_LEGEND_LINE + 12;
}

/** Agencies a comparison needs before anything is drawn (one agency compares with nothing). */
export const MIN_COMPARED = 2;

/** Each value as a percentage (one decimal) of the highest among the row's values; null stays null. */
export function sharesOfMax(values: readonly (Observation | null)[]): (number | null)[] {
  const max = Math.max(0, ...values.map((v) => (v ? v.value : 0)));
  return values.map((v) => (v === null ? null : max === 0 ? 0 : Math.round((v.value / max) * 1000) / 10));
}

/**
 * How one agency's cell of a row is drawn: a bar of `share` % when at least two agencies report
 * the indicator; 'only' (the value labelled, no bar) when this agency is the only one; 'absent'
 * (the not-reported text at the bar's place) when it gives no value.
 */
export type CompareCell =
  | { kind: 'bar'; observation: Observation; share: number }
  | { kind: 'only'; observation: Observation }
  | { kind: 'absent' };

export function compareRowCells(values: readonly (Observation | null)[]): CompareCell[] {
  const reported = values.filter((v) => v !== null).length;
  const shares = sharesOfMax(values);
  return values.map((o, i): CompareCell => {
    if (o === null) return { kind: 'absent' };
    if (reported < MIN_COMPARED) return { kind: 'only', observation: o };
    return { kind: 'bar', observation: o, share: shares[i] ?? 0 };
  });
}

/** The shares the bars draw (null where no bar is drawn: not reported, or the only reporter). */
export function drawnShares(values: readonly (Observation | null)[]): (number | null)[] {
  return compareRowCells(values).map((c) => (c.kind === 'bar' ? c.share : null));
}

/** Full bars of one agency against itself would say nothing: nothing drawn, a prompt instead. */
function pickSecondOption(aria: object, theme: ChartTheme, lang: Lang): EChartsOption {
  const colors = THEME_COLORS[theme];
  return {
    aria,
    backgroundColor: colors.background,
    title: {
      text: t(lang, 'compare.pickSecond'),
      left: 'center',
      top: 'middle',
      textStyle: { color: colors.text, fontSize: 14, fontWeight: 'normal', width: 260, overflow: 'break' },
    },
    series: [],
  } as EChartsOption;
}

function cellTooltip(agency: string, indicator: string, text: string): string {
  return `<b>${escapeHtml(agency)}</b><br/>${escapeHtml(indicator)}: ${escapeHtml(text)}`;
}

function originText(o: Observation, lang: Lang): string {
  return o.derived || o.origin !== 'extracted'
    ? ` · ${t(lang, `origin.${o.derived && o.origin === 'extracted' ? 'derived' : o.origin}`)}`
    : '';
}

export function compareOption(
  comparison: Comparison,
  lang: Lang,
  opts: CompareOptionOptions = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const aria = {
    enabled: true,
    label: { description: compareAriaLabel(comparison, lang) },
    ...(opts.decal ? { decal: { show: true } } : {}),
  };
  if (comparison.agencies.length < MIN_COMPARED) return pickSecondOption(aria, theme, lang);
  const cells = comparison.rows.map((row) => compareRowCells(row.values));
  // A zero-length bar draws nothing; it only holds a label at the place of the agency's bar.
  const textOnly = (formatter: string, color: string, fontStyle: 'normal' | 'italic') => ({
    value: 0,
    itemStyle: { color: 'transparent', borderWidth: 0, decal: undefined },
    label: { show: true, position: 'right', formatter, color, fontStyle },
  });
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
        const cell = cells[r]![a]!;
        const indicator = indicatorName(row.indicator, lang);
        if (cell.kind === 'absent') {
          const text = compareAbsentText(row.absences?.[a], lang);
          return {
            ...textOnly(text, colors.subtleText, 'italic'),
            tooltip: { formatter: cellTooltip(name, indicator, text) },
          };
        }
        const o = cell.observation;
        const value = formatValue(o, lang);
        const tooltip = { formatter: cellTooltip(name, indicator, value + originText(o, lang)) };
        if (cell.kind === 'only') {
          const text = t(lang, 'compare.onlyReporterValue', { value });
          return {
            ...textOnly(text, colors.text, 'normal'),
            tooltip: {
              formatter: cellTooltip(
                name,
                indicator,
                `${value + originText(o, lang)} · ${t(lang, 'compare.onlyReporter')}`,
              ),
            },
          };
        }
        // provenance: an imported or hand-corrected value says so on its bar and is patterned.
        const mark = originMark(o, opts.provenance ?? NO_PROVENANCE);
        const marked = !o.derived && mark.decal !== null && mark.labelKey !== null;
        const labelText = `${value}${marked ? ` (${t(lang, mark.labelKey!)})` : ''}`;
        return {
          value: cell.share,
          // A long bar carries its label inside (outlined, readable on any bar colour): beyond its
          // end it would be cut off at the chart's edge on a phone.
          label:
            cell.share >= INSIDE_LABEL_SHARE
              ? { formatter: labelText, ...INSIDE_LABEL }
              : { formatter: labelText },
          tooltip,
          ...(o.derived ? { itemStyle: { opacity: 0.75, decal: hatchDecal(theme) } } : {}),
          ...(marked ? { itemStyle: { opacity: mark.opacity, decal: mark.decal } } : {}),
        };
      }),
    };
  });
  return {
    aria,
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    // One agency per line, above the plot: a wrapped row of long names ran into the bars on a
    // phone. Names too long for the line are shortened there (the full name on hover, in the
    // chips above and in the table).
    legend: {
      top: 0,
      left: 0,
      orient: 'vertical',
      itemGap: COMPARE_LEGEND_LINE - 14,
      itemHeight: 14,
      textStyle: { color: colors.text, width: 560, overflow: 'truncate' },
      tooltip: { show: true },
      data: series.map((s) => s.name),
    },
    tooltip: { trigger: 'item', confine: true },
    // Labels and the axis title inside the chart: a title below the plot was cut off.
    grid: {
      left: 8,
      right: 96,
      top: compareLegendHeight(comparison.agencies.length),
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: t(lang, 'chart.compare.axis'),
      nameLocation: 'middle',
      nameGap: 28,
      // Wrapped, never cut: 200 px fits the narrowest plot (a 320 px phone).
      nameTextStyle: { color: colors.text, width: 200, overflow: 'break', align: 'center' },
      axisLabel: { color: colors.subtleText, formatter: '{value}%' },
      splitLine: { lineStyle: { color: colors.splitLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      // Short names fit the axis at any width without being cut; the tooltip and the table below
      // give the full names.
      data: comparison.rows.map((row) => indicatorShortName(row.indicator, lang)),
      axisTick: { show: false },
      axisLabel: { color: colors.text, width: 200, overflow: 'break' },
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
  const aria = {
    enabled: true,
    label: { description: compareAriaLabel(comparison, lang) },
    ...(opts.decal ? { decal: { show: true } } : {}),
  };
  if (comparison.agencies.length < MIN_COMPARED) return pickSecondOption(aria, theme, lang);
  return {
    aria,
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
