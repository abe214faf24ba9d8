// The words for a chart container's aria-label: what it shows, how many agencies, the highest and
// lowest values (with their qualifiers), in the interface language.
import type { Comparison } from '../domain/compare.ts';
import type { CoverageMatrix } from '../domain/coverage.ts';
import type { DistrictMapData } from '../domain/districtMap.ts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import type { Ranking, RankRow } from '../domain/ranking.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';
import { compareAbsentText } from './compareAbsence.ts';

function extremes(rows: readonly RankRow[]): { highest: RankRow; lowest: RankRow } | null {
  if (rows.length === 0) return null;
  let highest = rows[0]!;
  let lowest = rows[0]!;
  for (const row of rows) {
    if (row.observation.value > highest.observation.value) highest = row;
    // <= so that with ties the lowest named is a different agency from the highest (the last).
    if (row.observation.value <= lowest.observation.value) lowest = row;
  }
  return { highest, lowest };
}

function describe(row: RankRow, lang: Lang): string {
  return `${agencyName(row.agency, lang)} ${formatValue(row.observation, lang)}`;
}

export function rankingAriaLabel(ranking: Ranking, lang: Lang): string {
  const indicator = indicatorName(ranking.indicator, lang);
  const year = ranking.year ?? '—';
  const ends = extremes(ranking.rows);
  if (!ends) return t(lang, 'chart.aria.rankingEmpty', { indicator, year });
  return t(lang, 'chart.aria.ranking', {
    indicator,
    year,
    reported: ranking.coverage.reported,
    of: ranking.coverage.of,
    highest: describe(ends.highest, lang),
    lowest: describe(ends.lowest, lang),
  });
}

/**
 * The comparison in words: who is compared on how many indicators, how many each does not report
 * (said in the same words as at the bars' places) and how many only one of them reports (labelled,
 * not drawn as a bar). With one agency: that nothing is compared yet.
 */
export function compareAriaLabel(comparison: Comparison, lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const agencies = comparison.agencies.map((a) => agencyName(a, lang)).join(sep);
  if (comparison.agencies.length < 2)
    return `${t(lang, 'compare.pickSecond')}${agencies === '' ? '' : ` (${agencies})`}`;
  const parts = [
    t(lang, 'chart.aria.compare', {
      count: comparison.agencies.length,
      indicators: comparison.rows.length,
      agencies,
    }),
  ];
  const absent = comparison.agencies.flatMap((agency, a) => {
    const missing = comparison.rows.filter((row) => row.values[a] === null);
    const n = missing.length;
    return n === 0
      ? []
      : [
          t(lang, 'compare.aria.absentItem', {
            agency: agencyName(agency, lang),
            // One agency's values come from one report: its absences all have the same reason.
            absent: compareAbsentText(missing[0]?.absences?.[a], lang),
            count: n,
          }),
        ];
  });
  if (absent.length > 0)
    parts.push(`${absent.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`);
  const only = comparison.rows.filter((row) => row.values.filter((v) => v !== null).length === 1).length;
  if (only > 0) parts.push(t(lang, 'compare.aria.only', { count: only }));
  return parts.join(lang === 'zh' ? '' : ' ');
}

export function coverageAriaLabel(matrix: CoverageMatrix, lang: Lang): string {
  const cells = matrix.rows.flatMap((r) => r.cells);
  const reported = cells.filter((c) => c.status !== 'not_reported').length;
  return t(lang, 'chart.aria.coverage', {
    agencies: matrix.rows.length,
    indicators: matrix.indicators.length,
    reported,
    missing: cells.length - reported,
  });
}

/**
 * A district map in words: indicator, year, region and agency type, how many districts have a
 * value / do not report it / have no data, and the highest and lowest districts.
 */
export function mapAriaLabel(data: DistrictMapData, lang: Lang): string {
  const indicator = indicatorName(data.ranking.indicator, lang);
  const year = data.ranking.year ?? '—';
  const region = placeName(data.region, lang);
  const type = data.type === 'all' ? t(lang, 'map.allTypes') : agencyTypeName(data.type, lang);
  const reported = data.districts.filter((c) => c.status === 'reported');
  const notReported = data.districts.filter((c) => c.status === 'not_reported').length;
  const base = { indicator, year, region, type };
  if (reported.length === 0) return t(lang, 'map.ariaEmpty', { ...base, notReported });
  let high = reported[0]!;
  let low = reported[0]!;
  for (const c of reported) {
    if (c.value! > high.value!) high = c;
    if (c.value! <= low.value!) low = c;
  }
  const describeCell = (c: (typeof reported)[number]) => {
    const value =
      c.aggregate === 'single'
        ? formatValue(c.rows[0]!.observation, lang)
        : `${formatValue({ value: c.value!, unit: data.ranking.indicator.unit, qualifier: c.rows.some((r) => r.observation.qualifier !== 'exact') ? 'about' : 'exact' }, lang)} (${t(lang, 'map.median', { n: c.rows.length })})`;
    return `${placeName(c.district, lang)} ${value}`;
  };
  return t(lang, 'map.aria', {
    ...base,
    reported: reported.length,
    notReported,
    noData: data.districts.length - reported.length - notReported,
    highest: describeCell(high),
    lowest: describeCell(low),
  });
}

/** Alias kept for callers that think of it as "the" aria summary (the ranking chart's). */
export const ariaSummary = rankingAriaLabel;
