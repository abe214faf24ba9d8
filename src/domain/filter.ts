// The filters every view shares (region, district, agency type, year).
import type { Agency, Dataset, Report } from './types.ts';

export interface Filter {
  region?: string;
  district?: string;
  type?: string;
  year?: number;
}

export function agencyMatches(agency: Agency, filter: Filter): boolean {
  return (
    (filter.region === undefined || agency.region === filter.region) &&
    (filter.district === undefined || agency.district === filter.district) &&
    (filter.type === undefined || agency.type === filter.type)
  );
}

export function reportMatches(report: Report, filter: Filter): boolean {
  return filter.year === undefined || report.year === filter.year;
}

/**
 * The part of the dataset the filter selects: matching agencies, their reports of the chosen year
 * and those reports' observations. The indicator catalogue and meta are kept whole.
 */
export function applyFilter(dataset: Dataset, filter: Filter): Dataset {
  if (isEmptyFilter(filter)) return dataset;
  const agencies = dataset.agencies.filter((a) => agencyMatches(a, filter));
  const agencyIds = new Set(agencies.map((a) => a.id));
  const reports = dataset.reports.filter((r) => agencyIds.has(r.agencyId) && reportMatches(r, filter));
  const reportIds = new Set(reports.map((r) => r.id));
  const observations = dataset.observations.filter((o) => reportIds.has(o.reportId));
  return { ...dataset, agencies, reports, observations };
}

export function isEmptyFilter(filter: Filter): boolean {
  return (
    filter.region === undefined &&
    filter.district === undefined &&
    filter.type === undefined &&
    filter.year === undefined
  );
}

/** Years that have at least one report, newest first. */
export function reportYears(dataset: Pick<Dataset, 'reports'>): number[] {
  return [...new Set(dataset.reports.map((r) => r.year))].sort((a, b) => b - a);
}

/** The year a single-year view shows: the filter's, else the newest year with a report. */
export function effectiveYear(dataset: Pick<Dataset, 'reports'>, filter: Filter): number | null {
  return filter.year ?? reportYears(dataset)[0] ?? null;
}
