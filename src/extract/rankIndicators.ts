// The indicators a number may be, ranked: for the reviewer's suggestions on a number the extractor
// did not emit, and for tests. Pure; the same rules and the same order `extractReport` uses.
import { type Classification, eachFittingRule, ranksBefore } from './classify.ts';

/** Confidence lost per character between the cue and the number (the same cost extractReport uses). */
export const DISTANCE_COST = 0.005;

export interface IndicatorCandidate {
  indicator: string;
  /** Name of the rule that reads it. */
  rule: string;
  /** The rule's confidence less the distance cost, in [0, 1]: what an emitted value would carry. */
  score: number;
}

/**
 * @param unit the mention's measure word ('%', '件', '人次' …, as `Mention.unit`)
 * @param before the words before the number in its clause ("全年共收到行政复议申请")
 * @param after the noun phrase after the measure word ("信息公开申请")
 * @param topic the sentence around it (topic words: 复议, 普法 …)
 * @returns at most `limit` indicators, one entry each, best first; the first is the one
 * `extractReport` would choose for these words. Empty when no rule fits.
 */
export function rankIndicators(
  unit: string,
  before: string,
  after: string,
  topic: string,
  limit = 3,
): IndicatorCandidate[] {
  const best = new Map<string, Classification>();
  eachFittingRule(unit, before, after, topic, (rule, distance) => {
    const known = best.get(rule.indicator);
    if (!known || ranksBefore(rule, distance, known)) best.set(rule.indicator, { rule, distance });
  });
  return [...best.values()]
    .sort((a, b) => (ranksBefore(a.rule, a.distance, b) ? -1 : ranksBefore(b.rule, b.distance, a) ? 1 : 0))
    .slice(0, limit)
    .map(({ rule, distance }) => ({
      indicator: rule.indicator,
      rule: rule.name,
      score: Math.round(Math.max(0, Math.min(1, rule.confidence - distance * DISTANCE_COST)) * 100) / 100,
    }));
}
