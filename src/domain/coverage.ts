// Agencies × indicators: who reported what, and where each stands among its peers.
import { type Absence, absenceInReport } from './absence.ts';
import { applyFilter, effectiveYear, type Filter } from './filter.ts';
import { type PeerPosition, peerKey, peerPositions } from './peers.ts';
import { primaryKey, primaryObservations } from './primary.ts';
import { findIndicator } from './ranking.ts';
import type { Agency, Dataset, Indicator, Observation, Report } from './types.ts';

/** 'derived' when the only value we have was computed from other numbers, not stated. */
export type CellStatus = 'reported' | 'derived' | 'not_reported';

export interface CoverageCell {
  agencyId: string;
  indicatorId: string;
  status: CellStatus;
  observation: Observation | null;
  /** Position among agencies of the same type and year; 1 best … 0 worst; null when not comparable. */
  percentile: number | null;
  position: PeerPosition | null;
  /** Why there is no value (null when there is one): 未报告 only for a reviewed report (absence.ts). */
  absence?: Absence | null;
}

export interface CoverageRow {
  agency: Agency;
  /** null when the agency has no report for the year: every cell is then not_reported. */
  report: Report | null;
  cells: CoverageCell[];
  reportedCount: number;
}

export interface CoverageMatrix {
  year: number | null;
  indicators: Indicator[];
  rows: CoverageRow[];
  /** Per indicator (same order as `indicators`): agencies with a value, out of rows with a report. */
  indicatorCoverage: { reported: number; of: number }[];
}

export interface CoverageOptions {
  /** Indicators (columns) to show, in this order; default the whole catalogue of the dataset. */
  indicatorIds?: readonly string[];
}

export function cellStatus(observation: Observation | null | undefined): CellStatus {
  if (!observation) return 'not_reported';
  return observation.derived ? 'derived' : 'reported';
}

export function coverageMatrix(
  dataset: Dataset,
  filter: Filter = {},
  opts: CoverageOptions = {},
): CoverageMatrix {
  const year = effectiveYear(applyFilter(dataset, { ...filter, year: undefined }), filter);
  const scoped = applyFilter(dataset, year === null ? filter : { ...filter, year });
  const indicators = opts.indicatorIds
    ? opts.indicatorIds.map((id) => findIndicator(dataset, id))
    : [...dataset.indicators];
  const primaries = primaryObservations(scoped.observations);
  const positions = peerPositions(dataset, scoped.agencies, primaries);
  const reportByAgency = new Map<string, Report>();
  for (const r of scoped.reports) if (!reportByAgency.has(r.agencyId)) reportByAgency.set(r.agencyId, r);

  const rows = scoped.agencies.map((agency): CoverageRow => {
    const report = reportByAgency.get(agency.id) ?? null;
    const cells = indicators.map((indicator): CoverageCell => {
      const observation =
        report && year !== null
          ? (primaries.get(primaryKey(agency.id, year, indicator.id))?.primary ?? null)
          : null;
      const position = observation ? (positions.get(peerKey(agency.id, indicator.id)) ?? null) : null;
      return {
        agencyId: agency.id,
        indicatorId: indicator.id,
        status: cellStatus(observation),
        observation,
        percentile: position?.percentile ?? null,
        position,
        absence: observation ? null : absenceInReport(dataset, report),
      };
    });
    return { agency, report, cells, reportedCount: cells.filter((c) => c.status !== 'not_reported').length };
  });
  const withReport = rows.filter((r) => r.report !== null).length;
  const indicatorCoverage = indicators.map((_, i) => ({
    reported: rows.filter((r) => r.cells[i]!.status !== 'not_reported').length,
    of: withReport,
  }));
  return { year, indicators, rows, indicatorCoverage };
}
