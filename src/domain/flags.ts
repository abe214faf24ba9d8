// Weak-area flags an oversight team acts on. Each flag names the report (and observation or
// section) it rests on so the interface can link straight to the evidence.
import { isReviewedReport } from './absence.ts';
import { reportConsistency } from './consistency.ts';
import { isExpectedOf } from './expectedOf.ts';
import { applyFilter, type Filter } from './filter.ts';
import { CORE_INDICATOR_IDS } from './indicators.ts';
import { valueInterval } from './interval.ts';
import { primaryObservations } from './primary.ts';
import { findIndicator } from './ranking.ts';
import { type Dataset, type Observation, SECTION_IDS, type SectionId } from './types.ts';
import { yoyChange } from './yoyChange.ts';

export type FlagKind = 'core_missing' | 'rate_below_norm' | 'yoy_fall' | 'section_missing' | 'inconsistent';
export const FLAG_KINDS: readonly FlagKind[] = [
  'section_missing',
  'rate_below_norm',
  'core_missing',
  'yoy_fall',
  'inconsistent',
];

export type FlagSeverity = 'high' | 'medium' | 'low';
export const FLAG_SEVERITIES: readonly FlagSeverity[] = ['high', 'medium', 'low'];

export interface Flag {
  kind: FlagKind;
  severity: FlagSeverity;
  agencyId: string;
  reportId: string;
  indicatorId?: string;
  section?: SectionId;
  observationId?: string;
}

/** Rates the rules expect at 100% (every case / every petition); anything less is flagged. */
export const NORM_100_RATES: readonly string[] = [
  'litigation.head_appearance_rate',
  'petition.on_time_rate',
  'litigation.first_case_rate',
  'reconsideration.hearing_head_rate',
];

/**
 * Severity by kind. A missing required report part and a head-appearance rate under 100% breach
 * explicit rules (high); a core number absent from the report is a transparency gap (medium); a
 * year-on-year fall is a prompt to look closer (low). A rate that may still be 100% because it
 * is approximate (">95%") is medium rather than high. A core indicator counts as missing only
 * where it is expected of the agency's type (see expectedOf.ts).
 */
export function flagsForReport(
  /** With meta, a report whose review is pending raises no core_missing flag (absence.ts). */
  dataset: Pick<Dataset, 'indicators'> & Partial<Pick<Dataset, 'meta'>>,
  report: Dataset['reports'][number],
  observations: readonly Observation[],
  /** The agency's type; '' when unknown (then every core indicator applies). */
  agencyType: string,
): Flag[] {
  const base = { agencyId: report.agencyId, reportId: report.id };
  const flags: Flag[] = [];
  for (const section of SECTION_IDS) {
    if (!report.sections[section])
      flags.push({ kind: 'section_missing', severity: 'high', ...base, section });
  }
  const primaries = primaryObservations(observations.filter((o) => o.reportId === report.id));
  const byIndicator = new Map([...primaries.values()].map((g) => [g.primary.indicator, g]));
  for (const id of NORM_100_RATES) {
    const o = byIndicator.get(id)?.primary;
    if (!o || o.value >= 100) continue;
    const iv = valueInterval(o.value, o.qualifier, '%');
    const certain = iv.high < 100 || (iv.high === 100 && iv.highOpen);
    flags.push({
      kind: 'rate_below_norm',
      severity: certain ? 'high' : 'medium',
      ...base,
      indicatorId: id,
      observationId: o.id,
    });
  }
  // Absent from a report nobody has read through is not known to be missing: the extractor misses
  // values. It is a review to do (pendingReviews), not a gap of the agency's.
  const reviewed = dataset.meta === undefined || isReviewedReport({ meta: dataset.meta }, report.id);
  for (const id of reviewed ? CORE_INDICATOR_IDS : []) {
    if (!byIndicator.has(id) && isExpectedOf(id, agencyType))
      flags.push({ kind: 'core_missing', severity: 'medium', ...base, indicatorId: id });
  }
  for (const group of byIndicator.values()) {
    const better = findIndicator(dataset, group.primary.indicator).better;
    if (better === 'neutral') continue;
    // Every stated change that points the wrong way, once per (value, change) pair: the same
    // sentence read twice must not raise two flags.
    const seen = new Set<string>();
    for (const o of [group.primary, ...group.alsoReported]) {
      const change = yoyChange(o);
      if (change === null) continue;
      const falls = (better === 'higher' && change < 0) || (better === 'lower' && change > 0);
      const key = `${o.value}|${o.yoyPct}|${o.yoyPoints}`;
      if (!falls || seen.has(key)) continue;
      seen.add(key);
      flags.push({
        kind: 'yoy_fall',
        severity: 'low',
        ...base,
        indicatorId: o.indicator,
        observationId: o.id,
      });
    }
  }
  // Values of this report that contradict each other (consistency.ts): a wrong number is the
  // worst outcome, so high.
  for (const w of reportConsistency(report.id, observations)) {
    flags.push({
      kind: 'inconsistent',
      severity: 'high',
      ...base,
      indicatorId: w.indicatorId,
      observationId: w.observationId,
    });
  }
  return flags;
}

const SEVERITY_ORDER: Record<FlagSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Every flag for the reports the filter selects, most severe first. */
export function weakAreaFlags(dataset: Dataset, filter: Filter = {}): Flag[] {
  const scoped = applyFilter(dataset, filter);
  const byReport = new Map<string, Observation[]>();
  for (const o of scoped.observations) {
    const list = byReport.get(o.reportId);
    if (list) list.push(o);
    else byReport.set(o.reportId, [o]);
  }
  const types = new Map(dataset.agencies.map((a) => [a.id, a.type]));
  const flags = scoped.reports.flatMap((r) =>
    flagsForReport(dataset, r, byReport.get(r.id) ?? [], types.get(r.agencyId) ?? ''),
  );
  // Stable sort keeps report order and kind order within a severity.
  return flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
