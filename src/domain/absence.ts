// Why an agency has no value for an indicator in a year. "Not reported" (未报告) is a claim about
// the report: that a person has read it and it gives no number. The bundled corpus, dataset files
// and synthetic data are read; a report imported in this browser is read only once its review is
// marked complete. Until then the extractor's misses (a fifth of the values on real reports) are
// "not found yet (unreviewed)" and raise no flag. Every view that says 未报告 asks here.
import { applyFilter, type Filter } from './filter.ts';
import type { Dataset, Report } from './types.ts';

/**
 * `not_reported`: a reviewed report gives no value; `unreviewed`: the report is not reviewed yet,
 * so nobody knows; `no_report`: the agency has no report for the year at all.
 */
export type Absence = 'not_reported' | 'unreviewed' | 'no_report';
export const ABSENCES: readonly Absence[] = ['not_reported', 'unreviewed', 'no_report'];

const UNREVIEWED = new WeakMap<readonly string[], ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** Ids of the reports whose review is not complete (see DatasetMeta.unreviewedReports). */
export function unreviewedReportIds(dataset: Pick<Dataset, 'meta'>): ReadonlySet<string> {
  const ids = dataset.meta?.unreviewedReports;
  if (!ids || ids.length === 0) return NONE;
  let set = UNREVIEWED.get(ids);
  if (!set) {
    set = new Set(ids);
    UNREVIEWED.set(ids, set);
  }
  return set;
}

/** Whether a person has read the report, so that what it lacks is truly not reported. */
export function isReviewedReport(dataset: Pick<Dataset, 'meta'>, reportId: string): boolean {
  return !unreviewedReportIds(dataset).has(reportId);
}

/** Why a value is missing from this report (null = no report for the year). */
export function absenceInReport(
  dataset: Pick<Dataset, 'meta'>,
  report: Pick<Report, 'id'> | null | undefined,
): Absence {
  if (!report) return 'no_report';
  return isReviewedReport(dataset, report.id) ? 'not_reported' : 'unreviewed';
}

/**
 * Why the agency has no value for the indicator in the year, or null when it has one. The report
 * read is the agency's first of the year, as the rankings read it.
 */
export function absenceOf(
  dataset: Dataset,
  agencyId: string,
  indicatorId: string,
  year: number,
): Absence | null {
  const report = dataset.reports.find((r) => r.agencyId === agencyId && r.year === year);
  if (!report) return 'no_report';
  if (dataset.observations.some((o) => o.reportId === report.id && o.indicator === indicatorId)) return null;
  return absenceInReport(dataset, report);
}

/** A report in scope whose review is pending: shown as a to-do on the coverage view and the profile. */
export interface PendingReview {
  agencyId: string;
  reportId: string;
  year: number;
}

/** The unreviewed reports among those the filter selects, in dataset order. */
export function pendingReviews(dataset: Dataset, filter: Filter = {}): PendingReview[] {
  const ids = unreviewedReportIds(dataset);
  if (ids.size === 0) return [];
  return applyFilter(dataset, filter)
    .reports.filter((r) => ids.has(r.id))
    .map((r) => ({ agencyId: r.agencyId, reportId: r.id, year: r.year }));
}
