// What the overview counts: agencies by region and type, reports per year, flags by kind.

import { agencyMatches, type Filter } from './filter.ts';
import type { Flag, FlagKind } from './flags.ts';
import { FLAG_KINDS } from './flags.ts';
import type { Dataset } from './types.ts';

export interface CountRow {
  key: string;
  count: number;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface OverviewStats {
  byRegion: CountRow[];
  byDistrict: CountRow[];
  byType: CountRow[];
  byYear: CountRow[];
}

export function overviewStats(dataset: Pick<Dataset, 'agencies' | 'reports'>): OverviewStats {
  return {
    byRegion: countBy(dataset.agencies, (a) => a.region),
    byDistrict: countBy(dataset.agencies, (a) => a.district || '—'),
    byType: countBy(dataset.agencies, (a) => a.type),
    byYear: countBy(dataset.reports, (r) => String(r.year)).sort((a, b) => b.key.localeCompare(a.key)),
  };
}

export interface OverviewCounts extends OverviewStats {
  /** Agencies the place filters select, whether or not they reported. */
  agencies: number;
  /** Of those, the agencies with a report in the chosen year (any year when none is chosen). */
  reportingAgencies: number;
  reports: number;
  observations: number;
  /** The chosen year, or null when every year is counted. */
  year: number | null;
}

/**
 * The overview's headline counts under the filter: with a year chosen, the agencies that reported
 * that year (and their regions, types and districts), that year's reports and values; without
 * one, everything. Reports per year always list every year, so the chosen one is seen in context.
 */
export function overviewCounts(dataset: Dataset, filter: Filter): OverviewCounts {
  const placed = dataset.agencies.filter((a) => agencyMatches(a, filter));
  const placedIds = new Set(placed.map((a) => a.id));
  const placedReports = dataset.reports.filter((r) => placedIds.has(r.agencyId));
  const year = filter.year ?? null;
  const reports = year === null ? placedReports : placedReports.filter((r) => r.year === year);
  const reporting = new Set(reports.map((r) => r.agencyId));
  const reportIds = new Set(reports.map((r) => r.id));
  const observations =
    year === null && placedReports.length === dataset.reports.length
      ? dataset.observations.length
      : dataset.observations.reduce((n, o) => n + (reportIds.has(o.reportId) ? 1 : 0), 0);
  const counted = year === null ? placed : placed.filter((a) => reporting.has(a.id));
  const stats = overviewStats({ agencies: counted, reports: placedReports });
  return {
    ...stats,
    agencies: placed.length,
    reportingAgencies: reporting.size,
    reports: reports.length,
    observations,
    year,
  };
}

export interface FlagCount {
  kind: FlagKind;
  total: number;
  high: number;
  agencies: number;
}

export function flagCounts(flags: readonly Flag[]): FlagCount[] {
  return FLAG_KINDS.map((kind) => {
    const mine = flags.filter((f) => f.kind === kind);
    return {
      kind,
      total: mine.length,
      high: mine.filter((f) => f.severity === 'high').length,
      agencies: new Set(mine.map((f) => f.agencyId)).size,
    };
  });
}
