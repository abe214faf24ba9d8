// Distribution of one indicator's values by agency type: a strip plot, one dot per agency.
// Approximate values use a hollow dot so they are not read as exact.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName } from '../domain/places.ts';
import type { Ranking } from '../domain/ranking.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue } from '../format/value.ts';
import { rankingAriaLabel } from './ariaSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChartTheme, categoryColor, THEME_COLORS } from './palette.ts';

export interface DistributionOptionOptions {
  theme?: ChartTheme;
}

export function distributionOption(
  ranking: Ranking,
  lang: Lang,
  opts: DistributionOptionOptions = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const types = [...new Set(ranking.rows.map((r) => r.agency.type))].sort();
  return {
    aria: { enabled: true, label: { description: rankingAriaLabel(ranking, lang) } },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      name: formatUnit(ranking.indicator.unit, lang),
      min: 0,
      ...(ranking.indicator.unit === '%' ? { max: 100 } : {}),
      splitLine: { lineStyle: { color: colors.splitLine } },
      axisLabel: { color: colors.subtleText },
    },
    yAxis: {
      type: 'category',
      data: types.map((type) => agencyTypeName(type, lang)),
      axisLabel: { color: colors.text },
    },
    series: [
      {
        type: 'scatter',
        id: 'distribution',
        name: indicatorName(ranking.indicator, lang),
        symbolSize: 12,
        data: ranking.rows.map((row) => {
          const approximate = row.observation.qualifier !== 'exact';
          const color = categoryColor(types.indexOf(row.agency.type));
          return {
            value: [row.observation.value, types.indexOf(row.agency.type)],
            itemStyle: approximate ? { color: 'transparent', borderColor: color, borderWidth: 2 } : { color },
            tooltip: {
              formatter: `<b>${escapeHtml(agencyName(row.agency, lang))}</b><br/>${escapeHtml(formatValue(row.observation, lang))}`,
            },
          };
        }),
      },
    ],
  } as EChartsOption;
}
