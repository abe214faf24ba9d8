// A ranking too long for labelled bars (a national set: thousands of agencies) drawn whole: every
// agency as a thin bar sorted best first, no label per bar, and the focused and selected agencies
// labelled where they stand, so nobody's position depends on an arbitrary first 50. Agencies that
// did not report are not drawn (never a 0 bar); the subtitle counts them, and ties are said in
// words ("63 家并列 100%") because a flat run of bars cannot say how many share a value.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import type { Ranking } from '../domain/ranking.ts';
import type { Origin } from '../domain/types.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { positionText } from '../format/positionText.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue, NOT_REPORTED } from '../format/value.ts';
import { rankingAriaLabel } from './ariaSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChartTheme, hatchDecal, ORIGIN_COLORS, THEME_COLORS } from './palette.ts';
import { displayOrigin, FOCUS_COLOR } from './rankingOption.ts';
import { tieGroups } from './tieGroups.ts';

export interface DistributionOptions {
  theme?: ChartTheme;
  decal?: boolean;
  title?: boolean;
  focus?: string | null;
  selected?: readonly string[];
}

const ORIGIN_ORDER: readonly Origin[] = ['extracted', 'derived', 'manual', 'imported', 'synthetic'];
const SELECTED_COLOR = '#3B3B98';

/** The line under the title: coverage, direction, ties and who is not drawn. */
export function distributionNotes(ranking: Ranking, lang: Lang): string[] {
  const notes = [t(lang, 'find.distribution', { count: ranking.rows.length })];
  const ties = tieGroups(ranking.rows, 3)
    .slice(0, 3)
    .map((g) => t(lang, 'find.ties', { count: g.count, value: formatValue(g.observation, lang) }));
  if (ties.length > 0) notes.push(ties.join(lang === 'zh' ? '；' : '; '));
  if (ranking.notReported.length > 0) {
    const count = ranking.notReported.length.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
    notes.push(`${NOT_REPORTED[lang]}${lang === 'zh' ? '：' : ': '}${count}`);
  }
  return notes;
}

export function rankingDistributionOption(
  ranking: Ranking,
  lang: Lang,
  opts: DistributionOptions = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const n = ranking.rows.length;
  const isRate = ranking.indicator.unit === '%';
  const origins = ORIGIN_ORDER.filter((origin) =>
    ranking.rows.some((r) => displayOrigin(r.observation) === origin),
  );
  const positions = ranking.rows.map((_, i) => String(i + 1));
  const series: Record<string, unknown>[] = origins.map((origin) => ({
    type: 'bar',
    id: `value-${origin}`,
    name: t(lang, `origin.${origin}`),
    barGap: '-100%',
    barCategoryGap: n > 400 ? '0%' : '20%',
    large: true,
    silent: true,
    itemStyle: {
      color: ORIGIN_COLORS[origin],
      ...(origin === 'derived' ? { opacity: 0.75, decal: hatchDecal(theme) } : {}),
    },
    data: ranking.rows.map((r) => (displayOrigin(r.observation) === origin ? r.observation.value : '-')),
  }));

  const focus = opts.focus ?? null;
  const selected = new Set(opts.selected ?? []);
  const marked = ranking.rows.flatMap((row, i) => {
    const isFocus = row.agency.id === focus;
    if (!isFocus && !selected.has(row.agency.id)) return [];
    const who = isFocus ? t(lang, 'find.yours') : t(lang, 'find.selected');
    const name = agencyName(row.agency, lang);
    const text = `${who} · ${name}\n${formatValue(row.observation, lang)} · ${positionText(row.rank, n, lang)}`;
    return [
      {
        value: [String(i + 1), row.observation.value],
        name: row.agency.id,
        symbol: isFocus ? 'pin' : 'circle',
        symbolSize: isFocus ? 34 : 12,
        itemStyle: { color: isFocus ? FOCUS_COLOR : SELECTED_COLOR, borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          position: i > n * 0.6 ? 'left' : 'right',
          formatter: text,
          color: colors.text,
          backgroundColor: colors.background,
          borderColor: isFocus ? FOCUS_COLOR : SELECTED_COLOR,
          borderWidth: 1,
          padding: [3, 5],
          width: 220,
          overflow: 'break',
          ...(isFocus ? { fontWeight: 'bold' } : {}),
        },
        tooltip: {
          formatter: `<b>${escapeHtml(name)}</b><br/>${escapeHtml(formatValue(row.observation, lang))}<br/>${escapeHtml(positionText(row.rank, n, lang))}`,
        },
        z: isFocus ? 6 : 5,
      },
    ];
  });
  if (marked.length > 0) {
    const focusIndex = ranking.rows.findIndex((r) => r.agency.id === focus);
    series.push({
      type: 'scatter',
      id: 'focus',
      name: `${t(lang, 'find.yours')} / ${t(lang, 'find.selected')}`,
      z: 5,
      data: marked,
      ...(focusIndex >= 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { show: false },
              lineStyle: { color: FOCUS_COLOR, type: 'dashed', width: 1.5 },
              data: [{ xAxis: String(focusIndex + 1) }],
            },
          }
        : {}),
    });
  }

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
      data: series.map((s) => s.name),
    },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 8, right: 24, top: opts.title === false ? 28 : 112, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: positions,
      name: t(lang, 'indicator.rank'),
      nameLocation: 'middle',
      nameGap: 8,
      axisTick: { show: false },
      axisLabel: { show: false },
      axisLine: { lineStyle: { color: colors.axisLine } },
    },
    yAxis: {
      type: 'value',
      name: formatUnit(ranking.indicator.unit, lang),
      min: 0,
      ...(isRate ? { max: 100 } : {}),
      axisLine: { lineStyle: { color: colors.axisLine } },
      splitLine: { lineStyle: { color: colors.splitLine } },
      axisLabel: { color: colors.subtleText },
    },
    series,
  };
  if (opts.title !== false) {
    option.title = {
      text: `${indicatorName(ranking.indicator, lang)}${ranking.year === null ? '' : ` · ${ranking.year}`}`,
      subtext: [
        [
          t(lang, 'indicator.coverage', { reported: ranking.coverage.reported, of: ranking.coverage.of }),
          t(lang, `indicator.better.${ranking.indicator.better}`),
        ].join(' · '),
        ...distributionNotes(ranking, lang).slice(1),
      ].join('\n'),
      left: 8,
      textStyle: { color: colors.text, fontSize: 15 },
      subtextStyle: { color: colors.subtleText, width: 900, overflow: 'break' },
    };
  }
  return option as EChartsOption;
}
