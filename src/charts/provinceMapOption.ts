// One indicator on the province map of China (one agency type; each province the median of its
// agencies of that type), with the aggregation stated in words wherever the map is: notes,
// aria label, notes, table caption, CSV.
import type { EChartsOption } from 'echarts';
import type { Lang } from '../domain/lang.ts';
import { placeName } from '../domain/places.ts';
import type { ProvinceCell, ProvinceMapData } from '../domain/provinceMap.ts';
import type { Qualifier } from '../domain/types.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';
import { escapeHtml } from './escapeHtml.ts';
import { type ChoroplethArea, choroplethOption, MAP_NAMES, type MapOptionOptions } from './mapOption.ts';
import { type MapScale, mapScale } from './mapScale.ts';

/** "justice bureaus" — the agencies a map aggregates, in the plural. */
export function mapTypesLabel(type: string, lang: Lang): string {
  switch (type) {
    case 'district_gov':
    case 'justice_bureau':
    case 'functional_dept':
    case 'zone_admin':
      return t(lang, `map.types.${type}`);
    default:
      return type;
  }
}

export function provincesReported(data: ProvinceMapData): number {
  return data.provinces.filter((p) => p.status === 'reported').length;
}

/** "各省司法局中位数；12 个省有数值" — what each province's colour is. */
export function provinceAggregationText(data: ProvinceMapData, lang: Lang): string {
  return t(lang, 'map.agg.province', {
    types: mapTypesLabel(data.type, lang),
    reported: provincesReported(data),
  });
}

/** The value a province is coloured by: one agency's value as stated, or the median (≈ when any is approximate). */
export function provinceShortValue(cell: ProvinceCell, lang: Lang, unit: string): string {
  if (cell.status !== 'reported' || cell.value === null) return t(lang, `map.status.${cell.status}`);
  if (cell.aggregate === 'single') return formatValue(cell.rows[0]!.observation, lang);
  const approximate = cell.rows.some((r) => r.observation.qualifier !== 'exact');
  const qualifier: Qualifier = approximate ? 'about' : 'exact';
  return formatValue({ value: cell.value, unit, qualifier }, lang);
}

/** provinceShortValue plus, for a median, how many agencies it is the median of. */
export function provinceValueText(cell: ProvinceCell, lang: Lang, unit: string): string {
  const short = provinceShortValue(cell, lang, unit);
  return cell.aggregate === 'median' ? `${short} (${t(lang, 'map.median', { n: cell.rows.length })})` : short;
}

export function provinceMapScale(data: ProvinceMapData, lang: Lang): MapScale {
  return mapScale(
    data.ranking.indicator,
    data.provinces.flatMap((c) => (c.value === null ? [] : [c.value])),
    lang,
  );
}

export function provinceMapAriaLabel(data: ProvinceMapData, lang: Lang): string {
  const unit = data.ranking.indicator.unit;
  const base = {
    indicator: indicatorName(data.ranking.indicator, lang),
    year: data.ranking.year ?? '—',
    aggregation: provinceAggregationText(data, lang),
  };
  const reported = data.provinces.filter((p) => p.status === 'reported');
  const notReported = data.provinces.filter((p) => p.status === 'not_reported').length;
  if (reported.length === 0) return t(lang, 'map.province.ariaEmpty', { ...base, notReported });
  let high = reported[0]!;
  let low = reported[0]!;
  for (const c of reported) {
    if (c.value! > high.value!) high = c;
    if (c.value! < low.value!) low = c;
  }
  const describe = (c: ProvinceCell) => `${placeName(c.province, lang)} ${provinceValueText(c, lang, unit)}`;
  return t(lang, 'map.province.aria', {
    ...base,
    notReported,
    noData: data.provinces.length - reported.length - notReported,
    highest: describe(high),
    lowest: describe(low),
  });
}

function tooltipHtml(cell: ProvinceCell, data: ProvinceMapData, lang: Lang): string {
  const unit = data.ranking.indicator.unit;
  const lines = [
    `<b>${escapeHtml(placeName(cell.province, lang))}</b>`,
    escapeHtml(provinceValueText(cell, lang, unit)),
  ];
  if (cell.derived) lines.push(escapeHtml(t(lang, 'map.legend.derived')));
  const of = cell.rows.length + cell.notReported.length + cell.noReport.length;
  if (of > 0) {
    lines.push(
      escapeHtml(
        `${t(lang, 'map.province.agencies')}: ${t(lang, 'map.province.count', { reported: cell.rows.length, of })}`,
      ),
    );
  }
  if (cell.aggregate === 'single') {
    const row = cell.rows[0]!;
    lines.push(escapeHtml(`${agencyName(row.agency, lang)}: ${formatValue(row.observation, lang)}`));
  }
  return lines.join('<br/>');
}

export function provinceMapOption(
  data: ProvinceMapData,
  lang: Lang,
  opts: MapOptionOptions = {},
): EChartsOption {
  const indicator = data.ranking.indicator;
  const areas: ChoroplethArea[] = data.provinces.map((cell) => ({
    name: cell.mapName,
    label: placeName(cell.province, lang),
    status: cell.status === 'reported' || cell.status === 'not_reported' ? cell.status : 'no_data',
    value: cell.value,
    short: provinceShortValue(cell, lang, indicator.unit),
    derived: cell.derived,
    tooltip: tooltipHtml(cell, data, lang),
  }));
  return choroplethOption(
    {
      areas,
      map: MAP_NAMES.china!,
      seriesName: indicatorName(indicator, lang),
      scale: provinceMapScale(data, lang),
      ariaLabel: provinceMapAriaLabel(data, lang),
      title: `${indicatorName(indicator, lang)}${data.ranking.year === null ? '' : ` · ${data.ranking.year}`}`,
      alwaysLabelValues: false,
      fontSize: 9,
    },
    lang,
    opts,
  );
}
