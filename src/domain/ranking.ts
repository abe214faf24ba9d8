// One indicator across agencies, best first, with honest positions for approximate values.
import { absenceInReport } from './absence.ts';
import { comparableUnit } from './comparableUnit.ts';
import { compareZh } from './compareZh.ts';
import { agencyMatches, effectiveYear, type Filter, isEmptyFilter } from './filter.ts';
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
  /** Agencies with a reviewed report for the year that does not state this indicator (未报告). */
  notReported: { agency: Agency; report: Report }[];
  /**
   * Agencies whose report for the year lacks a value but is not reviewed yet (an import): "not
   * found yet", never "not reported" (absence.ts). Kept apart so nothing calls them 未报告.
   */
  unreviewed: { agency: Agency; report: Report }[];
  /** Agencies without any report for the year (nothing to read the value from). */
  noReport: Agency[];
  coverage: { reported: number; of: number };
  /**
   * Values written in a unit that does not count what the indicator's unit counts (人 vs 人次; 场,
   * 项 and 次 of 普法活动), each unit ranked on its own; empty unless `separateUnits` was asked for.
   */
  otherUnits: { unit: string; rows: RankRow[] }[];
}

export interface RankOptions {
  /** Leave derived values out of the ranking (they still count as reported). Default false. */
  excludeDerived?: boolean;
  /** Rank values in units not comparable with the indicator's apart (`otherUnits`). Default false. */
  separateUnits?: boolean;
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
    comparableUnits: [],
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

/**
 * What applyFilter(dataset, { ...filter, year }) selects, without copying the dataset: the
 * matching agencies, their reports of the year, and only those reports' observations of the
 * indicators asked for: a ranking reads two or three of the forty, so filtering and grouping all
 * ~180k observations of a national dataset on every switch is work thrown away.
 */
function scopeFor(
  dataset: Dataset,
  filter: Filter,
  year: number | null,
  indicatorIds: ReadonlySet<string>,
): Pick<Dataset, 'agencies' | 'reports' | 'observations'> {
  const agencyFilter = { ...filter, year: undefined };
  if (year === null && isEmptyFilter(agencyFilter)) return dataset;
  const agencies = isEmptyFilter(agencyFilter)
    ? dataset.agencies
    : dataset.agencies.filter((a) => agencyMatches(a, filter));
  const agencyIds = new Set(agencies.map((a) => a.id));
  const reports = dataset.reports.filter(
    (r) => agencyIds.has(r.agencyId) && (year === null || r.year === year),
  );
  const reportIds = new Set(reports.map((r) => r.id));
  const observations: Observation[] = [];
  const byIndicator = observationsByIndicator(dataset.observations);
  for (const id of indicatorIds) {
    for (const o of byIndicator.get(id) ?? []) {
      // Only observations of the year are ever looked up (primaryKey has the year in it).
      if ((year === null || o.year === year) && reportIds.has(o.reportId)) observations.push(o);
    }
  }
  return { agencies, reports, observations };
}

// Each indicator's observations in dataset order, worked out once per list of observations (they
// are never changed in place): a switch to another indicator then reads only that indicator's.
const BY_INDICATOR = new WeakMap<readonly Observation[], Map<string, Observation[]>>();

export function observationsByIndicator(
  observations: readonly Observation[],
): ReadonlyMap<string, Observation[]> {
  let map = BY_INDICATOR.get(observations);
  if (!map) {
    map = new Map();
    for (const o of observations) {
      const list = map.get(o.indicator);
      if (list) list.push(o);
      else map.set(o.indicator, [o]);
    }
    BY_INDICATOR.set(observations, map);
  }
  return map;
}

/** effectiveYear(applyFilter(dataset, { ...filter, year: undefined }), filter), without the copy. */
function rankedYear(dataset: Dataset, filter: Filter): number | null {
  if (filter.year !== undefined) return filter.year;
  const agencyFilter = { ...filter, year: undefined };
  if (isEmptyFilter(agencyFilter)) return effectiveYear(dataset, filter);
  const agencyIds = new Set(dataset.agencies.filter((a) => agencyMatches(a, filter)).map((a) => a.id));
  let newest: number | null = null;
  for (const r of dataset.reports) {
    if (agencyIds.has(r.agencyId) && (newest === null || r.year > newest)) newest = r.year;
  }
  return newest;
}

export function rankIndicator(
  dataset: Dataset,
  indicatorId: string,
  filter: Filter = {},
  opts: RankOptions = {},
): Ranking {
  const indicator = findIndicator(dataset, indicatorId);
  const year = rankedYear(dataset, filter);
  const counts = RATE_COUNTS[indicatorId];
  const wanted = new Set(counts ? [indicatorId, counts.numerator, counts.denominator] : [indicatorId]);
  const scoped = scopeFor(dataset, filter, year, wanted);
  const primaries = primaryObservations(scoped.observations);
  const reportByAgency = new Map<string, Report>();
  // An agency with two reports in one year (a re-publication) is read from the first listed.
  for (const r of scoped.reports) if (!reportByAgency.has(r.agencyId)) reportByAgency.set(r.agencyId, r);

  const candidates: Omit<RankRow, 'rank'>[] = [];
  const notReported: Ranking['notReported'] = [];
  const unreviewed: Ranking['unreviewed'] = [];
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
      if (absenceInReport(dataset, report) === 'unreviewed') unreviewed.push({ agency, report });
      else notReported.push({ agency, report });
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
  // An indicator the catalogue does not know has no unit to compare with: everything ranks together.
  const apart = opts.separateUnits === true && indicator.unit !== '';
  const main = apart ? candidates.filter((c) => comparableUnit(indicator, c.observation.unit)) : candidates;
  const otherUnits: Ranking['otherUnits'] = [];
  if (apart) {
    const byUnit = new Map<string, Omit<RankRow, 'rank'>[]>();
    for (const c of candidates) {
      if (comparableUnit(indicator, c.observation.unit)) continue;
      const list = byUnit.get(c.observation.unit);
      if (list) list.push(c);
      else byUnit.set(c.observation.unit, [c]);
    }
    for (const [unit, list] of byUnit) otherUnits.push({ unit, rows: rankRows(list, order) });
    otherUnits.sort((a, b) => b.rows.length - a.rows.length || compareZh(a.unit, b.unit));
  }
  return {
    indicator,
    year,
    order,
    rows: rankRows(main, order),
    notReported,
    unreviewed,
    noReport,
    coverage: { reported, of: reported + notReported.length + unreviewed.length },
    otherUnits,
  };
}

function rankRows(candidates: readonly Omit<RankRow, 'rank'>[], order: 'asc' | 'desc'): RankRow[] {
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
      compareZh(a.agency.nameZh, b.agency.nameZh) ||
      (a.agency.id < b.agency.id ? -1 : 1),
  );
  return rows;
}
