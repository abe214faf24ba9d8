// One agency's value of one indicator in each year it has a report: a year with a report but no
// value is "not reported" (a gap, never 0); a year without a report is a different gap.
import { primaryObservations } from './primary.ts';
import type { Observation, Report } from './types.ts';

export interface YearPoint {
  year: number;
  /** The agency has a report for the year (else the year is a gap of another kind). */
  hasReport: boolean;
  /** The value that stands for the indicator that year (primary); null = not reported. */
  observation: Observation | null;
}

/**
 * @param reports the agency's reports
 * @param observations the agency's observations (any indicator; others are ignored)
 * @param years the years to show, ascending; default the years of its reports
 */
export function seriesByYear(
  reports: readonly Pick<Report, 'year'>[],
  observations: readonly Observation[],
  indicatorId: string,
  years: readonly number[] = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b),
): YearPoint[] {
  const byYear = new Map<number, Observation>();
  for (const group of primaryObservations(observations.filter((o) => o.indicator === indicatorId)).values()) {
    byYear.set(group.primary.year, group.primary);
  }
  const reported = new Set(reports.map((r) => r.year));
  return years.map((year) => ({
    year,
    hasReport: reported.has(year),
    observation: reported.has(year) ? (byYear.get(year) ?? null) : null,
  }));
}
