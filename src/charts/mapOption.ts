// One indicator on a map (choropleth of districts or provinces): a colour-blind-safe sequential
// scale (viridis) on a stated domain (mapScale.ts: fixed for rates) for the areas with a value,
// stripes over a derived value's colour, grey with diagonal hatching the other way for "not
// reported" (never the colour of a low value), and a pale fill for areas with no agency or
// report. The live page shows the legend beside the map (mapLegend.ts); a downloaded image
// carries it inside, at the left of the map. A median of several agencies is marked as such.
import type { EChartsOption } from 'echarts';
import type { DistrictCell, DistrictMapData } from '../domain/districtMap.ts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import type { Indicator, Qualifier } from '../domain/types.ts';
import { NO_PROVENANCE, type ValueProvenance } from '../domain/valueSource.ts';
import { absenceText } from '../format/absenceText.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';
import { mapAriaLabel } from './ariaSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { binIndex, MAP_SCALE, type MapScale, mapScale } from './mapScale.ts';
import { type OriginMark, originMark } from './originMark.ts';
import { type ChartTheme, type Decal, seriesDecal, THEME_COLORS } from './palette.ts';

/** Name each region's map is registered under (ECharts registerMap). */
export const MAP_NAMES: Readonly<Record<string, string>> = {
  上海市: 'fazhi-shanghai',
  天津市: 'fazhi-tianjin',
  // ECharts adds the South China Sea islands inset (南海诸岛) and places Diaoyu Island only to a
  // map registered under exactly this name; a map of China must show them.
  china: 'china',
};

export { binIndex, MAP_SCALE, type MapBin } from './mapScale.ts';

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

/** The two light viridis steps, where white stripes would not show. */
const LIGHT_BINS: ReadonlySet<string> = new Set([MAP_SCALE[0]!, MAP_SCALE[1]!]);

/**
 * Stripes the other way from "not reported" over a derived value's colour: dark on the light
 * steps of the scale, white on the dark ones, so they show on every bin.
 */
export function derivedMapDecal(binColor: string): Decal {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: LIGHT_BINS.has(binColor) ? 'rgba(0, 0, 0, 0.55)' : 'rgba(255, 255, 255, 0.8)',
    dashArrayX: [1, 0],
    dashArrayY: [3, 3],
    rotation: Math.PI / 4,
  };
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
  // Only reports under review there: not "no report", and not known to be missing either.
  if (cell.status === 'no_report' && cell.noReport.length === 0 && (cell.unreviewed?.length ?? 0) > 0)
    return absenceText(lang, 'unreviewed');
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
  if (cell.derived) lines.push(escapeHtml(t(lang, 'map.legend.derived')));
  for (const row of cell.rows.slice(0, 8)) {
    lines.push(escapeHtml(`${agencyName(row.agency, lang)}: ${formatValue(row.observation, lang)}`));
  }
  if (cell.rows.length > 8) lines.push(`… +${cell.rows.length - 8}`);
  for (const a of cell.notReported.slice(0, 4)) {
    lines.push(escapeHtml(`${agencyName(a, lang)}: ${t(lang, 'value.notReported')}`));
  }
  for (const a of (cell.unreviewed ?? []).slice(0, 4)) {
    lines.push(escapeHtml(`${agencyName(a, lang)}: ${absenceText(lang, 'unreviewed')}`));
  }
  return lines.join('<br/>');
}

export interface MapOptionOptions {
  theme?: ChartTheme;
  /** Decal patterns on the value bins too (accessibility setting). */
  decal?: boolean;
  /** Title with indicator, year, region and type (default true). */
  title?: boolean;
  /**
   * Draw the legend inside the chart (downloaded images). Live charts leave it out: the page
   * shows it beside the map (mapLegend), where it never covers a district at any width.
   */
  legend?: boolean;
  /** The user's layer: a district whose value rests on an imported or corrected value is marked. */
  provenance?: ValueProvenance;
}

/** One area of a map (a district or a province), as the option draws it. */
export interface ChoroplethArea {
  /** The feature's name in the boundaries. */
  name: string;
  /** Its name for display. */
  label: string;
  status: 'reported' | 'not_reported' | 'no_data';
  value: number | null;
  /** The value as shown (qualifier kept), or the status. */
  short: string;
  derived: boolean;
  /** An imported or hand-corrected value under the area's value (provenance), else null. */
  mark?: OriginMark | null;
  tooltip: string;
}

export interface ChoroplethInput {
  areas: readonly ChoroplethArea[];
  /** Registered boundaries (series.map). */
  map: string;
  seriesName: string;
  scale: MapScale;
  ariaLabel: string;
  title: string;
  /**
   * Keep the value labels on a narrow chart too (district maps). The country map's 34 provinces
   * have no room for them on a phone: its labels follow the series (hidden when narrow).
   */
  alwaysLabelValues: boolean;
  fontSize: number;
}

/** Width the legend takes at the left of a downloaded image. */
const IMAGE_LEGEND_WIDTH = 220;
const PIECE_HEIGHT = 12;
const PIECE_GAP = 6;

/** The legend's value pieces and status entries, highest value first. */
function legendPieces(scale: MapScale, theme: ChartTheme, lang: Lang): Record<string, unknown>[] {
  const status = MAP_STATUS_COLORS[theme];
  const bins = scale.bins;
  return [
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
  ];
}

/**
 * Under the image's legend: a striped swatch for derived values (a visual map cannot stripe a
 * piece), then the scale in words. One group, so the image frame moves it with the chart.
 */
function legendExtras(
  top: number,
  scale: MapScale,
  derived: boolean,
  theme: ChartTheme,
  lang: Lang,
): Record<string, unknown> {
  const colors = THEME_COLORS[theme];
  const stroke = { stroke: 'rgba(255, 255, 255, 0.9)', lineWidth: 1.5 };
  const line = (x1: number, y1: number, x2: number, y2: number) => ({
    type: 'line',
    silent: true,
    shape: { x1, y1, x2, y2 },
    style: stroke,
  });
  const swatch = derived
    ? [
        {
          type: 'rect',
          silent: true,
          shape: { x: 0, y: 0, width: 20, height: 14 },
          style: { fill: MAP_SCALE[2]! },
        },
        line(0, 7, 7, 0),
        line(0, 14, 14, 0),
        line(6, 14, 20, 0),
        {
          type: 'text',
          silent: true,
          x: 26,
          y: 1,
          style: { text: t(lang, 'map.legend.derived'), fill: colors.text, fontSize: 11 },
        },
      ]
    : [];
  return {
    type: 'group',
    id: 'map-legend-extras',
    x: 22,
    y: top,
    silent: true,
    children: [
      ...swatch,
      {
        type: 'text',
        silent: true,
        x: 0,
        y: derived ? 24 : 0,
        style: {
          text: scale.statement,
          fill: colors.subtleText,
          fontSize: 11,
          width: IMAGE_LEGEND_WIDTH - 20,
          overflow: 'break',
        },
      },
    ],
  };
}

/** The option of a choropleth of districts or provinces (see mapOption, provinceMapOption). */
export function choroplethOption(
  input: ChoroplethInput,
  lang: Lang,
  opts: MapOptionOptions = {},
): EChartsOption {
  const theme = opts.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const withTitle = opts.title !== false;
  const withLegend = opts.legend === true;
  const { bins } = input.scale;
  const seriesData = input.areas.map((area) => {
    const item: Record<string, unknown> = { name: area.name, tooltip: { formatter: area.tooltip } };
    if (area.status === 'reported' && area.value !== null) {
      item.value = area.value;
      const bin = binIndex(bins, area.value);
      // A derived value is always striped; the decal setting patterns the other bins apart.
      if (area.derived) item.itemStyle = { decal: derivedMapDecal(bins[bin]?.color ?? '') };
      else if (opts.decal) item.itemStyle = { decal: seriesDecal(bin, theme) };
      // provenance: a value not stated in a published report patterns the area and says so.
      const mark = area.mark ?? null;
      if (mark) item.itemStyle = { decal: mark.decal };
      // Values are always labelled; "not reported" only where there is room (series label.show).
      item.label = {
        ...(input.alwaysLabelValues ? { show: true } : {}),
        formatter: `${area.label}\n${area.short}${mark?.labelKey ? ` (${t(lang, mark.labelKey)})` : ''}`,
      };
    } else if (area.status === 'not_reported') {
      item.value = NOT_REPORTED_CODE;
      item.itemStyle = { decal: notReportedDecal(theme) };
      item.label = { formatter: `${area.label}\n${t(lang, 'value.notReported')}` };
    } else {
      item.value = NO_DATA_CODE;
      item.label = { show: false };
    }
    return item;
  });
  const top = withTitle ? 64 : 8;
  const pieces = legendPieces(input.scale, theme, lang);
  const option: Record<string, unknown> = {
    // No aria.decal here: it would pattern every area alike (one series), "no data" included;
    // with the decal setting each value bin gets its own pattern instead (above).
    aria: { enabled: true, label: { description: input.ariaLabel } },
    backgroundColor: colors.background,
    textStyle: { color: colors.text },
    tooltip: { trigger: 'item', confine: true },
    visualMap: {
      type: 'piecewise',
      show: withLegend,
      orient: 'vertical',
      left: 8,
      top,
      itemWidth: 20,
      itemHeight: PIECE_HEIGHT,
      itemGap: PIECE_GAP,
      selectedMode: false,
      showLabel: true,
      textStyle: { color: colors.text, fontSize: 11 },
      pieces,
    },
    series: [
      {
        type: 'map',
        id: 'district-map',
        name: input.seriesName,
        map: input.map,
        roam: false,
        selectedMode: false,
        labelLayout: { hideOverlap: true },
        // A box on every side and the aspect kept inside it: the map fits the width on a phone
        // instead of being sized by the height and cut at both sides.
        left: withLegend ? IMAGE_LEGEND_WIDTH : 8,
        right: 8,
        top,
        bottom: 8,
        preserveAspect: 'contain',
        itemStyle: { borderColor: theme === 'dark' ? '#BFBFBF' : '#5A5A5A', borderWidth: 0.8 },
        label: {
          show: true,
          fontSize: input.fontSize,
          lineHeight: input.fontSize + 2,
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
  if (withLegend) {
    // Under the visual map's pieces (it has a padding of 5 around them).
    const below = top + 5 + pieces.length * (PIECE_HEIGHT + PIECE_GAP) + 10;
    option.graphic = [
      legendExtras(
        below,
        input.scale,
        input.areas.some((a) => a.derived),
        theme,
        lang,
      ),
    ];
  }
  if (withTitle) {
    // No subtitle: a canvas title does not wrap on a phone, and the notes above the map say it.
    option.title = {
      text: input.title,
      left: 8,
      textStyle: { color: colors.text, fontSize: 15 },
      subtextStyle: { color: colors.subtleText },
    };
  }
  return option as EChartsOption;
}

/** The scale of a district map: fixed for rates, from the data for counts. */
export function districtMapScale(data: DistrictMapData, lang: Lang): MapScale {
  return mapScale(
    data.ranking.indicator,
    data.districts.flatMap((c) => (c.value === null ? [] : [c.value])),
    lang,
  );
}

export function mapOption(data: DistrictMapData, lang: Lang, opts: MapOptionOptions = {}): EChartsOption {
  const indicator = data.ranking.indicator;
  const areas: ChoroplethArea[] = data.districts.map((cell) => ({
    name: cell.district,
    label: placeName(cell.district, lang),
    status: cell.status === 'reported' || cell.status === 'not_reported' ? cell.status : 'no_data',
    value: cell.value,
    short: districtShortValue(cell, indicator, lang),
    derived: cell.derived,
    mark:
      cell.status === 'reported'
        ? (cell.rows
            .map((r) => originMark(r.observation, opts.provenance ?? NO_PROVENANCE))
            .find((m) => m.kind === 'imported' || m.kind === 'manual') ?? null)
        : null,
    tooltip: tooltipHtml(cell, data, lang),
  }));
  return choroplethOption(
    {
      areas,
      map: MAP_NAMES[data.region] ?? data.region,
      seriesName: indicatorName(indicator, lang),
      scale: districtMapScale(data, lang),
      ariaLabel: mapAriaLabel(data, lang),
      title: `${indicatorName(indicator, lang)}${data.ranking.year === null ? '' : ` · ${data.ranking.year}`}`,
      alwaysLabelValues: true,
      fontSize: 10,
    },
    lang,
    opts,
  );
}
