// "按期转送率、按期受理率、按期办结率均保持100%" gives one indicator three times with one value:
// keep one observation per (indicator, value, sentence).
import type { ExtractedObservation } from '../types.ts';
import type { Refiner } from './refiner.ts';

// Same value as a key string `${value}` would see it: -0 and 0 alike, NaN like NaN.
const sameValue = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

export function dedupeWithinSentence(obs: ExtractedObservation[]): ExtractedObservation[] {
  // Kept observations by sentence (evidence start): a sentence holds a handful, so a short scan
  // beats building and hashing a string key per observation.
  const kept = new Map<number, ExtractedObservation[]>();
  return obs.filter((o) => {
    const inSentence = kept.get(o.evidenceStart);
    if (!inSentence) {
      kept.set(o.evidenceStart, [o]);
      return true;
    }
    if (inSentence.some((k) => k.indicator === o.indicator && sameValue(k.value, o.value))) return false;
    inSentence.push(o);
    return true;
  });
}

export const dedupe: Refiner = {
  name: 'dedupe',
  refine: (observations) => dedupeWithinSentence(observations),
};
