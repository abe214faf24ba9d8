// What every chart view shows around its drawing, built once per chart kind so the views only
// render it: the title and subtitle (chart, embed, image, file name), the source line, the notes
// a downloaded image carries (qualifier legend …), the aria summary, the CSV rows of exactly what
// is drawn, one citation per value drawn, and whether derived or not-reported values appear.
import type { Comparison } from '../domain/compare.ts';
import type { DistrictMapData } from '../domain/districtMap.ts';
import type { Lang } from '../domain/lang.ts';
import { placeName } from '../domain/places.ts';
import type { Ranking } from '../domain/ranking.ts';
import type { GroupBy } from '../domain/tableOrder.ts';
import type { Agency, DatasetMeta, Indicator, Observation, Report } from '../domain/types.ts';
import { citationText } from '../format/citation.ts';
import type { CsvValue } from '../format/csvCell.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { qualifierLegendText } from '../format/qualifierLegend.ts';
import { sourceLine } from '../format/sourceLine.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue } from '../format/value.ts';
import { compareAriaLabel, mapAriaLabel, rankingAriaLabel } from './ariaSummary.ts';
import { compareCsvRows, districtMapCsvRows, rankingCsvRows } from './chartCsv.ts';
import type { GroupMedian } from './groupMedianOption.ts';
import { mapTypeLabel } from './mapOption.ts';
import { distributionNotes } from './rankingDistributionOption.ts';

export interface ChartCitation {
  id: string;
  /** Which value this is, for the list a user picks from. */
  label: string;
  /** The citation itself (agency, report, sentence, value). */
  text: string;
}

export interface ChartView {
  title: string;
  subtitle: string;
  /** Which reports the values come from, published and extracted when. */
  source: string;
  /** Lines above the source in a downloaded image (the qualifier legend when a value is approximate). */
  notes: string[];
  /** File name of downloads, without extension. */
  fileBase: string;
  /** The chart's text summary for screen readers (and the table caption). */
  ariaLabel: string;
  /** Header and rows of the CSV download: exactly what the chart draws. Built when asked for. */
  csv: () => CsvValue[][];
  citations: ChartCitation[];
  /** A drawn value was computed from two stated ones (the embed says so). */
  derived: boolean;
  /** A drawn place or agency has no value (the embed explains "未报告"). */
  notReported: boolean;
}

type ReportLookup = ReadonlyMap<string, Report>;

const anyApprox = (observations: readonly Observation[]) => observations.some((o) => o.qualifier !== 'exact');

function citation(
  id: string,
  label: string,
  input: { agency: Agency; report: Report | null; indicator: Indicator; observation: Observation },
  lang: Lang,
): ChartCitation {
  return { id, label, text: citationText(input, lang) };
}

/** "另有 3 家以“人”计，单独排名": values the chart leaves out because their unit counts something else. */
export function otherUnitNotes(ranking: Ranking, lang: Lang): string[] {
  return (ranking.otherUnits ?? []).map((u) =>
    t(lang, 'find.otherUnits', { count: u.rows.length, unit: formatUnit(u.unit, lang) }),
  );
}

/**
 * The ranking bar chart of one indicator. `drawn` is the part of `ranking` the bars show (its top
 * and as many not-reported rows as fit); the aria summary describes the whole ranking.
 */
export function rankingChartView(
  ranking: Ranking,
  drawn: Ranking,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
): ChartView {
  const { indicator, year } = ranking;
  const observations = drawn.rows.map((r) => r.observation);
  return {
    title: `${indicatorName(indicator, lang)}${year === null ? '' : ` · ${year}`}`,
    subtitle: [
      t(lang, 'indicator.coverage', { reported: ranking.coverage.reported, of: ranking.coverage.of }),
      t(lang, `indicator.better.${indicator.better}`),
    ].join(' · '),
    source: sourceLine(
      [...drawn.rows.map((r) => r.report), ...drawn.notReported.map((n) => n.report)],
      meta,
      lang,
    ),
    notes: [
      ...(anyApprox(observations) ? [qualifierLegendText(lang)] : []),
      ...otherUnitNotes(ranking, lang),
    ],
    fileBase: `${indicator.id}-${year ?? ''}-${lang}`,
    ariaLabel: rankingAriaLabel(ranking, lang),
    csv: () => rankingCsvRows(drawn, lang),
    citations: drawn.rows.map((r) =>
      citation(
        r.observation.id,
        `${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
        { agency: r.agency, report: r.report, indicator, observation: r.observation },
        lang,
      ),
    ),
    derived: observations.some((o) => o.derived),
    notReported: drawn.notReported.length > 0,
  };
}

/**
 * The whole ranking drawn as a distribution (every agency, no label per bar). The CSV has every
 * drawn agency; the citations offer the focused and selected agencies first, then the top 50 (a
 * list of 3,000 to pick from helps nobody). The notes say what is drawn and which values tie.
 */
export function rankingDistributionChartView(
  ranking: Ranking,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
  marked: readonly string[] = [],
): ChartView {
  const drawn: Ranking = { ...ranking, notReported: [] };
  const base = rankingChartView(ranking, { ...drawn, rows: [] }, meta, lang);
  const wanted = new Set(marked);
  const cited = [
    ...ranking.rows.filter((r) => wanted.has(r.agency.id)),
    ...ranking.rows.slice(0, 50).filter((r) => !wanted.has(r.agency.id)),
  ];
  const observations = ranking.rows.map((r) => r.observation);
  return {
    ...base,
    source: sourceLine(
      ranking.rows.map((r) => r.report),
      meta,
      lang,
    ),
    notes: [
      ...distributionNotes(ranking, lang),
      ...otherUnitNotes(ranking, lang),
      ...(anyApprox(observations) ? [qualifierLegendText(lang)] : []),
    ],
    csv: () => rankingCsvRows(drawn, lang),
    citations: cited.map((r) =>
      citation(
        r.observation.id,
        `${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
        { agency: r.agency, report: r.report, indicator: ranking.indicator, observation: r.observation },
        lang,
      ),
    ),
    derived: observations.some((o) => o.derived),
    notReported: false,
  };
}

/** The ranking grouped (group=): one bar per group at its median; CSV = the groups drawn. */
export function groupMedianChartView(
  ranking: Ranking,
  groups: readonly GroupMedian[],
  group: GroupBy,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
): ChartView {
  const base = rankingChartView(ranking, { ...ranking, rows: [], notReported: [] }, meta, lang);
  const groupName = t(lang, `filters.group.${group}`);
  return {
    ...base,
    subtitle: t(lang, 'find.groupChart', { group: groupName, count: groups.length }),
    source: sourceLine(
      ranking.rows.map((r) => r.report),
      meta,
      lang,
    ),
    notes: groups.some((g) => g.approximate) ? [qualifierLegendText(lang)] : [],
    fileBase: `${ranking.indicator.id}-${group}-${ranking.year ?? ''}-${lang}`,
    csv: () => [
      [t(lang, 'filters.group'), t(lang, 'find.csvMedian'), t(lang, 'csv.unit'), t(lang, 'find.csvCount')],
      ...groups.map((g) => [g.label, g.median, ranking.indicator.unit, g.count]),
    ],
    citations: [],
    derived: ranking.rows.some((r) => r.observation.derived),
    notReported: false,
  };
}

/**
 * Agencies side by side. `drawn` is what the chart draws: the whole comparison for bars, only the
 * indicators every agency reports for the radar; title and file name follow `comparison`.
 */
export function compareChartView(
  comparison: Comparison,
  drawn: Comparison,
  reportById: ReportLookup,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
): ChartView {
  const values = drawn.rows.flatMap((row) =>
    row.values.flatMap((o, a) => (o ? [{ o, row, agency: drawn.agencies[a]! }] : [])),
  );
  const reports = values.map((v) => reportById.get(v.o.reportId)).filter((r): r is Report => r !== undefined);
  const names = comparison.agencies.map((a) => agencyName(a, lang)).join(lang === 'zh' ? '、' : ', ');
  const year = comparison.year;
  return {
    title: `${t(lang, 'compare.title')}${lang === 'zh' ? '：' : ': '}${names}`,
    subtitle: `${year !== null ? `${t(lang, 'ui.year', { year })} · ` : ''}${t(lang, 'compare.axis')}`,
    source: sourceLine(reports, meta, lang),
    notes: anyApprox(values.map((v) => v.o)) ? [qualifierLegendText(lang)] : [],
    fileBase: `compare-${comparison.agencies.map((a) => a.id).join('-')}-${year ?? ''}-${lang}`,
    ariaLabel: compareAriaLabel(drawn, lang),
    csv: () => compareCsvRows(drawn, reportById, lang),
    citations: values.map(({ o, row, agency }) =>
      citation(
        o.id,
        `${agencyName(agency, lang)} · ${indicatorName(row.indicator, lang)} · ${formatValue(o, lang)}`,
        { agency, report: reportById.get(o.reportId) ?? null, indicator: row.indicator, observation: o },
        lang,
      ),
    ),
    derived: values.some((v) => v.o.derived),
    notReported: comparison.rows.some((r) => r.values.some((v) => v === null)),
  };
}

/** One indicator on a district map; `boundaryNotice` is where the boundaries come from (their licence). */
export function districtMapChartView(
  data: DistrictMapData,
  boundaryNotice: string,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
): ChartView {
  const { indicator, year } = data.ranking;
  const reported = data.districts.filter((c) => c.status === 'reported').length;
  const region = placeName(data.region, lang);
  return {
    title: `${indicatorName(indicator, lang)}${year === null ? '' : ` · ${year}`}`,
    subtitle: `${region} · ${mapTypeLabel(data.type, lang)} · ${t(lang, 'map.districtsReported', {
      reported,
      of: data.districts.length,
    })}`,
    source: sourceLine(
      [...data.ranking.rows.map((r) => r.report), ...data.ranking.notReported.map((n) => n.report)],
      meta,
      lang,
    ),
    notes: [
      ...(anyApprox(data.ranking.rows.map((r) => r.observation)) ? [qualifierLegendText(lang)] : []),
      boundaryNotice,
    ],
    fileBase: `${indicator.id}-${region}-${year ?? ''}-${lang}`,
    ariaLabel: mapAriaLabel(data, lang),
    csv: () => districtMapCsvRows(data, lang),
    citations: data.districts.flatMap((cell) =>
      cell.rows.map((r) =>
        citation(
          r.observation.id,
          `${placeName(cell.district, lang)} · ${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
          { agency: r.agency, report: r.report, indicator, observation: r.observation },
          lang,
        ),
      ),
    ),
    derived: data.districts.some((c) => c.rows.some((r) => r.observation.derived)),
    notReported: data.districts.some((c) => c.status === 'not_reported'),
  };
}
