// One indicator across agencies, best first, with honest positions for approximate values.
import { applyFilter, effectiveYear, type Filter } from './filter.ts';
import { indicatorById } from './indicators.ts';
import { rankRanges, type ValueInterval, valueInterval } from './interval.ts';
import { type PrimaryObservation, primaryKey, primaryObservations } from './primary.ts';
import type { Agency, Dataset, Indicator, Observation, Report } from './types.ts';

export interface RankPosition {
  /** Best position this value can hold (1 = first). */
  from: number;
  /** Worst position this value can hold; equal to `from` when the position is certain. */
  to: number;
}

/** The counts a rate was computed from, taken from the same report. */
export interface RateCounts {
  numerator: Observation;
  denominator: Observation;
}

export interface RankRow {
  agency: Agency;
  report: Report;
  observation: Observation;
  /** Other values the same report gives for this indicator (sub-units, derived duplicates). */
  alsoReported: readonly Observation[];
  interval: ValueInterval;
  rank: RankPosition;
  counts: RateCounts | null;
}

export interface Ranking {
  indicator: Indicator;
  /** The year ranked (the filter's, else the newest year with a report); null for an empty dataset. */
  year: number | null;
  /** 'desc' when higher values come first (higher-is-better and neutral), 'asc' for lower-is-better. */
  order: 'asc' | 'desc';
  rows: RankRow[];
  /** Agencies with a report for the year that do not state this indicator. */
  notReported: { agency: Agency; report: Report }[];
  /** Agencies without any report for the year (nothing to read the value from). */
  noReport: Agency[];
  coverage: { reported: number; of: number };
}

export interface RankOptions {
  /** Leave derived values out of the ranking (they still count as reported). Default false. */
  excludeDerived?: boolean;
}

/**
 * Rates whose counts the catalogue also holds: rate = numerator ÷ denominator of the same report.
 * One table, so the ranking, the profile and the tooltips agree on where a rate comes from.
 */
export const RATE_COUNTS: Readonly<Record<string, { numerator: string; denominator: string }>> = {
  'mediation.success_rate': { numerator: 'mediation.resolved', denominator: 'mediation.accepted' },
};

export function rateCounts(
  indicatorId: string,
  agencyId: string,
  year: number,
  primaries: ReadonlyMap<string, PrimaryObservation>,
): RateCounts | null {
  const mapping = RATE_COUNTS[indicatorId];
  if (!mapping) return null;
  const numerator = primaries.get(primaryKey(agencyId, year, mapping.numerator))?.primary;
  const denominator = primaries.get(primaryKey(agencyId, year, mapping.denominator))?.primary;
  return numerator && denominator ? { numerator, denominator } : null;
}

/** 'desc' unless lower values are better. */
export function rankOrder(indicator: Pick<Indicator, 'better'>): 'asc' | 'desc' {
  return indicator.better === 'lower' ? 'asc' : 'desc';
}

function unknownIndicator(id: string): Indicator {
  return {
    id,
    category: 'other',
    nameZh: id,
    nameEn: id,
    unit: '',
    altUnits: [],
    kind: 'count',
    better: 'neutral',
    core: false,
    definitionEn: '',
    definitionZh: '',
  };
}

export function findIndicator(dataset: Pick<Dataset, 'indicators'>, id: string): Indicator {
  return dataset.indicators.find((i) => i.id === id) ?? indicatorById(id) ?? unknownIndicator(id);
}

export function rankIndicator(
  dataset: Dataset,
  indicatorId: string,
  filter: Filter = {},
  opts: RankOptions = {},
): Ranking {
  const indicator = findIndicator(dataset, indicatorId);
  const year = effectiveYear(applyFilter(dataset, { ...filter, year: undefined }), filter);
  const scoped = applyFilter(dataset, year === null ? filter : { ...filter, year });
  const primaries = primaryObservations(scoped.observations);
  const reportByAgency = new Map<string, Report>();
  // An agency with two reports in one year (a re-publication) is read from the first listed.
  for (const r of scoped.reports) if (!reportByAgency.has(r.agencyId)) reportByAgency.set(r.agencyId, r);

  const candidates: Omit<RankRow, 'rank'>[] = [];
  const notReported: Ranking['notReported'] = [];
  const noReport: Agency[] = [];
  let reported = 0;
  for (const agency of scoped.agencies) {
    const report = reportByAgency.get(agency.id);
    if (!report || year === null) {
      noReport.push(agency);
      continue;
    }
    const group = primaries.get(primaryKey(agency.id, year, indicatorId));
    if (!group) {
      notReported.push({ agency, report });
      continue;
    }
    reported++;
    const pick = opts.excludeDerived
      ? [group.primary, ...group.alsoReported].find((o) => !o.derived)
      : group.primary;
    if (!pick) continue;
    candidates.push({
      agency,
      report,
      observation: pick,
      alsoReported: [group.primary, ...group.alsoReported].filter((o) => o !== pick),
      interval: valueInterval(pick.value, pick.qualifier, indicator.unit),
      counts: rateCounts(indicatorId, agency.id, year, primaries),
    });
  }

  const order = rankOrder(indicator);
  const ranks = rankRanges(
    candidates.map((c) => c.interval),
    order === 'desc',
  );
  const rows: RankRow[] = candidates.map((c, i) => ({ ...c, rank: ranks[i]! }));
  const sign = order === 'desc' ? -1 : 1;
  rows.sort(
    (a, b) =>
      a.rank.from - b.rank.from ||
      sign * (a.observation.value - b.observation.value) ||
      a.rank.to - b.rank.to ||
      a.agency.nameZh.localeCompare(b.agency.nameZh, 'zh-CN') ||
      (a.agency.id < b.agency.id ? -1 : 1),
  );
  return {
    indicator,
    year,
    order,
    rows,
    notReported,
    noReport,
    coverage: { reported, of: reported + notReported.length },
  };
}
