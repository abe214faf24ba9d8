// Every number with a measure word that is not emitted and that no negative rule excludes goes to
// the reviewer as a candidate, with the indicators it may be and why it was not emitted. Stated
// changes (同比增长15%) are not candidates: they belong to the value before them (unless the change
// itself has no sure reading).
import { implausibility } from './plausibility.ts';
import type { RefineContext } from './refiners/refiner.ts';
import { REJECT_IMPLAUSIBLE } from './refiners/rejectImplausible.ts';
import type { SectionMap } from './sections.ts';
import { evidenceSpan } from './segments.ts';
import { suggestIndicators } from './suggestIndicators.ts';
import type { CandidateReason, ExtractedCandidate, ExtractedObservation } from './types.ts';

/** Why each refiner drops a value, as the reviewer reads it. A duplicate's value is emitted. */
const DROPPED: ReadonlyMap<string, string | null> = new Map([
  ['targets', 'a target or plan, not a result'],
  ['report-year', 'a figure of another year or period'],
  ['dedupe', null],
]);

/** Mention index → name of the refiner that dropped its observation. */
export type DroppedBy = Map<number, string>;

/** Notes which classified mentions a refiner dropped (`before` → `after`). */
export function noteDropped(
  before: readonly ExtractedObservation[],
  after: readonly ExtractedObservation[],
  refiner: string,
  ctx: RefineContext,
  dropped: DroppedBy,
): void {
  const kept = new Set(after);
  for (const o of before) {
    const k = ctx.mentionOf.get(o);
    if (k !== undefined && !kept.has(o) && !dropped.has(k)) dropped.set(k, refiner);
  }
}

export function collectCandidates(
  classified: readonly ExtractedObservation[],
  emitted: readonly ExtractedObservation[],
  dropped: DroppedBy,
  ctx: RefineContext,
  sections: SectionMap,
): ExtractedCandidate[] {
  const emittedMentions = new Set<number>();
  for (const o of emitted) {
    const k = ctx.mentionOf.get(o);
    if (k !== undefined) emittedMentions.add(k);
  }
  const reading = new Map<number, ExtractedObservation>();
  for (const o of classified) {
    const k = ctx.mentionOf.get(o);
    if (k !== undefined && !reading.has(k)) reading.set(k, o);
  }
  const out: ExtractedCandidate[] = [];
  for (let k = 0; k < ctx.mentions.length; k++) {
    if (emittedMentions.has(k)) continue;
    const change = ctx.changes.get(k);
    if (change && change.doubt === null) continue;
    const by = dropped.get(k);
    if (by !== undefined && DROPPED.get(by) === null) continue;
    const m = ctx.mentions[k]!;
    const mc = ctx.contexts[k]!;
    const own = reading.get(k);
    // A change is no indicator's value.
    const suggestions = change
      ? []
      : suggestIndicators(m, mc, own ? { indicator: own.indicator, score: own.confidence } : undefined);
    const bad = implausibility(m.value, m.unit);
    let reason: CandidateReason;
    let detail: string | null = null;
    if (m.doubt || change?.doubt) {
      reason = 'low_confidence';
      detail = m.doubt ?? change?.doubt ?? null;
    } else if (bad) {
      reason = 'implausible';
      detail = bad;
    } else if (by !== undefined && by !== REJECT_IMPLAUSIBLE) {
      reason = 'low_confidence';
      detail = DROPPED.get(by) ?? `dropped by ${by}`;
    } else {
      reason = suggestions.length > 0 ? 'low_confidence' : 'no_indicator';
    }
    const start = own?.start ?? m.start;
    const end = own?.end ?? m.end;
    const ev = evidenceSpan(mc.sentence, start, end);
    out.push({
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      text: ctx.original.slice(start, end),
      start,
      end,
      evidence: ctx.original.slice(ev.start, ev.end),
      evidenceStart: ev.start,
      section: sections.at(start),
      suggestions,
      reason,
      detail,
    });
  }
  return out;
}
