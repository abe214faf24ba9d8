// Agencies side by side: one value (or none) per agency and indicator.
import { type Absence, absenceInReport } from './absence.ts';
import { applyFilter, effectiveYear, type Filter } from './filter.ts';
import { primaryKey, primaryObservations } from './primary.ts';
import { findIndicator } from './ranking.ts';
import type { Agency, Dataset, Indicator, Observation } from './types.ts';

export interface ComparisonRow {
  indicator: Indicator;
  /** One entry per compared agency, in the order of `agencies`; null = not reported. */
  values: (Observation | null)[];
  /** Per compared agency: why there is no value (null when there is one), see absence.ts. */
  absences: (Absence | null)[];
}

export interface Comparison {
  year: number | null;
  agencies: Agency[];
  /** Agency ids asked for that the dataset does not have (shown as a notice, not dropped silently). */
  unknownAgencyIds: string[];
  rows: ComparisonRow[];
}

export interface CompareOptions {
  /** Indicators to compare; default: every indicator at least one of the agencies reports. */
  indicatorIds?: readonly string[];
}

export function compareAgencies(
  dataset: Dataset,
  agencyIds: readonly string[],
  filter: Pick<Filter, 'year'> = {},
  opts: CompareOptions = {},
): Comparison {
  const byId = new Map(dataset.agencies.map((a) => [a.id, a]));
  const unique = [...new Set(agencyIds)];
  const agencies = unique.map((id) => byId.get(id)).filter((a): a is Agency => a !== undefined);
  const unknownAgencyIds = unique.filter((id) => !byId.has(id));
  const ids = new Set(agencies.map((a) => a.id));
  const own = { ...dataset, reports: dataset.reports.filter((r) => ids.has(r.agencyId)) };
  const year = effectiveYear(own, { year: filter.year });
  const scoped = applyFilter(own, year === null ? {} : { year });
  const primaries = primaryObservations(scoped.observations.filter((o) => ids.has(o.agencyId)));
  const value = (agencyId: string, indicatorId: string) =>
    year === null ? null : (primaries.get(primaryKey(agencyId, year, indicatorId))?.primary ?? null);
  const indicators = opts.indicatorIds
    ? opts.indicatorIds.map((id) => findIndicator(dataset, id))
    : dataset.indicators.filter((i) => agencies.some((a) => value(a.id, i.id) !== null));
  const reportOf = (agencyId: string) =>
    year === null ? null : (scoped.reports.find((r) => r.agencyId === agencyId) ?? null);
  const rows = indicators.map((indicator) => {
    const values = agencies.map((a) => value(a.id, indicator.id));
    return {
      indicator,
      values,
      absences: values.map((v, i) => (v ? null : absenceInReport(dataset, reportOf(agencies[i]!.id)))),
    };
  });
  return { year, agencies, unknownAgencyIds, rows };
}

/**
 * The rows every compared agency reports. A radar has no way to draw "not reported": ECharts puts
 * a missing value at the centre, where it reads as 0. So the radar draws only these rows and says
 * how many it left to the bars and the table.
 */
export function commonRows(comparison: Comparison): Comparison {
  return { ...comparison, rows: comparison.rows.filter((row) => row.values.every((v) => v !== null)) };
}

/** A radar with fewer axes than this is a line or a point, not a shape; the view explains instead. */
export const RADAR_MIN_AXES = 3;
