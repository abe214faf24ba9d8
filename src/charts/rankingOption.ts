// Ranking of one indicator as a horizontal bar chart (ECharts option, pure data → object).
// Bars are split into one series per origin, overlaid on the same rows (barGap -100%), so the
// legend says which values are stated, derived, corrected by hand, imported or synthetic.
// Derived bars are lighter and hatched; approximate values get a marker at the stated value
// (▶ more than / at least, ◀ less than / at most, ◆ about / nearly) and keep their qualifier in
// the label. Agencies that do not report the indicator get a row with no bar and "未报告".
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import type { Ranking, RankRow } from '../domain/ranking.ts';
import type { Origin, Qualifier } from '../domain/types.ts';
import type { ValueProvenance } from '../domain/valueSource.ts';
import { absenceText } from '../format/absenceText.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue, NOT_REPORTED } from '../format/value.ts';
import { rankingAriaLabel } from './ariaSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { markOrigin } from './originMark.ts';
import { type ChartTheme, hatchDecal, ORIGIN_COLORS, THEME_COLORS } from './palette.ts';
import { rankLabel } from './rankLabel.ts';

// Re-exported: callers (tables next to the chart) label ranks the same way.
export { rankLabel } from './rankLabel.ts';

export interface RankingOptionOptions {
  theme?: ChartTheme;
  /** Extra decal patterns for every series (accessibility setting); derived values are always hatched. */
  decal?: boolean;
  /** Show a title with the indicator and coverage (default true; embeds may turn it off). */
  title?: boolean;
  /** Add rows for agencies that have a report but do not state the indicator (default true). */
  showNotReported?: boolean;
  /** The user's layer: file rows and local imports go to the "imported" series (originMark.ts). */
  provenance?: ValueProvenance;
  /** The user's own agency (focus=): its bar gets its own colour, a pattern and "你的机构". */
  focus?: string | null;
  /** Agencies selected for comparison: labelled in the distribution. */
  selected?: readonly string[];
}

/** The focused agency's colour: apart from every origin colour (Okabe–Ito) and from grey. */
export const FOCUS_COLOR = '#B3261E';

/** Cross-hatching of the focused bar, so it is told apart without its colour. */
function focusDecal(): Record<string, unknown> {
  return {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [2, 3],
    rotation: Math.PI / 4,
    color: 'rgba(255,255,255,0.55)',
  };
}

const ORIGIN_ORDER: readonly Origin[] = ['extracted', 'derived', 'manual', 'imported', 'synthetic'];

/** Which legend entry a value belongs to: a derived flag wins over an "extracted" origin. */
export function displayOrigin(o: { origin: Origin; derived: boolean }): Origin {
  return o.derived && o.origin === 'extracted' ? 'derived' : o.origin;
}

const MARKERS: Record<Exclude<Qualifier, 'exact'>, { symbol: string; rotate: number }> = {
  more_than: { symbol: 'triangle', rotate: -90 },
  at_least: { symbol: 'triangle', rotate: -90 },
  less_than: { symbol: 'triangle', rotate: 90 },
  at_most: { symbol: 'triangle', rotate: 90 },
  about: { symbol: 'diamond', rotate: 0 },
  nearly: { symbol: 'diamond', rotate: 0 },
};

function tooltipHtml(row: RankRow, lang: Lang, origin: Origin): string {
  const o = row.observation;
  const parts = [
    `<b>${escapeHtml(agencyName(row.agency, lang))}</b>`,
    `${escapeHtml(formatValue(o, lang))} · ${escapeHtml(t(lang, `origin.${origin}`))}`,
    escapeHtml(`${t(lang, 'indicator.rank')}: ${rankLabel(row.rank)}`),
  ];
  if (o.qualifier !== 'exact') parts.push(escapeHtml(t(lang, `qualifier.${o.qualifier}`)));
  if (o.originalValue !== null) {
    parts.push(
      escapeHtml(
        t(lang, 'origin.originalValue', { value: formatValue({ ...o, value: o.originalValue }, lang) }),
      ),
    );
  }
  if (o.evidence !== '') {
    const evidence = o.evidence.length > 80 ? `${o.evidence.slice(0, 80)}…` : o.evidence;
    parts.push(`<span style="opacity:.8">${escapeHtml(evidence)}</span>`);
  }
  return parts.join('<br/>');
}

export function rankingOption(ranking: Ranking, lang: Lang, opts: RankingOptionOptions = {}): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const notReported = opts.showNotReported === false ? [] : ranking.notReported;
  // After them, reports under review that lack it: "not found yet", never "not reported".
  const unreviewed = opts.showNotReported === false ? [] : (ranking.unreviewed ?? []);
  const focus = opts.focus ?? null;
  const mine = (id: string) => (id === focus ? `▶ ${t(lang, 'find.yours')} · ` : '');
  const categories = [
    ...ranking.rows.map((r) => `${mine(r.agency.id)}${rankLabel(r.rank)}  ${agencyName(r.agency, lang)}`),
    ...notReported.map((n) => `${mine(n.agency.id)}–  ${agencyName(n.agency, lang)}`),
    ...unreviewed.map((n) => `${mine(n.agency.id)}?  ${agencyName(n.agency, lang)}`),
  ];
  const isRate = ranking.indicator.unit === '%';
  const { provenance } = opts;
  const originOf = (o: RankRow['observation']) => (provenance ? markOrigin(o, provenance) : displayOrigin(o));
  const origins = ORIGIN_ORDER.filter((origin) =>
    ranking.rows.some((r) => originOf(r.observation) === origin),
  );

  const series: Record<string, unknown>[] = origins.map((origin) => {
    const color = ORIGIN_COLORS[origin];
    const derived = origin === 'derived';
    return {
      type: 'bar',
      id: `value-${origin}`,
      name: t(lang, `origin.${origin}`),
      barGap: '-100%',
      barMaxWidth: 28,
      itemStyle: {
        color,
        ...(derived
          ? {
              opacity: 0.75,
              borderColor: color,
              borderWidth: 1,
              borderType: 'dashed',
              decal: hatchDecal(theme),
            }
          : {}),
      },
      label: { show: true, position: 'right', color: colors.text },
      data: [
        ...ranking.rows.map((row) =>
          originOf(row.observation) === origin
            ? {
                value: row.observation.value,
                name: row.agency.id,
                label: {
                  formatter:
                    row.agency.id === focus
                      ? `${formatValue(row.observation, lang)} · ${t(lang, 'find.yours')}`
                      : formatValue(row.observation, lang),
                  ...(row.agency.id === focus ? { color: FOCUS_COLOR, fontWeight: 'bold' } : {}),
                },
                tooltip: { formatter: tooltipHtml(row, lang, origin) },
                ...(row.agency.id === focus
                  ? { itemStyle: { color: FOCUS_COLOR, borderColor: FOCUS_COLOR, decal: focusDecal() } }
                  : {}),
              }
            : '-',
        ),
        ...notReported.map(() => '-'),
        ...unreviewed.map(() => '-'),
      ],
    };
  });

  const approx = ranking.rows.flatMap((row, index) => {
    const q = row.observation.qualifier;
    if (q === 'exact') return [];
    const marker = MARKERS[q];
    return [{ value: [row.observation.value, index], symbol: marker.symbol, symbolRotate: marker.rotate }];
  });
  if (approx.length > 0) {
    series.push({
      type: 'scatter',
      id: 'approximate',
      name: t(lang, 'chart.legend.approx'),
      symbolSize: 10,
      itemStyle: { color: colors.text },
      silent: true,
      tooltip: { show: false },
      z: 3,
      data: approx,
    });
  }
  if (notReported.length > 0) {
    // A row label alone could be missed: say "not reported" where the bar would be.
    series.push({
      type: 'scatter',
      id: 'not-reported',
      name: NOT_REPORTED[lang],
      symbolSize: 0,
      silent: true,
      tooltip: { show: false },
      label: { show: true, position: 'right', formatter: NOT_REPORTED[lang], color: colors.subtleText },
      data: notReported.map((_, i) => ({ value: [0, ranking.rows.length + i] })),
    });
  }
  if (unreviewed.length > 0) {
    const label = absenceText(lang, 'unreviewed');
    series.push({
      type: 'scatter',
      id: 'unreviewed',
      name: label,
      symbolSize: 0,
      silent: true,
      tooltip: { show: false },
      label: { show: true, position: 'right', formatter: label, color: colors.subtleText },
      data: unreviewed.map((_, i) => ({ value: [0, ranking.rows.length + notReported.length + i] })),
    });
  }

  const unit = formatUnit(ranking.indicator.unit, lang);
  const option: Record<string, unknown> = {
    aria: {
      enabled: true,
      label: { description: rankingAriaLabel(ranking, lang) },
      ...(opts.decal ? { decal: { show: true } } : {}),
    },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    legend: {
      show: series.length > 1,
      bottom: 0,
      textStyle: { color: colors.text },
      data: series.filter((s) => s.id !== 'not-reported').map((s) => s.name),
    },
    tooltip: { trigger: 'item', confine: true },
    grid: {
      left: 8,
      right: 72,
      top: opts.title === false ? 8 : 56,
      bottom: series.length > 1 ? 32 : 8,
      containLabel: true,
    },
    xAxis: {
      type: 'value',
      name: unit,
      min: 0,
      ...(isRate ? { max: 100 } : {}),
      axisLine: { lineStyle: { color: colors.axisLine } },
      splitLine: { lineStyle: { color: colors.splitLine } },
      axisLabel: { color: colors.subtleText },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: colors.axisLine } },
      axisLabel: { color: colors.text, width: 240, overflow: 'truncate' },
    },
    series,
  };
  if (opts.title !== false) {
    option.title = {
      text: `${indicatorName(ranking.indicator, lang)}${ranking.year === null ? '' : ` · ${ranking.year}`}`,
      subtext: [
        t(lang, 'indicator.coverage', { reported: ranking.coverage.reported, of: ranking.coverage.of }),
        t(lang, `indicator.better.${ranking.indicator.better}`),
      ].join(' · '),
      left: 8,
      textStyle: { color: colors.text, fontSize: 15 },
      subtextStyle: { color: colors.subtleText },
    };
  }
  return option as EChartsOption;
}
