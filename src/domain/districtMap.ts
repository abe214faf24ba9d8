// One indicator on a district map of one region (Shanghai or Tianjin). Each district is coloured
// by the value of the agency of the shown type there; when several agencies of that type sit in a
// district, by their median (marked as such). A district whose agencies of that type do not state
// the value is "not reported", never 0; one with no agency of that type or no report for the year
// is "no data".
//
// The map shows ONE agency type at a time, always: a district coloured by a district government's
// value beside one coloured by a justice bureau's would compare unlike bodies, and a district
// hatched "not reported" because its only agency in the data (a free-trade-zone administration)
// does not state a number would say the district did not report it. Default: the type with the
// most agencies stating the indicator, then the most agencies.
import type { Filter } from './filter.ts';
import { AGENCY_TYPE_IDS, DISTRICTS_BY_REGION, MAP_REGIONS, mapDistrictName } from './places.ts';
import { type Ranking, type RankRow, rankIndicator } from './ranking.ts';
import type { Agency, Dataset } from './types.ts';

export type DistrictStatus = 'reported' | 'not_reported' | 'no_report' | 'no_agency';
export const DISTRICT_STATUSES: readonly DistrictStatus[] = [
  'reported',
  'not_reported',
  'no_report',
  'no_agency',
];

export interface DistrictCell {
  /** The district's name on the map (and in DISTRICTS_BY_REGION). */
  district: string;
  status: DistrictStatus;
  /** Agencies of the shown type(s) in the district that state a value, best first. */
  rows: RankRow[];
  /** Agencies with a report for the year that do not state the indicator. */
  notReported: Agency[];
  /** Agencies without a report for the year. */
  noReport: Agency[];
  /**
   * Agencies whose imported report lacks the value but is not reviewed yet: not known to be
   * missing, so they never make a district "not reported" (absence.ts).
   */
  unreviewed: Agency[];
  /** What the district is coloured by; null unless reported. */
  value: number | null;
  /** 'single': one agency's value as stated; 'median': the median of several (a derived figure). */
  aggregate: 'single' | 'median' | null;
  /** The value shown rests on a derived value (the agency's, or a middle one of the median). */
  derived: boolean;
}

export interface DistrictMapData {
  region: string;
  /** The agency type shown (never a mix of types). */
  type: string;
  /** Where the type came from: the type filter, the address (maptype=) or the default. */
  typeSource: 'filter' | 'address' | 'default';
  /** Agency types among the region's agencies, most agencies first. */
  types: MapTypeChoice['types'];
  /** True when a district has agencies of more than one type. */
  shared: boolean;
  /** The ranking of the agencies shown (region, type and the rest of the filter applied). */
  ranking: Ranking;
  /** Every district of the region, in the official order. */
  districts: DistrictCell[];
  /** Agencies shown whose district is not on the map (unknown or empty district). */
  offMap: Agency[];
}

/**
 * The region a map shows: the region filter when it names a mapped region (none when it names
 * another region), else the address's choice, else the mapped region with the most agencies.
 */
export function resolveMapRegion(
  dataset: Pick<Dataset, 'agencies'>,
  filter: Filter,
  requested: string | null | undefined,
): string | null {
  if (filter.region !== undefined) return MAP_REGIONS.includes(filter.region) ? filter.region : null;
  if (requested && MAP_REGIONS.includes(requested)) return requested;
  const counts = MAP_REGIONS.map((r) => dataset.agencies.filter((a) => a.region === r).length);
  const best = Math.max(...counts);
  return best > 0 ? MAP_REGIONS[counts.indexOf(best)]! : MAP_REGIONS[0]!;
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The rows a median of their values is taken from: the middle one, or the middle two. */
export function medianRows(rows: readonly RankRow[]): RankRow[] {
  const sorted = [...rows].sort((a, b) => a.observation.value - b.observation.value);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? [sorted[mid]!] : sorted.slice(Math.max(0, mid - 1), mid + 1);
}

/** What an area of a map is coloured by: one agency's value or the median of several. */
export function aggregateRows(rows: readonly RankRow[]): {
  value: number | null;
  aggregate: 'single' | 'median' | null;
  derived: boolean;
} {
  if (rows.length === 0) return { value: null, aggregate: null, derived: false };
  return {
    value: median(rows.map((r) => r.observation.value)),
    aggregate: rows.length === 1 ? 'single' : 'median',
    derived: medianRows(rows).some((r) => r.observation.derived),
  };
}

function typeOrder(type: string): number {
  const i = (AGENCY_TYPE_IDS as readonly string[]).indexOf(type);
  return i < 0 ? AGENCY_TYPE_IDS.length : i;
}

export interface DistrictMapOptions {
  /** Region asked for in the address (used when the region filter is empty). */
  region?: string | null;
  /** Agency type asked for in the address; ignored when the type filter is set. */
  type?: string | null;
}

export interface MapTypeChoice {
  type: string;
  typeSource: 'filter' | 'address' | 'default';
  /** Agency types among the agencies, most agencies first, with how many state the indicator. */
  types: { type: string; agencies: number; reported: number }[];
}

/**
 * The one agency type a map shows: the type filter, else the address's type when agencies of it
 * are there, else the type with the most agencies stating the indicator (then the most agencies).
 */
export function chooseMapType(
  everyone: readonly Agency[],
  reporting: readonly Agency[],
  filterType: string | undefined,
  requested: string | null | undefined,
): MapTypeChoice {
  const counts = new Map<string, { agencies: number; reported: number }>();
  const entry = (type: string) => {
    let e = counts.get(type);
    if (!e) {
      e = { agencies: 0, reported: 0 };
      counts.set(type, e);
    }
    return e;
  };
  for (const a of everyone) entry(a.type).agencies++;
  for (const a of reporting) entry(a.type).reported++;
  const types = [...counts]
    .map(([type, c]) => ({ type, ...c }))
    .sort(
      (a, b) =>
        b.agencies - a.agencies ||
        b.reported - a.reported ||
        typeOrder(a.type) - typeOrder(b.type) ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
  if (filterType !== undefined) return { type: filterType, typeSource: 'filter', types };
  if (requested && types.some((t) => t.type === requested)) {
    return { type: requested, typeSource: 'address', types };
  }
  const best = [...types].sort(
    (a, b) => b.reported - a.reported || b.agencies - a.agencies || typeOrder(a.type) - typeOrder(b.type),
  )[0];
  return { type: best?.type ?? AGENCY_TYPE_IDS[0]!, typeSource: 'default', types };
}

export function districtMapData(
  dataset: Dataset,
  indicatorId: string,
  filter: Filter,
  opts: DistrictMapOptions = {},
): DistrictMapData | null {
  const region = resolveMapRegion(dataset, filter, opts.region);
  if (region === null) return null;
  const whole = rankIndicator(dataset, indicatorId, { ...filter, region });
  const everyone = [
    ...whole.rows.map((r) => r.agency),
    ...whole.notReported.map((n) => n.agency),
    ...whole.unreviewed.map((n) => n.agency),
    ...whole.noReport,
  ];

  const typesByDistrict = new Map<string, Set<string>>();
  for (const a of everyone) {
    const d = mapDistrictName(region, a.district);
    if (d === null) continue;
    let set = typesByDistrict.get(d);
    if (!set) {
      set = new Set();
      typesByDistrict.set(d, set);
    }
    set.add(a.type);
  }
  const shared = [...typesByDistrict.values()].some((s) => s.size > 1);
  const { type, typeSource, types } = chooseMapType(
    everyone,
    whole.rows.map((r) => r.agency),
    filter.type,
    opts.type,
  );

  const ranking =
    filter.type !== undefined ? whole : rankIndicator(dataset, indicatorId, { ...filter, region, type });
  const cells = new Map<string, DistrictCell>(
    DISTRICTS_BY_REGION[region]!.map((district) => [
      district,
      {
        district,
        status: 'no_agency',
        rows: [],
        notReported: [],
        noReport: [],
        unreviewed: [],
        value: null,
        aggregate: null,
        derived: false,
      },
    ]),
  );
  const offMap: Agency[] = [];
  const cellOf = (agency: Agency): DistrictCell | null => {
    const name = mapDistrictName(region, agency.district);
    const cell = name === null ? undefined : cells.get(name);
    if (!cell) offMap.push(agency);
    return cell ?? null;
  };
  for (const row of ranking.rows) cellOf(row.agency)?.rows.push(row);
  for (const n of ranking.notReported) cellOf(n.agency)?.notReported.push(n.agency);
  for (const a of ranking.noReport) cellOf(a)?.noReport.push(a);
  for (const n of ranking.unreviewed) cellOf(n.agency)?.unreviewed.push(n.agency);
  for (const cell of cells.values()) {
    if (cell.rows.length > 0) {
      cell.status = 'reported';
      Object.assign(cell, aggregateRows(cell.rows));
    } else if (cell.notReported.length > 0) cell.status = 'not_reported';
    else if (cell.noReport.length > 0 || cell.unreviewed.length > 0) cell.status = 'no_report';
  }
  return { region, type, typeSource, types, shared, ranking, districts: [...cells.values()], offMap };
}
