// The indicators a number may be, ranked: for the reviewer's suggestions on a number the extractor
// did not emit, and for tests. Pure; the same rules and the same order `extractReport` uses.
import { eachFittingRule } from './classify.ts';

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
  const best = new Map<string, { rule: string; confidence: number; distance: number }>();
  eachFittingRule(unit, before, after, topic, (rule, distance) => {
    const known = best.get(rule.indicator);
    if (!known || distance < known.distance)
      best.set(rule.indicator, { rule: rule.name, confidence: rule.confidence, distance });
  });
  return [...best]
    .sort((a, b) => a[1].distance - b[1].distance)
    .slice(0, limit)
    .map(([indicator, c]) => ({
      indicator,
      rule: c.rule,
      score: Math.round(Math.max(0, Math.min(1, c.confidence - c.distance * DISTANCE_COST)) * 100) / 100,
    }));
}
