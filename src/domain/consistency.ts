// Data-quality checks on one report's values: counts and rates that cannot all be true at once
// (more disputes resolved than accepted, a stated success rate far from resolved ÷ accepted, more
// cases accepted than applications received). Approximate values are read as intervals
// (interval.ts): a warning is raised only when no reading of the qualifiers makes them agree, so
// "约5000件" resolved of "4800余件" accepted is no contradiction. Values with different scopes
// (a district total beside one unit's figure) or non-comparable units are never compared.
import { comparableUnit } from './comparableUnit.ts';
import { indicatorById } from './indicators.ts';
import { definitelyAbove, type ValueInterval, valueInterval } from './interval.ts';
import { primaryObservations } from './primary.ts';
import type { Dataset, Observation } from './types.ts';

export type ConsistencyRule = 'part_above_whole' | 'rate_mismatch';

/** A count that can be at most another count of the same report (the part never exceeds the whole). */
export interface CountPair {
  part: string;
  whole: string;
}

/**
 * Every pair of the catalogue where one count is a subset of another in the same year: accepted
 * cases come from the applications received, resolved disputes from those accepted. Concluded
 * reconsideration cases are not paired with accepted ones: cases carried over from the previous
 * year are concluded too, so more concluded than accepted is ordinary.
 */
export const COUNT_PAIRS: readonly CountPair[] = [
  { part: 'reconsideration.accepted', whole: 'reconsideration.received' },
  { part: 'mediation.resolved', whole: 'mediation.accepted' },
];

/** A rate the catalogue defines as numerator ÷ denominator of two of its counts. */
export interface RateRule {
  rate: string;
  numerator: string;
  denominator: string;
}

export const RATE_RULES: readonly RateRule[] = [
  { rate: 'mediation.success_rate', numerator: 'mediation.resolved', denominator: 'mediation.accepted' },
];

/** The indicators any rule reads: every other value is skipped before the checks. */
export const CHECKED_INDICATORS: ReadonlySet<string> = new Set([
  ...COUNT_PAIRS.flatMap((p) => [p.part, p.whole]),
  ...RATE_RULES.flatMap((r) => [r.rate, r.numerator, r.denominator]),
]);

/** How far (percentage points) a stated rate may sit from its counts' ratio: rounding, not contradiction. */
export const RATE_TOLERANCE_POINTS = 2;

export interface ConsistencyWarning {
  rule: ConsistencyRule;
  reportId: string;
  agencyId: string;
  /** The value the warning is shown beside: the part, or the stated rate. */
  observationId: string;
  indicatorId: string;
  /** The values it contradicts: the whole; or the numerator and the denominator. */
  relatedIds: readonly string[];
  /** rate_mismatch: the percentages resolved ÷ accepted allows (bounds of the interval). */
  ratio?: { low: number; high: number };
}

function interval(o: Observation): ValueInterval {
  return valueInterval(o.value, o.qualifier, o.unit);
}

function comparable(a: Observation, b: Observation): boolean {
  return (a.scope ?? '') === (b.scope ?? '');
}

function fitsCatalogueUnit(o: Observation): boolean {
  const indicator = indicatorById(o.indicator);
  return indicator !== undefined && comparableUnit(indicator, o.unit);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The warnings for one report, from its primary value per indicator (the value every view shows).
 * `observations` may hold other reports' values; only `reportId`'s are read.
 */
export function reportConsistency(
  reportId: string,
  observations: readonly Observation[],
): ConsistencyWarning[] {
  const mine = observations.filter((o) => o.reportId === reportId && CHECKED_INDICATORS.has(o.indicator));
  if (mine.length < 2) return [];
  const byIndicator = new Map<string, Observation>();
  for (const g of primaryObservations(mine).values()) byIndicator.set(g.primary.indicator, g.primary);
  const warnings: ConsistencyWarning[] = [];
  for (const { part, whole } of COUNT_PAIRS) {
    const p = byIndicator.get(part);
    const w = byIndicator.get(whole);
    if (!p || !w || !comparable(p, w) || !fitsCatalogueUnit(p) || !fitsCatalogueUnit(w)) continue;
    if (!definitelyAbove(interval(p), interval(w))) continue;
    warnings.push({
      rule: 'part_above_whole',
      reportId,
      agencyId: p.agencyId,
      observationId: p.id,
      indicatorId: part,
      relatedIds: [w.id],
    });
  }
  for (const rule of RATE_RULES) {
    const r = byIndicator.get(rule.rate);
    const n = byIndicator.get(rule.numerator);
    const d = byIndicator.get(rule.denominator);
    // A derived rate is computed from these very counts: it cannot contradict them.
    if (!r || !n || !d || r.derived || r.unit !== '%') continue;
    if (!comparable(r, n) || !comparable(r, d) || !fitsCatalogueUnit(n) || !fitsCatalogueUnit(d)) continue;
    const ni = interval(n);
    const di = interval(d);
    if (di.low <= 0 && di.high <= 0) continue;
    const low = di.high > 0 ? (ni.low / di.high) * 100 : 0;
    const high = di.low > 0 ? (ni.high / di.low) * 100 : Number.POSITIVE_INFINITY;
    const ri = interval(r);
    const far = ri.low - high > RATE_TOLERANCE_POINTS || low - ri.high > RATE_TOLERANCE_POINTS;
    if (!far) continue;
    warnings.push({
      rule: 'rate_mismatch',
      reportId,
      agencyId: r.agencyId,
      observationId: r.id,
      indicatorId: rule.rate,
      relatedIds: [n.id, d.id],
      ratio: { low: round1(low), high: Number.isFinite(high) ? round1(high) : high },
    });
  }
  return warnings;
}

/** Every warning of a dataset, in report order. */
export function datasetConsistency(dataset: Pick<Dataset, 'reports' | 'observations'>): ConsistencyWarning[] {
  const byReport = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const list = byReport.get(o.reportId);
    if (list) list.push(o);
    else byReport.set(o.reportId, [o]);
  }
  return dataset.reports.flatMap((r) => reportConsistency(r.id, byReport.get(r.id) ?? []));
}

const byReportCache = new WeakMap<readonly Observation[], readonly ConsistencyWarning[]>();

/**
 * The warning beside one value, if any: its report's checks, computed once per report's list of
 * observations (the views ask on every row they draw; only the rows drawn are checked).
 */
export function consistencyWarningFor(
  observation: Pick<Observation, 'id' | 'reportId' | 'indicator'>,
  reportObservations: readonly Observation[],
): ConsistencyWarning | undefined {
  if (!CHECKED_INDICATORS.has(observation.indicator)) return undefined;
  let warnings = byReportCache.get(reportObservations);
  if (!warnings) {
    warnings = reportConsistency(observation.reportId, reportObservations);
    byReportCache.set(reportObservations, warnings);
  }
  return warnings.find((w) => w.observationId === observation.id);
}
