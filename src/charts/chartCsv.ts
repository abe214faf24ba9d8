// The rows behind a chart, for its CSV download: exactly what the chart draws, one row per bar,
// per agency × indicator or per district. Not reported is an empty value with a status column,
// never 0; the qualifier is kept (as words and in the value as shown); derived figures say so.
// Headers follow the interface language. Pair with csvDocument() for the file itself.

import type { Absence } from '../domain/absence.ts';
import type { Comparison } from '../domain/compare.ts';
import type { DistrictMapData } from '../domain/districtMap.ts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import type { Ranking } from '../domain/ranking.ts';
import type { Agency, Indicator, Observation, Report } from '../domain/types.ts';
import { valueSource } from '../domain/valueSource.ts';
import { type SourceContext, verificationOf } from '../domain/verifyEvidence.ts';
import { absenceText } from '../format/absenceText.ts';
import type { CsvValue } from '../format/csvCell.ts';
import { type MessageKey, t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue, NOT_REPORTED } from '../format/value.ts';
import { sourceWithVerification } from '../format/valueSourceText.ts';
import { compareAbsentText } from './compareAbsence.ts';
import { drawnShares } from './compareOption.ts';
import { districtShortValue, mapTypeLabel } from './mapOption.ts';
import { rankLabel } from './rankLabel.ts';

type Row = CsvValue[];

const header = (lang: Lang, keys: readonly MessageKey[]): Row => keys.map((k) => t(lang, k));

function status(o: Observation | null, lang: Lang, absence: Absence | null = null): string {
  if (!o)
    return absence === 'unreviewed' ? t(lang, 'csv.status.unreviewed') : t(lang, 'csv.status.not_reported');
  return t(lang, o.derived || o.origin === 'derived' ? 'csv.status.derived' : 'csv.status.reported');
}

/**
 * Where the value came from. With the user's layer known (ctx) a dataset file's row says which
 * file claims it and whether the report's text bears it out, never "stated in the report".
 */
function originText(o: Observation, lang: Lang, ctx?: SourceContext): string {
  if (ctx) return sourceWithVerification(valueSource(o, ctx.provenance), verificationOf(o, ctx), lang);
  return t(lang, `origin.${o.derived && o.origin === 'extracted' ? 'derived' : o.origin}`);
}

function qualifierText(o: Observation, lang: Lang): string {
  return o.qualifier === 'exact' ? '' : t(lang, `qualifier.${o.qualifier}`);
}

const RANKING_COLUMNS: readonly MessageKey[] = [
  'csv.rank',
  'csv.agency',
  'csv.agencyId',
  'csv.region',
  'csv.district',
  'csv.type',
  'csv.indicator',
  'csv.indicatorId',
  'csv.year',
  'csv.value',
  'csv.unit',
  'csv.qualifier',
  'csv.shown',
  'csv.status',
  'csv.origin',
  'csv.report',
  'csv.published',
];

/** The ranking chart's rows: its bars (ranking.rows), then its "not reported" rows (ranking.notReported). */
export function rankingCsvRows(ranking: Ranking, lang: Lang, ctx?: SourceContext): Row[] {
  const ind = ranking.indicator;
  const place = (a: Agency): Row => [
    agencyName(a, lang),
    a.id,
    placeName(a.region, lang),
    a.district ? placeName(a.district, lang) : '',
    agencyTypeName(a.type, lang),
    indicatorName(ind, lang),
    ind.id,
    ranking.year,
  ];
  return [
    header(lang, RANKING_COLUMNS),
    ...ranking.rows.map((r): Row => {
      const o = r.observation;
      return [
        rankLabel(r.rank),
        ...place(r.agency),
        o.value,
        formatUnit(o.unit, lang),
        qualifierText(o, lang),
        formatValue(o, lang),
        status(o, lang),
        originText(o, lang, ctx),
        r.report.title || r.report.file,
        r.report.published ?? '',
      ];
    }),
    ...ranking.notReported.map(
      ({ agency, report }): Row => [
        '',
        ...place(agency),
        null,
        formatUnit(ind.unit, lang),
        '',
        NOT_REPORTED[lang],
        status(null, lang),
        '',
        report.title || report.file,
        report.published ?? '',
      ],
    ),
    // An imported report not yet reviewed: no value found, and not known to be missing.
    ...ranking.unreviewed.map(
      ({ agency, report }): Row => [
        '',
        ...place(agency),
        null,
        formatUnit(ind.unit, lang),
        '',
        absenceText(lang, 'unreviewed'),
        status(null, lang, 'unreviewed'),
        '',
        report.title || report.file,
        report.published ?? '',
      ],
    ),
  ];
}

const COMPARE_COLUMNS: readonly MessageKey[] = [
  'csv.indicator',
  'csv.indicatorId',
  'csv.agency',
  'csv.agencyId',
  'csv.year',
  'csv.value',
  'csv.unit',
  'csv.qualifier',
  'csv.shown',
  'csv.status',
  'csv.share',
  'csv.report',
  'csv.published',
  'csv.origin',
];

/**
 * One row per indicator × agency of the comparison, with the bar length drawn (share of the
 * highest; empty where no bar is drawn: not reported, or the only agency reporting it).
 */
export function compareCsvRows(
  comparison: Comparison,
  reports: ReadonlyMap<string, Pick<Report, 'title' | 'file' | 'published'>>,
  lang: Lang,
  ctx?: SourceContext,
): Row[] {
  const rows: Row[] = [header(lang, COMPARE_COLUMNS)];
  for (const row of comparison.rows) {
    const shares = drawnShares(row.values);
    const only = row.values.filter((v) => v !== null).length === 1;
    comparison.agencies.forEach((agency, a) => {
      const o = row.values[a] ?? null;
      const report = o ? reports.get(o.reportId) : undefined;
      rows.push([
        indicatorName(row.indicator, lang),
        row.indicator.id,
        agencyName(agency, lang),
        agency.id,
        o ? o.year : comparison.year,
        o ? o.value : null,
        formatUnit(o ? o.unit : row.indicator.unit, lang),
        o ? qualifierText(o, lang) : '',
        o === null
          ? compareAbsentText(row.absences?.[a], lang)
          : only
            ? t(lang, 'compare.onlyReporterValue', { value: formatValue(o, lang) })
            : formatValue(o, lang),
        status(o, lang, row.absences?.[a] ?? null),
        shares[a] ?? null,
        report ? report.title || report.file : '',
        report?.published ?? '',
        o ? originText(o, lang, ctx) : '',
      ]);
    });
  }
  return rows;
}

const MAP_COLUMNS: readonly MessageKey[] = [
  'csv.region',
  'csv.district',
  'csv.type',
  'csv.indicator',
  'csv.indicatorId',
  'csv.year',
  'csv.status',
  'csv.mapValue',
  'csv.unit',
  'csv.shown',
  'csv.aggregate',
  'csv.reportedAgencies',
  'csv.notReportedAgencies',
];

/** One row per district of the map, in the official order; the agencies behind each colour listed. */
export function districtMapCsvRows(data: DistrictMapData, lang: Lang): Row[] {
  const ind: Indicator = data.ranking.indicator;
  const sep = lang === 'zh' ? '；' : '; ';
  return [
    header(lang, MAP_COLUMNS),
    ...data.districts.map(
      (cell): Row => [
        placeName(data.region, lang),
        placeName(cell.district, lang),
        mapTypeLabel(data.type, lang),
        indicatorName(ind, lang),
        ind.id,
        data.ranking.year,
        t(lang, `map.status.${cell.status}`),
        cell.value,
        formatUnit(ind.unit, lang),
        districtShortValue(cell, ind, lang),
        cell.aggregate === null
          ? ''
          : cell.aggregate === 'single'
            ? t(lang, 'csv.aggregate.single')
            : t(lang, 'csv.aggregate.median', { n: cell.rows.length }),
        cell.rows.map((r) => `${agencyName(r.agency, lang)}: ${formatValue(r.observation, lang)}`).join(sep),
        cell.notReported.map((a) => agencyName(a, lang)).join(sep),
      ],
    ),
  ];
}
