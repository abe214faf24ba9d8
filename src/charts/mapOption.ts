// One indicator on a district map (choropleth): a colour-blind-safe sequential scale (viridis) for
// the districts with a value, grey with diagonal hatching for "not reported" (never the colour of a
// low value), and a pale fill for districts with no agency or report. The legend lists all three.
// When a district's colour is the median of several agencies, the tooltip and table say so.
import type { EChartsOption } from 'echarts';
import type { DistrictCell, DistrictMapData } from '../domain/districtMap.ts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import type { Indicator, Qualifier } from '../domain/types.ts';
import { NO_PROVENANCE, type ValueProvenance } from '../domain/valueSource.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatNumber } from '../format/number.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue } from '../format/value.ts';
import { mapAriaLabel } from './ariaSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { originMark } from './originMark.ts';
import { type ChartTheme, type Decal, seriesDecal, THEME_COLORS } from './palette.ts';

/** Name each region's map is registered under (ECharts registerMap). */
export const MAP_NAMES: Readonly<Record<string, string>> = {
  上海市: 'fazhi-shanghai',
  天津市: 'fazhi-tianjin',
};

/** Viridis in five steps, light (low) → dark (high): ordered by lightness, safe for colour blindness. */
export const MAP_SCALE: readonly string[] = ['#FDE725', '#5DC863', '#21908C', '#3B528B', '#440154'];

/** Codes for the districts without a value, below every real value (values are never negative). */
export const NOT_REPORTED_CODE = -1;
export const NO_DATA_CODE = -2;

export const MAP_STATUS_COLORS: Readonly<Record<ChartTheme, { notReported: string; noData: string }>> = {
  light: { notReported: '#A6A6A6', noData: '#F4F4F4' },
  dark: { notReported: '#7A7A7A', noData: '#2B2B2B' },
};

/** Dark diagonal stripes over the grey of "not reported". */
export function notReportedDecal(theme: ChartTheme = 'light'): Decal {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: theme === 'dark' ? 'rgba(255, 255, 255, 0.55)' : 'rgba(0, 0, 0, 0.45)',
    dashArrayX: [1, 0],
    dashArrayY: [2, 3],
    rotation: -Math.PI / 4,
  };
}

export interface MapBin {
  /** Inclusive lower bound. */
  min: number;
  /** Upper bound: inclusive for the last bin, exclusive otherwise; equal to min for a one-value bin. */
  max: number;
  label: string;
  color: string;
}

function numberText(value: number, lang: Lang): string {
  return formatNumber(value, lang, { maximumFractionDigits: value !== 0 && Math.abs(value) < 10 ? 2 : 1 });
}

/**
 * Colour bins for the stated values: one per distinct value when there are at most five, else
 * five equal ranges from the lowest to the highest value. Colours spread over the whole scale.
 */
export function mapBins(values: readonly number[], unit: string, lang: Lang): MapBin[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  const u = unit === '%' ? '%' : ` ${formatUnit(unit, lang)}`;
  // One value takes the middle of the scale (readable on light and dark pages alike).
  const colorAt = (i: number, n: number) =>
    MAP_SCALE[
      n === 1 ? Math.floor(MAP_SCALE.length / 2) : Math.round((i * (MAP_SCALE.length - 1)) / (n - 1))
    ]!;
  if (distinct.length <= MAP_SCALE.length) {
    return distinct.map((v, i) => ({
      min: v,
      max: v,
      label: `${numberText(v, lang)}${u}`,
      color: colorAt(i, distinct.length),
    }));
  }
  const lo = distinct[0]!;
  const hi = distinct[distinct.length - 1]!;
  const k = MAP_SCALE.length;
  return Array.from({ length: k }, (_, i) => {
    const min = lo + ((hi - lo) * i) / k;
    const max = i === k - 1 ? hi : lo + ((hi - lo) * (i + 1)) / k;
    return { min, max, label: `${numberText(min, lang)}–${numberText(max, lang)}${u}`, color: MAP_SCALE[i]! };
  });
}

/** Index of the bin a value falls in (-1 when none). */
export function binIndex(bins: readonly MapBin[], value: number): number {
  return bins.findIndex((b, i) =>
    b.min === b.max
      ? value === b.min
      : value >= b.min && (i === bins.length - 1 ? value <= b.max : value < b.max),
  );
}

/**
 * The value a district is coloured by, as shown on the map: the one agency's value with its
 * qualifier, or the median of several (≈ when any of them is approximate). Status text otherwise.
 */
export function districtShortValue(
  cell: DistrictCell,
  indicator: Pick<Indicator, 'unit'>,
  lang: Lang,
): string {
  if (cell.status !== 'reported' || cell.value === null) return t(lang, `map.status.${cell.status}`);
  if (cell.aggregate === 'single') return formatValue(cell.rows[0]!.observation, lang);
  const approximate = cell.rows.some((r) => r.observation.qualifier !== 'exact');
  const qualifier: Qualifier = approximate ? 'about' : 'exact';
  return formatValue({ value: cell.value, unit: indicator.unit, qualifier }, lang);
}

/** districtShortValue plus, for a median, what it is the median of. */
export function districtValueText(
  cell: DistrictCell,
  indicator: Pick<Indicator, 'unit'>,
  lang: Lang,
): string {
  const short = districtShortValue(cell, indicator, lang);
  return cell.aggregate === 'median' ? `${short} (${t(lang, 'map.median', { n: cell.rows.length })})` : short;
}

/** "Justice bureaus" or "every agency type" — what the map shows. */
export function mapTypeLabel(type: string, lang: Lang): string {
  return type === 'all' ? t(lang, 'map.allTypes') : agencyTypeName(type, lang);
}

function tooltipHtml(cell: DistrictCell, data: DistrictMapData, lang: Lang): string {
  const lines = [
    `<b>${escapeHtml(placeName(cell.district, lang))}</b>`,
    escapeHtml(districtValueText(cell, data.ranking.indicator, lang)),
  ];
  for (const row of cell.rows.slice(0, 8)) {
    lines.push(escapeHtml(`${agencyName(row.agency, lang)}: ${formatValue(row.observation, lang)}`));
  }
  if (cell.rows.length > 8) lines.push(`… +${cell.rows.length - 8}`);
  for (const a of cell.notReported.slice(0, 4)) {
    lines.push(escapeHtml(`${agencyName(a, lang)}: ${t(lang, 'value.notReported')}`));
  }
  return lines.join('<br/>');
}

export interface MapOptionOptions {
  theme?: ChartTheme;
  /** Decal patterns on the value bins too (accessibility setting). */
  decal?: boolean;
  /** Title with indicator, year, region and type (default true). */
  title?: boolean;
  /** The user's layer: a district whose value rests on an imported or corrected value is marked. */
  provenance?: ValueProvenance;
}

export function mapOption(data: DistrictMapData, lang: Lang, opts: MapOptionOptions = {}): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const status = MAP_STATUS_COLORS[theme];
  const indicator = data.ranking.indicator;
  const bins = mapBins(
    data.districts.flatMap((c) => (c.value === null ? [] : [c.value])),
    indicator.unit,
    lang,
  );
  const withTitle = opts.title !== false;
  const seriesData = data.districts.map((cell) => {
    const item: Record<string, unknown> = {
      name: cell.district,
      tooltip: { formatter: tooltipHtml(cell, data, lang) },
    };
    if (cell.status === 'reported' && cell.value !== null) {
      item.value = cell.value;
      const bin = binIndex(bins, cell.value);
      if (opts.decal) item.itemStyle = { decal: seriesDecal(bin, theme) };
      // provenance: a value not stated in a published report patterns the district and says so.
      const mark = cell.rows
        .map((r) => originMark(r.observation, opts.provenance ?? NO_PROVENANCE))
        .find((m) => m.kind === 'imported' || m.kind === 'manual');
      if (mark) item.itemStyle = { decal: mark.decal };
      // Values are always labelled; "not reported" only where there is room (series label.show).
      item.label = {
        show: true,
        formatter: `${placeName(cell.district, lang)}\n${districtShortValue(cell, indicator, lang)}${
          mark?.labelKey ? ` (${t(lang, mark.labelKey)})` : ''
        }`,
      };
    } else if (cell.status === 'not_reported') {
      item.value = NOT_REPORTED_CODE;
      item.itemStyle = { decal: notReportedDecal(theme) };
      item.label = { formatter: `${placeName(cell.district, lang)}\n${t(lang, 'value.notReported')}` };
    } else {
      item.value = NO_DATA_CODE;
      item.label = { show: false };
    }
    return item;
  });
  const option: Record<string, unknown> = {
    // No aria.decal here: it would pattern every district alike (one series), "no data" included;
    // with the decal setting each value bin gets its own pattern instead (below).
    aria: { enabled: true, label: { description: mapAriaLabel(data, lang) } },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    visualMap: {
      type: 'piecewise',
      orient: 'vertical',
      left: 8,
      bottom: 8,
      itemWidth: 16,
      itemHeight: 12,
      itemGap: 6,
      selectedMode: false,
      showLabel: true,
      textStyle: { color: colors.text, fontSize: 11 },
      pieces: [
        ...[...bins].reverse().map((b) =>
          b.min === b.max
            ? { value: b.min, label: b.label, color: b.color }
            : {
                gte: b.min,
                ...(b === bins[bins.length - 1] ? { lte: b.max } : { lt: b.max }),
                label: b.label,
                color: b.color,
              },
        ),
        { value: NOT_REPORTED_CODE, label: t(lang, 'map.legend.notReported'), color: status.notReported },
        { value: NO_DATA_CODE, label: t(lang, 'map.legend.noData'), color: status.noData },
      ],
    },
    series: [
      {
        type: 'map',
        id: 'district-map',
        name: indicatorName(indicator, lang),
        map: MAP_NAMES[data.region] ?? data.region,
        roam: false,
        selectedMode: false,
        labelLayout: { hideOverlap: true },
        left: 'center',
        top: withTitle ? 64 : 8,
        bottom: 8,
        itemStyle: { borderColor: theme === 'dark' ? '#BFBFBF' : '#5A5A5A', borderWidth: 0.8 },
        label: {
          show: true,
          fontSize: 10,
          lineHeight: 12,
          color: colors.text,
          textBorderColor: theme === 'dark' ? '#000000' : '#FFFFFF',
          textBorderWidth: 2,
        },
        emphasis: {
          label: { show: true, color: colors.text },
          itemStyle: { areaColor: '#E69F00', borderColor: colors.text, borderWidth: 1.5 },
        },
        data: seriesData,
      },
    ],
  };
  if (withTitle) {
    const reported = data.districts.filter((c) => c.status === 'reported').length;
    option.title = {
      text: `${indicatorName(indicator, lang)}${data.ranking.year === null ? '' : ` · ${data.ranking.year}`}`,
      subtext: [
        `${placeName(data.region, lang)} · ${mapTypeLabel(data.type, lang)}`,
        t(lang, 'map.districtsReported', { reported, of: data.districts.length }),
      ].join(' · '),
      left: 8,
      textStyle: { color: colors.text, fontSize: 15 },
      subtextStyle: { color: colors.subtleText },
    };
  }
  return option as EChartsOption;
}
