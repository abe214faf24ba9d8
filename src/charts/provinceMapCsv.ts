// The province map as CSV: one row per province of the map, what its colour is (the median or the
// one agency's value), how many agencies of the type it rests on, and who did not report.
import type { Lang } from '../domain/lang.ts';
import { placeName } from '../domain/places.ts';
import type { ProvinceMapData } from '../domain/provinceMap.ts';
import type { CsvValue } from '../format/csvCell.ts';
import { type MessageKey, t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue } from '../format/value.ts';
import { mapTypeLabel } from './mapOption.ts';
import { provinceShortValue } from './provinceMapOption.ts';

const COLUMNS: readonly MessageKey[] = [
  'csv.region',
  'csv.type',
  'csv.indicator',
  'csv.indicatorId',
  'csv.year',
  'csv.status',
  'csv.mapValue',
  'csv.unit',
  'csv.shown',
  'csv.aggregate',
  'csv.origin',
  'csv.reportedAgencies',
  'csv.notReportedAgencies',
];

export function provinceMapCsvRows(data: ProvinceMapData, lang: Lang): CsvValue[][] {
  const ind = data.ranking.indicator;
  const sep = lang === 'zh' ? '；' : '; ';
  return [
    COLUMNS.map((k) => t(lang, k)),
    ...data.provinces.map((cell): CsvValue[] => [
      placeName(cell.province, lang),
      mapTypeLabel(data.type, lang),
      indicatorName(ind, lang),
      ind.id,
      data.ranking.year,
      t(lang, `map.status.${cell.status}`),
      cell.value,
      formatUnit(ind.unit, lang),
      provinceShortValue(cell, lang, ind.unit),
      cell.aggregate === null
        ? ''
        : cell.aggregate === 'single'
          ? t(lang, 'csv.aggregate.single')
          : t(lang, 'csv.aggregate.median', { n: cell.rows.length }),
      cell.derived ? t(lang, 'csv.status.derived') : '',
      cell.rows.map((r) => `${agencyName(r.agency, lang)}: ${formatValue(r.observation, lang)}`).join(sep),
      cell.notReported.map((a) => agencyName(a, lang)).join(sep),
    ]),
  ];
}
