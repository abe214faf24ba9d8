// "按期转送率、按期受理率、按期办结率均保持100%" gives one indicator three times with one value:
// keep one observation per (indicator, value, sentence).
import type { ExtractedObservation } from '../types.ts';

export function dedupeWithinSentence(obs: ExtractedObservation[]): ExtractedObservation[] {
  const seen = new Set<string>();
  return obs.filter((o) => {
    const key = `${o.indicator}|${o.value}|${o.evidenceStart}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
