// One indicator of one agency over the years, and one indicator of many agencies over the years,
// read from indexes built once per dataset (a national set has ~600k observations: a scan per
// small chart would be far too slow). A year without a value is a gap with its reason, never 0.
import { comparableUnit } from './comparableUnit.ts';
import type { DatasetIndex } from './datasetIndex.ts';
import { agencyMatches, type Filter } from './filter.ts';
import { type PrimaryObservation, primaryKey, primaryObservations } from './primary.ts';
import { observationsByIndicator } from './ranking.ts';
import type { Agency, Indicator, Observation } from './types.ts';

export type YearStatus = 'reported' | 'not_reported' | 'no_report';

export interface YearPoint {
  year: number;
  /** The primary value of the year (the same one the ranking and the profile show); null = a gap. */
  observation: Observation | null;
  /** reported; not_reported (the year's report gives no value); no_report (no report that year). */
  status: YearStatus;
}

/** The dataset's years, oldest first (the x axis of every trend). */
export function seriesYears(index: Pick<DatasetIndex, 'years'>): number[] {
  return [...index.years].sort((a, b) => a - b);
}

const BY_AGENCY = new WeakMap<readonly Observation[], Map<string, Observation[]>>();

function observationsByAgency(observations: readonly Observation[]): ReadonlyMap<string, Observation[]> {
  let map = BY_AGENCY.get(observations);
  if (!map) {
    map = new Map();
    for (const o of observations) {
      const list = map.get(o.agencyId);
      if (list) list.push(o);
      else map.set(o.agencyId, [o]);
    }
    BY_AGENCY.set(observations, map);
  }
  return map;
}

function reportYearsOf(index: Pick<DatasetIndex, 'reportsByAgency'>, agencyId: string): Set<number> {
  return new Set((index.reportsByAgency.get(agencyId) ?? []).map((r) => r.year));
}

function point(year: number, years: ReadonlySet<number>, group: PrimaryObservation | undefined): YearPoint {
  if (group) return { year, observation: group.primary, status: 'reported' };
  return { year, observation: null, status: years.has(year) ? 'not_reported' : 'no_report' };
}

/** Every indicator of one agency over `years` (oldest first), keyed by indicator id. */
export function agencySeries(
  index: Pick<DatasetIndex, 'dataset' | 'reportsByAgency'>,
  agencyId: string,
  years: readonly number[],
): Map<string, YearPoint[]> {
  const own = observationsByAgency(index.dataset.observations).get(agencyId) ?? [];
  const primaries = primaryObservations(own);
  const reported = reportYearsOf(index, agencyId);
  const result = new Map<string, YearPoint[]>();
  for (const indicator of index.dataset.indicators) {
    result.set(
      indicator.id,
      years.map((y) => point(y, reported, primaries.get(primaryKey(agencyId, y, indicator.id)))),
    );
  }
  return result;
}

export interface YearDistribution {
  year: number;
  /** Agencies of the basis whose value of the year went in (comparable units only). */
  count: number;
  /** Quartiles of the stated numbers (an approximate value counts at its stated number). */
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** Values left out because their unit counts something else (人 vs 人次). */
  incomparable: number;
  /** Values that went in with a qualifier (余, 近 …). */
  approximate: number;
}

export interface IndicatorTrend {
  indicator: Indicator;
  years: number[];
  /** The agencies asked for (focused first), each with its points; unknown ids are left out. */
  agencies: { agency: Agency; points: YearPoint[] }[];
  /** Agencies the distribution is taken over: the filter (region, district) and one type. */
  basis: { type: string | null; agencies: number };
  distribution: YearDistribution[];
}

// Primary values of one indicator's observations, worked out once per list (lists are never
// changed in place): stepping between indicators and back in the trend view reads them again.
const PRIMARIES = new WeakMap<readonly Observation[], Map<string, PrimaryObservation>>();

function primariesOf(observations: readonly Observation[]): ReadonlyMap<string, PrimaryObservation> {
  let map = PRIMARIES.get(observations);
  if (!map) {
    map = primaryObservations(observations);
    PRIMARIES.set(observations, map);
  }
  return map;
}

/** Quantile by linear interpolation between closest ranks (the usual "type 7"). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * One indicator over the years: the agencies asked for, and per year the median and quartiles of
 * the agencies matching `filter` (its year ignored: a trend spans them all) of type `type` (null =
 * every type). Reads only this indicator's observations.
 */
export function indicatorTrend(
  index: Pick<DatasetIndex, 'dataset' | 'reportsByAgency' | 'agencyById' | 'indicatorById' | 'years'>,
  indicatorId: string,
  agencyIds: readonly string[],
  filter: Filter,
  type: string | null,
): IndicatorTrend | null {
  const indicator = index.indicatorById.get(indicatorId);
  if (!indicator) return null;
  const years = seriesYears(index);
  const scope = { ...filter, year: undefined, type: type ?? undefined };
  const all = observationsByIndicator(index.dataset.observations).get(indicatorId) ?? [];
  const primaries = primariesOf(all);
  const values = new Map<number, { values: number[]; incomparable: number; approximate: number }>(
    years.map((y) => [y, { values: [], incomparable: 0, approximate: 0 }]),
  );
  const basis = new Set<string>();
  for (const a of index.dataset.agencies) if (agencyMatches(a, scope)) basis.add(a.id);
  for (const group of primaries.values()) {
    const o = group.primary;
    if (!basis.has(o.agencyId)) continue;
    const bucket = values.get(o.year);
    if (!bucket) continue;
    if (!comparableUnit(indicator, o.unit)) {
      bucket.incomparable++;
      continue;
    }
    if (o.qualifier !== 'exact') bucket.approximate++;
    bucket.values.push(o.value);
  }
  const distribution = years.map((year) => {
    const bucket = values.get(year)!;
    const sorted = bucket.values.sort((a, b) => a - b);
    return {
      year,
      count: sorted.length,
      q1: quantile(sorted, 0.25),
      median: quantile(sorted, 0.5),
      q3: quantile(sorted, 0.75),
      incomparable: bucket.incomparable,
      approximate: bucket.approximate,
    };
  });
  const agencies: IndicatorTrend['agencies'] = [];
  for (const id of new Set(agencyIds)) {
    const agency = index.agencyById.get(id);
    if (!agency) continue;
    const reported = reportYearsOf(index, id);
    agencies.push({
      agency,
      points: years.map((y) => point(y, reported, primaries.get(primaryKey(id, y, indicatorId)))),
    });
  }
  return { indicator, years, agencies, basis: { type, agencies: basis.size }, distribution };
}
