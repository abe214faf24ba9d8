// Lookups the views need on every render, built once per loaded dataset (the synthetic dataset
// has ~180k observations: scanning it per click or per row would be too slow).
import { compareZh } from './compareZh.ts';
import type { Agency, Dataset, Indicator, Observation, Report } from './types.ts';

export interface DatasetIndex {
  dataset: Dataset;
  agencyById: ReadonlyMap<string, Agency>;
  reportById: ReadonlyMap<string, Report>;
  indicatorById: ReadonlyMap<string, Indicator>;
  observationById: ReadonlyMap<string, Observation>;
  observationsByReport: ReadonlyMap<string, readonly Observation[]>;
  reportsByAgency: ReadonlyMap<string, readonly Report[]>;
  /** Distinct values for the filter bar, sorted for display. */
  regions: readonly string[];
  districtsByRegion: ReadonlyMap<string, readonly string[]>;
  agencyTypes: readonly string[];
  years: readonly number[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const districts = new Map<string, Set<string>>();
  const types = new Set<string>();
  for (const a of dataset.agencies) {
    types.add(a.type);
    let set = districts.get(a.region);
    if (!set) {
      set = new Set();
      districts.set(a.region, set);
    }
    if (a.district) set.add(a.district);
  }
  const districtsByRegion = new Map([...districts].map(([r, s]) => [r, [...s].sort(compareZh)]));
  // The lookups by observation and by report cost most (every observation) and only some views
  // use them: each is built the first time it is read.
  let observationById: Map<string, Observation> | null = null;
  let observationsByReport: Map<string, Observation[]> | null = null;
  let reportsByAgency: Map<string, Report[]> | null = null;
  let reportById: Map<string, Report> | null = null;
  return {
    dataset,
    agencyById: new Map(dataset.agencies.map((a) => [a.id, a])),
    get reportById() {
      reportById ??= new Map(dataset.reports.map((r) => [r.id, r]));
      return reportById;
    },
    indicatorById: new Map(dataset.indicators.map((i) => [i.id, i])),
    get observationById() {
      if (!observationById) {
        observationById = new Map();
        for (const o of dataset.observations) observationById.set(o.id, o);
      }
      return observationById;
    },
    get observationsByReport() {
      if (!observationsByReport) {
        observationsByReport = new Map();
        for (const o of dataset.observations) push(observationsByReport, o.reportId, o);
      }
      return observationsByReport;
    },
    get reportsByAgency() {
      if (!reportsByAgency) {
        reportsByAgency = new Map();
        for (const r of dataset.reports) push(reportsByAgency, r.agencyId, r);
        for (const list of reportsByAgency.values()) list.sort((a, b) => b.year - a.year);
      }
      return reportsByAgency;
    },
    regions: [...districts.keys()].sort(compareZh),
    districtsByRegion,
    agencyTypes: [...types].sort(),
    years: [...new Set(dataset.reports.map((r) => r.year))].sort((a, b) => b - a),
  };
}
