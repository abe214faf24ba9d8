// Agencies × indicators heatmap: colour = position among peers (same agency type and year; at
// least three reporting, else grey and "too few peers"),
// a separate grey for reported-but-not-comparable, an empty cell with "–" for not reported, and
// hatching plus "※" for derived values, so no status rests on colour alone.
import type { EChartsOption } from 'echarts';
import type { CoverageCell, CoverageMatrix } from '../domain/coverage.ts';
import type { Lang } from '../domain/lang.ts';
import { tooFewPeers } from '../domain/peers.ts';
import { absenceText } from '../format/absenceText.ts';
import { indicatorShortName } from '../format/indicatorShortName.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatShare } from '../format/number.ts';
import { peerRankText } from '../format/rankText.ts';
import { formatValue } from '../format/value.ts';
import { coverageAriaLabel } from './ariaSummary.ts';
import { UNREVIEWED_SYMBOL } from './cellLook.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChartTheme, hatchDecal, PEER_SCALE, THEME_COLORS } from './palette.ts';
import { rankLabel } from './rankLabel.ts';

export interface CoverageOptionOptions {
  theme?: ChartTheme;
}

/** Heatmap value: percentile 0..1, -1 reported but not comparable, -2 not reported. */
export const NOT_COMPARABLE_CODE = -1;
export const NOT_REPORTED_CODE = -2;

export function coverageCode(cell: CoverageCell): number {
  if (cell.status === 'not_reported') return NOT_REPORTED_CODE;
  return cell.percentile ?? NOT_COMPARABLE_CODE;
}

function cellTooltip(matrix: CoverageMatrix, x: number, y: number, lang: Lang): string {
  const row = matrix.rows[y]!;
  const cell = row.cells[x]!;
  const lines = [
    `<b>${escapeHtml(agencyName(row.agency, lang))}</b>`,
    escapeHtml(indicatorName(matrix.indicators[x]!, lang)),
    escapeHtml(
      cell.absence === 'unreviewed'
        ? absenceText(lang, cell.absence)
        : `${formatValue(cell.observation, lang)} · ${t(lang, `coverage.status.${cell.status}`)}`,
    ),
  ];
  if (cell.position) {
    lines.push(
      escapeHtml(
        tooFewPeers(cell.position)
          ? `${t(lang, 'coverage.position')}: ${peerRankText(cell.position, lang)}`
          : `${t(lang, 'coverage.position')}: ${rankLabel(cell.position.rank)} / ${cell.position.of}${
              cell.percentile === null ? ` (${t(lang, 'coverage.notComparable')})` : ''
            }`,
      ),
    );
  }
  return lines.join('<br/>');
}

export function coverageOption(
  matrix: CoverageMatrix,
  lang: Lang,
  opts: CoverageOptionOptions = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const data = matrix.rows.flatMap((row, y) =>
    row.cells.map((cell, x) => {
      const item: Record<string, unknown> = {
        value: [x, y, coverageCode(cell)],
        tooltip: { formatter: cellTooltip(matrix, x, y, lang) },
      };
      if (cell.status === 'not_reported')
        item.label = {
          show: true,
          formatter: cell.absence === 'unreviewed' ? UNREVIEWED_SYMBOL : '–',
          color: colors.subtleText,
        };
      if (cell.status === 'derived') {
        item.label = { show: true, formatter: '※', color: colors.text };
        item.itemStyle = { decal: hatchDecal(theme) };
      }
      return item;
    }),
  );
  const share = (n: number) => formatShare(n, lang);
  return {
    aria: { enabled: true, label: { description: coverageAriaLabel(matrix, lang) } },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    grid: { left: 8, right: 8, top: 8, bottom: 72, containLabel: true },
    xAxis: {
      type: 'category',
      // Short names: cut full names left three columns reading "Reconsideration appli…"; the
      // tooltip gives the full name.
      data: matrix.indicators.map((i) => indicatorShortName(i, lang)),
      axisLabel: { rotate: 60, color: colors.text, width: 140, overflow: 'break', interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: matrix.rows.map((r) => agencyName(r.agency, lang)),
      axisLabel: { color: colors.text, width: 200, overflow: 'truncate' },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      textStyle: { color: colors.text },
      pieces: [
        {
          value: NOT_REPORTED_CODE,
          label: t(lang, 'coverage.status.not_reported'),
          color: colors.notReported,
        },
        { value: NOT_COMPARABLE_CODE, label: t(lang, 'coverage.notComparable'), color: colors.notComparable },
        {
          gte: 0,
          lt: 0.2,
          label: `${t(lang, 'coverage.worst')} ${share(0)}–${share(0.2)}`,
          color: PEER_SCALE[0],
        },
        { gte: 0.2, lt: 0.4, label: `${share(0.2)}–${share(0.4)}`, color: PEER_SCALE[1] },
        { gte: 0.4, lt: 0.6, label: `${share(0.4)}–${share(0.6)}`, color: PEER_SCALE[2] },
        { gte: 0.6, lt: 0.8, label: `${share(0.6)}–${share(0.8)}`, color: PEER_SCALE[3] },
        {
          gte: 0.8,
          lte: 1,
          label: `${share(0.8)}–${share(1)} ${t(lang, 'coverage.best')}`,
          color: PEER_SCALE[4],
        },
      ],
    },
    series: [
      {
        type: 'heatmap',
        id: 'coverage',
        itemStyle: { borderColor: colors.splitLine, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: colors.text, borderWidth: 2 } },
        data,
      },
    ],
  } as EChartsOption;
}
