// What every chart view shows around its drawing, built once per chart kind so the views only
// render it: the title and subtitle (chart, embed, image, file name), the source line, the notes
// a downloaded image carries (qualifier legend …), the aria summary, the CSV rows of exactly what
// is drawn, one citation per value drawn, and whether derived or not-reported values appear.
import type { Comparison } from '../domain/compare.ts';
import type { DistrictMapData } from '../domain/districtMap.ts';
import type { Lang } from '../domain/lang.ts';
import { placeName } from '../domain/places.ts';
import type { ProvinceMapData } from '../domain/provinceMap.ts';
import type { Ranking } from '../domain/ranking.ts';
import type { GroupBy } from '../domain/tableOrder.ts';
import type { Agency, DatasetMeta, Indicator, Observation, Report } from '../domain/types.ts';
import { isLocalReport, NO_PROVENANCE, valueSource } from '../domain/valueSource.ts';
import type { SourceContext } from '../domain/verifyEvidence.ts';
import { citationText } from '../format/citation.ts';
import type { CsvValue } from '../format/csvCell.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { originLegendLines, qualifierLegendText } from '../format/qualifierLegend.ts';
import { type SourceReport, sourceLine } from '../format/sourceLine.ts';
import { formatUnit } from '../format/units.ts';
import { formatValue } from '../format/value.ts';
import { compareAriaLabel, mapAriaLabel, rankingAriaLabel } from './ariaSummary.ts';
import { compareCsvRows, districtMapCsvRows, rankingCsvRows } from './chartCsv.ts';
import type { GroupMedian } from './groupMedianOption.ts';
import { type MapLegend, mapLegend } from './mapLegend.ts';
import { districtMapScale, mapTypeLabel } from './mapOption.ts';
import { originsDrawn } from './originMark.ts';
import type { ChartTheme } from './palette.ts';
import { provinceMapCsvRows } from './provinceMapCsv.ts';
import {
  mapTypesLabel,
  provinceAggregationText,
  provinceMapAriaLabel,
  provinceMapScale,
  provincesReported,
} from './provinceMapOption.ts';
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
  ctx?: SourceContext,
): ChartCitation {
  const source = ctx ? valueSource(input.observation, ctx.provenance) : undefined;
  return { id, label, text: citationText(source ? { ...input, source } : input, lang) };
}

/**
 * Lines a downloaded image carries under the chart: the qualifier legend when a value is
 * approximate, and a legend entry for each kind of value not stated in a published report.
 */
function chartNotes(observations: readonly Observation[], lang: Lang, ctx?: SourceContext): string[] {
  return [
    ...(anyApprox(observations) ? [qualifierLegendText(lang)] : []),
    ...originLegendLines(originsDrawn(observations, ctx?.provenance ?? NO_PROVENANCE), lang),
  ];
}

interface Drawn {
  report: SourceReport;
  observation: Observation | null;
}

/**
 * The source line of what is drawn. Reports imported here count as local imports, and so does a
 * dataset file for the values it brought: the report such a row names is not its source.
 */
function sourceOf(
  drawn: readonly Drawn[],
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
  ctx?: SourceContext,
): string {
  const provenance = ctx?.provenance ?? NO_PROVENANCE;
  const reports = drawn.map(({ report, observation }): SourceReport => {
    const file = observation ? provenance.fileOf(observation.id) : null;
    if (!file) return report;
    const title = file.files.join(lang === 'zh' ? '、' : ', ');
    return {
      id: `file:${file.batchId}`,
      title,
      file: title,
      published: null,
      year: report.year,
      origin: 'imported',
    };
  });
  return sourceLine(reports, meta, lang, (r) => isLocalReport(r as Report, provenance));
}

/** "另有 3 家以“人”计，单独排名": values the chart leaves out because their unit counts something else. */
export function otherUnitNotes(ranking: Ranking, lang: Lang): string[] {
  return (ranking.otherUnits ?? []).map((u) =>
    t(lang, 'find.otherUnits', { count: u.rows.length, unit: formatUnit(u.unit, lang) }),
  );
}

/** Rows of the marked agencies first, in the order marked, then the rest as they were. */
function citedFirst<T extends { agency: { id: string } }>(
  rows: readonly T[],
  marked: readonly string[],
): T[] {
  if (marked.length === 0) return [...rows];
  const rank = new Map(marked.map((id, i) => [id, i]));
  const first = rows.filter((r) => rank.has(r.agency.id));
  first.sort((a, b) => rank.get(a.agency.id)! - rank.get(b.agency.id)!);
  return [...first, ...rows.filter((r) => !rank.has(r.agency.id))];
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
  ctx?: SourceContext,
  /** The focused and selected agencies: their values are cited first (引用 cites the view). */
  marked: readonly string[] = [],
): ChartView {
  const { indicator, year } = ranking;
  // Values in units that count something else are ranked apart (their own tables, said in the
  // notes), not drawn as bars; the downloads, citations and source line still carry them, marks
  // included, so no value of the view is missing from what a user takes away.
  const apart = ranking.otherUnits.flatMap((u) => u.rows);
  const observations = [...drawn.rows, ...apart].map((r) => r.observation);
  return {
    title: `${indicatorName(indicator, lang)}${year === null ? '' : ` · ${year}`}`,
    subtitle: [
      t(lang, 'indicator.coverage', { reported: ranking.coverage.reported, of: ranking.coverage.of }),
      t(lang, `indicator.better.${indicator.better}`),
    ].join(' · '),
    source: sourceOf(
      [
        ...[...drawn.rows, ...apart].map((r) => ({ report: r.report, observation: r.observation })),
        ...drawn.notReported.map((n) => ({ report: n.report, observation: null })),
      ],
      meta,
      lang,
      ctx,
    ),
    notes: [...chartNotes(observations, lang, ctx), ...otherUnitNotes(ranking, lang)],
    fileBase: `${indicator.id}-${year ?? ''}-${lang}`,
    ariaLabel: rankingAriaLabel(ranking, lang),
    csv: () => [
      ...rankingCsvRows(drawn, lang, ctx),
      // Each unit ranked apart: its rows without a second header, the rank said to be within
      // that unit ("1（项）"), so it is never read as a place in the main ranking.
      ...ranking.otherUnits.flatMap((u) =>
        rankingCsvRows(
          { ...ranking, rows: u.rows, notReported: [], unreviewed: [], otherUnits: [] },
          lang,
          ctx,
        )
          .slice(1)
          .map(([rank, ...rest]) => [
            `${rank}${lang === 'zh' ? '（' : ' ('}${formatUnit(u.unit, lang)}${lang === 'zh' ? '）' : ')'}`,
            ...rest,
          ]),
      ),
    ],
    citations: citedFirst([...drawn.rows, ...apart], marked).map((r) =>
      citation(
        r.observation.id,
        `${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
        { agency: r.agency, report: r.report, indicator, observation: r.observation },
        lang,
        ctx,
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
  ctx?: SourceContext,
): ChartView {
  const drawn: Ranking = { ...ranking, notReported: [] };
  const base = rankingChartView(ranking, { ...drawn, rows: [] }, meta, lang, ctx);
  const wanted = new Set(marked);
  const cited = [
    ...ranking.rows.filter((r) => wanted.has(r.agency.id)),
    ...ranking.rows.slice(0, 50).filter((r) => !wanted.has(r.agency.id)),
  ];
  const observations = ranking.rows.map((r) => r.observation);
  return {
    ...base,
    source: sourceOf(
      ranking.rows.map((r) => ({ report: r.report, observation: r.observation })),
      meta,
      lang,
      ctx,
    ),
    notes: [
      ...distributionNotes(ranking, lang),
      ...otherUnitNotes(ranking, lang),
      ...chartNotes(observations, lang, ctx),
    ],
    csv: () => rankingCsvRows(drawn, lang, ctx),
    citations: cited.map((r) =>
      citation(
        r.observation.id,
        `${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
        { agency: r.agency, report: r.report, indicator: ranking.indicator, observation: r.observation },
        lang,
        ctx,
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
  ctx?: SourceContext,
): ChartView {
  const base = rankingChartView(ranking, { ...ranking, rows: [], notReported: [] }, meta, lang, ctx);
  const groupName = t(lang, `filters.group.${group}`);
  const observations = ranking.rows.map((r) => r.observation);
  // The medians are approximate when any value under them is; imported or derived values under
  // them are named as everywhere else.
  const originNotes = chartNotes(observations, lang, ctx).filter((n) => n !== qualifierLegendText(lang));
  return {
    ...base,
    subtitle: t(lang, 'find.groupChart', { group: groupName, count: groups.length }),
    source: sourceOf(
      ranking.rows.map((r) => ({ report: r.report, observation: r.observation })),
      meta,
      lang,
      ctx,
    ),
    notes: [...(groups.some((g) => g.approximate) ? [qualifierLegendText(lang)] : []), ...originNotes],
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
  ctx?: SourceContext,
): ChartView {
  const values = drawn.rows.flatMap((row) =>
    row.values.flatMap((o, a) => (o ? [{ o, row, agency: drawn.agencies[a]! }] : [])),
  );
  const reports = values.flatMap((v) => {
    const report = reportById.get(v.o.reportId);
    return report ? [{ report, observation: v.o }] : [];
  });
  const names = comparison.agencies.map((a) => agencyName(a, lang)).join(lang === 'zh' ? '、' : ', ');
  const year = comparison.year;
  return {
    title: `${t(lang, 'compare.title')}${lang === 'zh' ? '：' : ': '}${names}`,
    subtitle: `${year !== null ? `${t(lang, 'ui.year', { year })} · ` : ''}${t(lang, 'compare.axis')}`,
    source: sourceOf(reports, meta, lang, ctx),
    notes: chartNotes(
      values.map((v) => v.o),
      lang,
      ctx,
    ),
    fileBase: `compare-${comparison.agencies.map((a) => a.id).join('-')}-${year ?? ''}-${lang}`,
    ariaLabel: compareAriaLabel(drawn, lang),
    csv: () => compareCsvRows(drawn, reportById, lang, ctx),
    citations: values.map(({ o, row, agency }) =>
      citation(
        o.id,
        `${agencyName(agency, lang)} · ${indicatorName(row.indicator, lang)} · ${formatValue(o, lang)}`,
        { agency, report: reportById.get(o.reportId) ?? null, indicator: row.indicator, observation: o },
        lang,
        ctx,
      ),
    ),
    derived: values.some((v) => v.o.derived),
    notReported: comparison.rows.some((r) => r.values.some((v) => v === null)),
  };
}

/** A map's chart view, plus what the page shows beside the map: its legend and its notes. */
export interface MapChartView extends ChartView {
  legend: MapLegend;
  /** Lines above the map: what it shows, how each area's value is aggregated, what is left off it. */
  screenNotes: string[];
}

const listSep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');
/** Sentences after an aria summary, each ended as the language ends one. */
const sentences = (lang: Lang, parts: readonly string[]) =>
  parts.map((p) => (lang === 'zh' ? `${p}。` : ` ${p}.`)).join('');

/**
 * A map's source line (the reports of the ranking it colours, not-reported ones included) and the
 * notes its image carries: how areas are aggregated and scaled, the value marks, the boundaries.
 */
function mapSourceAndNotes(
  ranking: Ranking,
  scaleNote: string,
  boundaryNotice: string,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
  ctx: SourceContext | undefined,
): Pick<ChartView, 'source' | 'notes'> {
  return {
    source: sourceOf(
      [
        ...ranking.rows.map((r) => ({ report: r.report, observation: r.observation })),
        ...ranking.notReported.map((n) => ({ report: n.report, observation: null })),
      ],
      meta,
      lang,
      ctx,
    ),
    notes: [
      scaleNote,
      ...chartNotes(
        ranking.rows.map((r) => r.observation),
        lang,
        ctx,
      ),
      boundaryNotice,
    ],
  };
}

/** One indicator on a district map; `boundaryNotice` is where the boundaries come from (their licence). */
export function districtMapChartView(
  data: DistrictMapData,
  boundaryNotice: string,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
  theme: ChartTheme = 'light',
  ctx?: SourceContext,
): MapChartView {
  const { indicator, year } = data.ranking;
  const reported = data.districts.filter((c) => c.status === 'reported').length;
  const region = placeName(data.region, lang);
  const scale = districtMapScale(data, lang);
  const derived = data.districts.some((c) => c.derived);
  const aggregation = t(lang, 'map.agg.district', { types: mapTypesLabel(data.type, lang) });
  const showing = [
    t(lang, 'map.showing', { region, type: mapTypeLabel(data.type, lang) }),
    ...(data.shared ? [t(lang, 'map.sharedNote')] : []),
    ...(data.typeSource === 'filter' ? [t(lang, 'map.typeFromFilter')] : []),
  ].join(' ');
  return {
    title: `${indicatorName(indicator, lang)}${year === null ? '' : ` · ${year}`}`,
    subtitle: `${region} · ${mapTypeLabel(data.type, lang)} · ${t(lang, 'map.districtsReported', {
      reported,
      of: data.districts.length,
    })}`,
    ...mapSourceAndNotes(
      data.ranking,
      `${aggregation} · ${scale.statement}`,
      boundaryNotice,
      meta,
      lang,
      ctx,
    ),
    fileBase: `${indicator.id}-${region}-${year ?? ''}-${lang}`,
    ariaLabel: `${mapAriaLabel(data, lang)}${sentences(lang, [aggregation, scale.statement])}`,
    csv: () => districtMapCsvRows(data, lang),
    citations: data.districts.flatMap((cell) =>
      cell.rows.map((r) =>
        citation(
          r.observation.id,
          `${placeName(cell.district, lang)} · ${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
          { agency: r.agency, report: r.report, indicator, observation: r.observation },
          lang,
          ctx,
        ),
      ),
    ),
    derived: data.districts.some((c) => c.rows.some((r) => r.observation.derived)),
    notReported: data.districts.some((c) => c.status === 'not_reported'),
    legend: mapLegend(scale, derived, theme, lang),
    screenNotes: [
      showing,
      aggregation,
      ...(data.offMap.length > 0
        ? [
            t(lang, 'map.offMap', {
              count: data.offMap.length,
              names: data.offMap
                .slice(0, 10)
                .map((a) => agencyName(a, lang))
                .join(listSep(lang)),
            }),
          ]
        : []),
    ],
  };
}

/** One indicator on the province map of China. */
export function provinceMapChartView(
  data: ProvinceMapData,
  boundaryNotice: string,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
  theme: ChartTheme = 'light',
  ctx?: SourceContext,
): MapChartView {
  const { indicator, year } = data.ranking;
  const scale = provinceMapScale(data, lang);
  const aggregation = provinceAggregationText(data, lang);
  const country = t(lang, 'map.country');
  const unplacedCount = data.unplaced.reduce((n, u) => n + u.agencies.length, 0);
  const derivedShown = data.provinces.some((c) => c.derived);
  return {
    title: `${indicatorName(indicator, lang)}${year === null ? '' : ` · ${year}`}`,
    subtitle: `${country} · ${aggregation}`,
    ...mapSourceAndNotes(
      data.ranking,
      `${aggregation} · ${scale.statement}`,
      boundaryNotice,
      meta,
      lang,
      ctx,
    ),
    fileBase: `${indicator.id}-${country}-${year ?? ''}-${lang}`,
    ariaLabel: `${provinceMapAriaLabel(data, lang)}${sentences(lang, [scale.statement])}`,
    csv: () => provinceMapCsvRows(data, lang),
    // A median is not any one agency's number: only single-agency provinces are cited.
    citations: data.provinces.flatMap((cell) =>
      cell.aggregate === 'single'
        ? cell.rows.map((r) =>
            citation(
              r.observation.id,
              `${placeName(cell.province, lang)} · ${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
              { agency: r.agency, report: r.report, indicator, observation: r.observation },
              lang,
              ctx,
            ),
          )
        : [],
    ),
    derived: derivedShown,
    notReported: data.provinces.some((c) => c.status === 'not_reported'),
    legend: mapLegend(scale, derivedShown, theme, lang),
    screenNotes: [
      t(lang, 'map.showing', { region: country, type: mapTypeLabel(data.type, lang) }) +
        (data.typeSource === 'filter' ? ` ${t(lang, 'map.typeFromFilter')}` : ''),
      `${aggregation} · ${t(lang, 'map.provincesReported', {
        reported: provincesReported(data),
        of: data.provinces.length,
      })}`,
      t(lang, 'map.province.hint'),
      ...(unplacedCount > 0
        ? [
            t(lang, 'map.unplaced', {
              count: unplacedCount,
              names: data.unplaced
                .slice(0, 10)
                .map((u) => `${u.region || '—'} (${u.agencies.length})`)
                .join(listSep(lang)),
            }),
          ]
        : []),
    ],
  };
}
