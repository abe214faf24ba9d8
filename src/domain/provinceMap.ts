// One indicator on the province map of China, for ONE agency type at a time: each province is
// coloured by the median of the values its agencies of that type state (one agency: its value).
// A province whose agencies of the type do not state it is "not reported" (hatched), never 0; one
// with no agency of the type is "no agency". Regions that cannot be placed on the map are listed,
// never dropped silently.
import { aggregateRows, chooseMapType, type MapTypeChoice, resolveMapRegion } from './districtMap.ts';
import { agencyMatches, type Filter } from './filter.ts';
import { MAP_REGIONS } from './places.ts';
import { PROVINCES, provinceOf } from './provinces.ts';
import { type Ranking, type RankRow, rankIndicator } from './ranking.ts';
import type { Agency, Dataset } from './types.ts';

/** `mapregion=` value of the country map. */
export const COUNTRY_MAP = 'china';

export type ProvinceStatus = 'reported' | 'not_reported' | 'no_report' | 'no_agency';

export interface ProvinceCell {
  /** Full name (上海市): what the region filter is set to when the province is opened. */
  province: string;
  /** The feature's name in china.json (上海). */
  mapName: string;
  /** The region as the data writes it (most agencies' spelling); the province name when none. */
  region: string;
  status: ProvinceStatus;
  /** Agencies of the type that state a value, best first. */
  rows: RankRow[];
  notReported: Agency[];
  noReport: Agency[];
  value: number | null;
  aggregate: 'single' | 'median' | null;
  /** The value shown rests on a derived value (a middle one of the median). */
  derived: boolean;
}

export interface ProvinceMapData {
  type: string;
  typeSource: MapTypeChoice['typeSource'];
  types: MapTypeChoice['types'];
  /** The agencies of the type, ranked nationally (the rest of the filter applied). */
  ranking: Ranking;
  /** Every province of the map, in the map's order of PROVINCES. */
  provinces: ProvinceCell[];
  /** Regions of agencies of the type that name no province, with their agencies. */
  unplaced: { region: string; agencies: Agency[] }[];
}

/**
 * Which map the indicator view shows: a region with a district map (Shanghai, Tianjin), the
 * country (COUNTRY_MAP), or none (the region filter names a region without a district map).
 * Default: a district map when every agency shown sits in a region that has one, else the country.
 */
export function resolveMapScope(
  dataset: Pick<Dataset, 'agencies'>,
  filter: Filter,
  requested: string | null | undefined,
): string | null {
  if (filter.region !== undefined) return MAP_REGIONS.includes(filter.region) ? filter.region : null;
  if (requested === COUNTRY_MAP) return COUNTRY_MAP;
  if (requested && MAP_REGIONS.includes(requested)) return requested;
  const outside = dataset.agencies.some(
    (a) => agencyMatches(a, { ...filter, type: undefined }) && !MAP_REGIONS.includes(a.region),
  );
  return outside ? COUNTRY_MAP : resolveMapRegion(dataset, filter, requested);
}

export function provinceMapData(
  dataset: Dataset,
  indicatorId: string,
  filter: Filter,
  opts: { type?: string | null } = {},
): ProvinceMapData {
  const whole = rankIndicator(dataset, indicatorId, filter);
  const everyone = [
    ...whole.rows.map((r) => r.agency),
    ...whole.notReported.map((n) => n.agency),
    ...whole.noReport,
  ];
  const { type, typeSource, types } = chooseMapType(
    everyone,
    whole.rows.map((r) => r.agency),
    filter.type,
    opts.type,
  );
  const ranking =
    filter.type !== undefined ? whole : rankIndicator(dataset, indicatorId, { ...filter, type });

  const cells = new Map<string, ProvinceCell & { spellings: Map<string, number> }>(
    PROVINCES.map((p) => [
      p.map,
      {
        province: p.zh,
        mapName: p.map,
        region: p.zh,
        status: 'no_agency',
        rows: [],
        notReported: [],
        noReport: [],
        value: null,
        aggregate: null,
        derived: false,
        spellings: new Map(),
      },
    ]),
  );
  const unplaced = new Map<string, Agency[]>();
  const cellOf = (agency: Agency) => {
    const p = provinceOf(agency.region);
    const cell = p ? cells.get(p.map) : undefined;
    if (!cell) {
      const list = unplaced.get(agency.region);
      if (list) list.push(agency);
      else unplaced.set(agency.region, [agency]);
      return null;
    }
    cell.spellings.set(agency.region, (cell.spellings.get(agency.region) ?? 0) + 1);
    return cell;
  };
  for (const row of ranking.rows) cellOf(row.agency)?.rows.push(row);
  for (const n of ranking.notReported) cellOf(n.agency)?.notReported.push(n.agency);
  for (const a of ranking.noReport) cellOf(a)?.noReport.push(a);

  const provinces: ProvinceCell[] = [];
  for (const { spellings, ...cell } of cells.values()) {
    if (cell.rows.length > 0) {
      cell.status = 'reported';
      Object.assign(cell, aggregateRows(cell.rows));
    } else if (cell.notReported.length > 0) cell.status = 'not_reported';
    else if (cell.noReport.length > 0) cell.status = 'no_report';
    let best = 0;
    for (const [region, n] of spellings) {
      if (n > best) {
        best = n;
        cell.region = region;
      }
    }
    provinces.push(cell);
  }
  return {
    type,
    typeSource,
    types,
    ranking,
    provinces,
    unplaced: [...unplaced].map(([region, agencies]) => ({ region, agencies })),
  };
}
