// What the trend chart shows around its drawing (downloads, citations, embeds): title, the basis of
// the distribution as subtitle, the source line of the drawn agencies' reports, the notes, the CSV
// rows (one per drawn point and per year's median and quartiles; a year without a value is an
// empty value with its status, never 0) and one citation per drawn value.
import type { Lang } from '../domain/lang.ts';
import type { DatasetMeta, Observation, Report } from '../domain/types.ts';
import type { IndicatorTrend } from '../domain/yearSeries.ts';
import { citationText } from '../format/citation.ts';
import type { CsvValue } from '../format/csvCell.ts';
import { type MessageKey, t } from '../format/messages.ts';
import { indicatorName } from '../format/names.ts';
import { qualifierLegendText } from '../format/qualifierLegend.ts';
import { sourceLine } from '../format/sourceLine.ts';
import { formatValue } from '../format/value.ts';
import type { ChartView } from './chartView.ts';
import { displayOrigin } from './rankingOption.ts';
import { trendAriaLabel, trendBasisText, trendNotes, trendSeriesName } from './trendOption.ts';
import { yearPointText } from './yearPointText.ts';

const COLUMNS: readonly MessageKey[] = [
  'csv.year',
  'csv.agency',
  'csv.agencyId',
  'csv.indicatorId',
  'csv.value',
  'csv.unit',
  'csv.qualifier',
  'csv.shown',
  'csv.status',
  'csv.origin',
  'csv.report',
  'csv.reportedAgencies',
];

function pointStatus(o: Observation | null, status: string, lang: Lang): string {
  if (!o) return status === 'no_report' ? t(lang, 'time.noReport') : t(lang, 'csv.status.not_reported');
  return t(lang, o.derived || o.origin === 'derived' ? 'csv.status.derived' : 'csv.status.reported');
}

export function trendCsvRows(
  trend: IndicatorTrend,
  focus: string | null | undefined,
  reportById: ReadonlyMap<string, Report>,
  lang: Lang,
): CsvValue[][] {
  const ind = trend.indicator;
  const rows: CsvValue[][] = [COLUMNS.map((k) => t(lang, k))];
  for (const { agency, points } of trend.agencies) {
    for (const p of points) {
      const o = p.observation;
      rows.push([
        p.year,
        trendSeriesName(agency, focus, lang),
        agency.id,
        ind.id,
        o ? o.value : null,
        o ? o.unit : ind.unit,
        o && o.qualifier !== 'exact' ? t(lang, `qualifier.${o.qualifier}`) : '',
        yearPointText(p, lang),
        pointStatus(o, p.status, lang),
        o ? t(lang, `origin.${displayOrigin(o)}`) : '',
        o ? (reportById.get(o.reportId)?.title ?? o.reportId) : '',
        '',
      ]);
    }
  }
  const stats: [MessageKey, 'q1' | 'median' | 'q3'][] = [
    ['time.q1', 'q1'],
    ['time.median', 'median'],
    ['time.q3', 'q3'],
  ];
  for (const d of trend.distribution) {
    for (const [key, field] of stats) {
      const v = d[field];
      rows.push([
        d.year,
        `${t(lang, key)} · ${trendBasisText(trend, lang)}`,
        '',
        ind.id,
        v,
        ind.unit,
        '',
        v === null
          ? '—'
          : formatValue({ value: v, unit: ind.unit, qualifier: 'exact' }, lang, { maximumFractionDigits: 1 }),
        t(lang, 'csv.status.derived'),
        t(lang, 'origin.derived'),
        '',
        d.count,
      ]);
    }
  }
  return rows;
}

export function trendChartView(
  trend: IndicatorTrend,
  focus: string | null | undefined,
  reportById: ReadonlyMap<string, Report>,
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
): ChartView {
  const from = trend.years[0] ?? '';
  const to = trend.years[trend.years.length - 1] ?? '';
  const drawn = trend.agencies.flatMap(({ agency, points }) =>
    points.flatMap((p) => (p.observation ? [{ agency, o: p.observation }] : [])),
  );
  const reports = drawn.map((d) => reportById.get(d.o.reportId)).filter((r): r is Report => r !== undefined);
  return {
    title: t(lang, 'time.trendTitle', { indicator: indicatorName(trend.indicator, lang), from, to }),
    subtitle: trendBasisText(trend, lang),
    source: sourceLine(reports, meta, lang),
    notes: [
      ...trendNotes(trend, lang),
      ...(drawn.some((d) => d.o.qualifier !== 'exact') ? [qualifierLegendText(lang)] : []),
    ],
    fileBase: `${trend.indicator.id}-${from}-${to}-${lang}`,
    ariaLabel: trendAriaLabel(trend, lang, focus),
    csv: () => trendCsvRows(trend, focus, reportById, lang),
    citations: drawn.map(({ agency, o }) => ({
      id: o.id,
      label: `${trendSeriesName(agency, focus, lang)} · ${o.year} · ${formatValue(o, lang)}`,
      text: citationText(
        { agency, report: reportById.get(o.reportId) ?? null, indicator: trend.indicator, observation: o },
        lang,
      ),
    })),
    derived: drawn.some((d) => d.o.derived),
    notReported: trend.agencies.some(({ points }) => points.some((p) => p.observation === null)),
  };
}
