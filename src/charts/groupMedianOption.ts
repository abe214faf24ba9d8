// 分组 (group=) on the ranking chart: one bar per region, district or agency type at the median of
// its agencies' values, labelled with how many agencies it holds, best group first; the focused
// agency's group is marked. Groups of agencies that did not report are not drawn (never a 0 bar).
// Past 60 groups (645 districts) the bars are thin and unlabelled, the focused group labelled.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import type { Ranking } from '../domain/ranking.ts';
import type { GroupBy } from '../domain/tableOrder.ts';
import { groupLabel } from '../format/groupLabel.ts';
import { t } from '../format/messages.ts';
import { indicatorName } from '../format/names.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue } from '../format/value.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChartTheme, ORIGIN_COLORS, THEME_COLORS } from './palette.ts';
import { FOCUS_COLOR } from './rankingOption.ts';

export interface GroupMedian {
  label: string;
  median: number;
  count: number;
  /** Some value of the group is approximate (its median is then approximate too). */
  approximate: boolean;
  focus: boolean;
}

/** Labelled bars up to this many groups; beyond, a thin-bar distribution. */
export const GROUP_BARS_MAX = 60;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function groupMedians(
  ranking: Ranking,
  group: GroupBy,
  lang: Lang,
  focus: string | null,
): GroupMedian[] {
  const byGroup = new Map<string, { values: number[]; approximate: boolean; focus: boolean }>();
  for (const r of ranking.rows) {
    const label = groupLabel(r.agency, group, lang);
    let g = byGroup.get(label);
    if (!g) {
      g = { values: [], approximate: false, focus: false };
      byGroup.set(label, g);
    }
    g.values.push(r.observation.value);
    if (r.observation.qualifier !== 'exact') g.approximate = true;
    if (r.agency.id === focus) g.focus = true;
  }
  const sign = ranking.order === 'desc' ? -1 : 1;
  return [...byGroup]
    .map(([label, g]) => ({
      label,
      median: median(g.values),
      count: g.values.length,
      approximate: g.approximate,
      focus: g.focus,
    }))
    .sort((a, b) => sign * (a.median - b.median) || b.count - a.count || (a.label < b.label ? -1 : 1));
}

export function groupMedianOption(
  ranking: Ranking,
  groups: readonly GroupMedian[],
  group: GroupBy,
  lang: Lang,
  opts: { theme?: ChartTheme; title?: boolean; decal?: boolean } = {},
): EChartsOption {
  const colors = THEME_COLORS[opts.theme ?? 'light'];
  const unit = ranking.indicator.unit;
  const value = (g: GroupMedian) =>
    formatValue(
      { value: g.median, unit, qualifier: g.approximate ? 'about' : 'exact', derived: unit === '%' },
      lang,
    );
  const labelled = groups.length <= GROUP_BARS_MAX;
  const groupName = t(lang, `filters.group.${group}`);
  const isRate = unit === '%';
  const data = groups.map((g) => ({
    value: g.median,
    name: g.label,
    itemStyle: { color: g.focus ? FOCUS_COLOR : ORIGIN_COLORS.extracted },
    label: {
      show: labelled || g.focus,
      formatter: `${g.focus ? `${t(lang, 'find.yours')} · ` : ''}${labelled ? '' : `${g.label} · `}${t(lang, 'find.groupMedian', { value: value(g), count: g.count })}`,
      ...(g.focus ? { color: FOCUS_COLOR, fontWeight: 'bold' } : {}),
    },
    tooltip: {
      formatter: `<b>${escapeHtml(g.label)}</b><br/>${escapeHtml(t(lang, 'find.groupMedian', { value: value(g), count: g.count }))}`,
    },
  }));
  const valueAxis = {
    type: 'value',
    name: formatUnit(unit, lang),
    min: 0,
    ...(isRate ? { max: 100 } : {}),
    axisLine: { lineStyle: { color: colors.axisLine } },
    splitLine: { lineStyle: { color: colors.splitLine } },
    axisLabel: { color: colors.subtleText },
  };
  const categoryAxis = {
    type: 'category',
    data: groups.map((g) => (g.focus ? `▶ ${g.label}` : g.label)),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: colors.axisLine } },
    axisLabel: labelled ? { color: colors.text, width: 200, overflow: 'truncate' } : { show: false },
    ...(labelled ? { inverse: true } : {}),
  };
  const option: Record<string, unknown> = {
    aria: { enabled: true, ...(opts.decal ? { decal: { show: true } } : {}) },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    grid: {
      left: 8,
      right: labelled ? 150 : 24,
      top: opts.title === false ? 16 : 64,
      bottom: 16,
      containLabel: true,
    },
    xAxis: labelled ? valueAxis : categoryAxis,
    yAxis: labelled ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        id: 'group-median',
        name: groupName,
        barMaxWidth: 24,
        ...(labelled ? {} : { barCategoryGap: '10%' }),
        label: { position: labelled ? 'right' : 'top', color: colors.text },
        data,
      },
    ],
  };
  if (opts.title !== false) {
    option.title = {
      text: `${indicatorName(ranking.indicator, lang)}${ranking.year === null ? '' : ` · ${ranking.year}`}`,
      subtext: t(lang, 'find.groupChart', { group: groupName, count: groups.length }),
      left: 8,
      textStyle: { color: colors.text, fontSize: 15 },
      subtextStyle: { color: colors.subtleText },
    };
  }
  return option as EChartsOption;
}
