// One agency's indicators, grouped by category, with its position among agencies of its type.

import { type Absence, absenceInReport } from './absence.ts';
import { type ComputedChange, computedChange } from './computedChange.ts';
import { type CellStatus, cellStatus } from './coverage.ts';
import { applyFilter, effectiveYear, reportYears } from './filter.ts';
import { type Flag, flagsForReport } from './flags.ts';
import { type PeerPosition, peerKey, peerPositions } from './peers.ts';
import { primaryKey, primaryObservations } from './primary.ts';
import { type RateCounts, rateCounts } from './ranking.ts';
import { type RankMovement, rankMovement } from './rankMovement.ts';
import type { Agency, Dataset, Indicator, Observation, Report } from './types.ts';

export interface ProfileEntry {
  indicator: Indicator;
  status: CellStatus;
  observation: Observation | null;
  alsoReported: readonly Observation[];
  /** Among agencies of the same type with a report for the same year (whole dataset). */
  position: PeerPosition | null;
  counts: RateCounts | null;
  /** Why there is no value (null when there is one): 未报告 only for a reviewed report (absence.ts). */
  absence: Absence | null;
  /** The same indicator the year before (null when there is no year before or no report then). */
  previous: { observation: Observation | null; position: PeerPosition | null } | null;
  /** Change from the year before worked out from both values (derived); null without both. */
  change: ComputedChange | null;
  /** Places moved among peers since the year before; null unless both years have a position. */
  movement: RankMovement | null;
}

export interface ProfileCategory {
  category: string;
  entries: ProfileEntry[];
}

export interface AgencyProfile {
  agency: Agency;
  year: number | null;
  /** Years this agency has reports for, newest first (for a year picker). */
  years: number[];
  report: Report | null;
  categories: ProfileCategory[];
  flags: Flag[];
  /** Agencies of the same type with a report for the year, this one included. */
  peers: number;
  reportedCount: number;
  /** The report is imported and its review not complete: what it lacks is not known yet. */
  reviewPending: boolean;
}

export interface ProfileOptions {
  year?: number;
  /** Leave out indicators the agency does not report (default false: show them as not reported). */
  reportedOnly?: boolean;
}

export function agencyProfile(
  dataset: Dataset,
  agencyId: string,
  opts: ProfileOptions = {},
): AgencyProfile | null {
  const agency = dataset.agencies.find((a) => a.id === agencyId);
  if (!agency) return null;
  const own = dataset.reports.filter((r) => r.agencyId === agencyId);
  const years = reportYears({ reports: own });
  const year = opts.year ?? effectiveYear({ reports: own }, {});
  const peersScope = applyFilter(
    dataset,
    year === null ? { type: agency.type } : { type: agency.type, year },
  );
  const primaries = primaryObservations(peersScope.observations);
  const positions = peerPositions(dataset, peersScope.agencies, primaries);
  const report = own.find((r) => r.year === year) ?? null;
  // The year before, read the same way (peers of the same type that year), for the change and the
  // rank movement; only when this agency has a report for it.
  const before = year !== null && own.some((r) => r.year === year - 1) ? year - 1 : null;
  const beforeScope = before === null ? null : applyFilter(dataset, { type: agency.type, year: before });
  const beforePrimaries = beforeScope ? primaryObservations(beforeScope.observations) : null;
  const beforePositions =
    beforeScope && beforePrimaries ? peerPositions(dataset, beforeScope.agencies, beforePrimaries) : null;

  const categories: ProfileCategory[] = [];
  let reportedCount = 0;
  for (const indicator of dataset.indicators) {
    const group =
      report && year !== null ? primaries.get(primaryKey(agencyId, year, indicator.id)) : undefined;
    if (!group && opts.reportedOnly) continue;
    if (group) reportedCount++;
    const position = group ? (positions.get(peerKey(agencyId, indicator.id)) ?? null) : null;
    const prior =
      before !== null && beforePrimaries && beforePositions
        ? (beforePrimaries.get(primaryKey(agencyId, before, indicator.id)) ?? null)
        : null;
    const previous =
      before !== null && beforePositions
        ? {
            observation: prior?.primary ?? null,
            position: prior ? (beforePositions.get(peerKey(agencyId, indicator.id)) ?? null) : null,
          }
        : null;
    const entry: ProfileEntry = {
      indicator,
      status: cellStatus(group?.primary),
      observation: group?.primary ?? null,
      alsoReported: group?.alsoReported ?? [],
      position,
      counts: group && year !== null ? rateCounts(indicator.id, agencyId, year, primaries) : null,
      absence: group ? null : absenceInReport(dataset, report),
      previous,
      change: computedChange(indicator, previous?.observation ?? null, group?.primary ?? null),
      movement: rankMovement(previous?.position?.rank, position?.rank),
    };
    const category = categories.find((c) => c.category === indicator.category);
    if (category) category.entries.push(entry);
    else categories.push({ category: indicator.category, entries: [entry] });
  }
  const peers = new Set(peersScope.reports.map((r) => r.agencyId)).size;
  const flags = report
    ? flagsForReport(
        dataset,
        report,
        peersScope.observations.filter((o) => o.reportId === report.id),
        agency.type,
      )
    : [];
  const reviewPending = report !== null && absenceInReport(dataset, report) === 'unreviewed';
  return { agency, year, years, report, categories, flags, peers, reportedCount, reviewPending };
}
