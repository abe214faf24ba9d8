// When a report gives disputes accepted and disputes mediated successfully but no success rate,
// the rate is derived from the two counts and marked derived. The inputs' span is the evidence.
import type { ExtractedObservation } from '../types.ts';
import type { Refiner } from './refiner.ts';

export function deriveSuccessRate(obs: ExtractedObservation[], original: string): ExtractedObservation[] {
  if (obs.some((o) => o.indicator === 'mediation.success_rate' && !o.derived)) return obs;
  const accepted = obs.filter((o) => o.indicator === 'mediation.accepted');
  const resolved = obs.filter((o) => o.indicator === 'mediation.resolved');
  const bySentence = new Map<number, ExtractedObservation>();
  for (const a of accepted) if (!bySentence.has(a.evidenceStart)) bySentence.set(a.evidenceStart, a);
  let j = -1;
  for (const r of resolved) {
    // Prefer the accepted count stated in the same sentence, else the nearest before it.
    while (j + 1 < accepted.length && accepted[j + 1]!.start < r.start) j++;
    const sameSentence = bySentence.get(r.evidenceStart);
    const a = sameSentence ?? accepted[j];
    if (!a || a.value <= 0 || r.value > a.value) continue;
    const start = Math.min(a.start, r.start);
    const end = Math.max(a.end, r.end);
    const approximate = a.qualifier !== 'exact' || r.qualifier !== 'exact';
    const derived: ExtractedObservation = {
      indicator: 'mediation.success_rate',
      value: Math.round((r.value / a.value) * 10000) / 100,
      unit: '%',
      qualifier: approximate ? 'about' : 'exact',
      derived: true,
      text: original.slice(start, end),
      start,
      end,
      evidence: sameSentence
        ? r.evidence
        : original.slice(Math.min(a.evidenceStart, r.evidenceStart), r.evidenceStart + r.evidence.length),
      evidenceStart: Math.min(a.evidenceStart, r.evidenceStart),
      section: r.section,
      scope: r.scope ?? a.scope,
      yoyPct: null,
      yoyPoints: null,
      confidence: Math.min(a.confidence, r.confidence) * 0.9,
      rule: 'derived:mediation.resolved/mediation.accepted',
    };
    return [...obs, derived];
  }
  return obs;
}

export const deriveRate: Refiner = {
  name: 'derived-rate',
  refine: (observations, ctx) => deriveSuccessRate(observations, ctx.original),
};
