// The indicators a number the extractor did not emit may still be, for the reviewer: first the
// rules that fit it (rankIndicators, as extractReport ranks them), then each other rule of its
// measure word whose cue is near it, with what it lacked (topic words, a forbidden word, distance)
// taken off its score. The one place to swap in a better ranking.
import type { MentionContext } from './context.ts';
import type { Mention } from './mention.ts';
import { DISTANCE_COST, rankIndicators } from './rankIndicators.ts';
import type { IndicatorRule } from './rules/indicatorRule.ts';
import { INDICATOR_RULES } from './rules/indicatorRules.ts';
import type { IndicatorSuggestion } from './types.ts';

const MAX_SUGGESTIONS = 3;
/** Score kept when the sentence lacks the rule's topic words. */
const WITHOUT_TOPIC = 0.7;
/** Score kept when the clause holds a word the rule forbids. */
const WITH_FORBIDDEN = 0.6;
/** Score kept when the cue is only elsewhere in the sentence, not in the number's own phrase. */
const ELSEWHERE = 0.5;

const RULES_BY_UNIT = new Map<string, IndicatorRule[]>();
for (const r of INDICATOR_RULES)
  for (const u of r.units) RULES_BY_UNIT.set(u, [...(RULES_BY_UNIT.get(u) ?? []), r]);

const GLOBAL_CUES = new Map<IndicatorRule, RegExp>();

function lastMatchEnd(rule: IndicatorRule, text: string): number {
  let g = GLOBAL_CUES.get(rule);
  if (!g) {
    g = new RegExp(rule.cue.source, 'g');
    GLOBAL_CUES.set(rule, g);
  }
  g.lastIndex = 0;
  let end = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return end;
}

function score(rule: IndicatorRule, m: Mention, ctx: MentionContext): number {
  let distance = Number.POSITIVE_INFINITY;
  if (rule.side !== 'after') {
    const end = lastMatchEnd(rule, ctx.wideBefore);
    if (end >= 0) distance = ctx.wideBefore.length - end;
  }
  if (rule.side !== 'before') {
    const found = rule.cue.exec(ctx.after);
    if (found) distance = Math.min(distance, found.index);
  }
  let s: number;
  if (distance !== Number.POSITIVE_INFINITY) s = rule.confidence - distance * DISTANCE_COST;
  else if (rule.cue.test(ctx.topic)) s = rule.confidence * ELSEWHERE;
  else return 0;
  if (rule.topic && !rule.topic.test(ctx.topic)) s *= WITHOUT_TOPIC;
  if (rule.forbid?.test(`${ctx.wideBefore}|${ctx.after}`)) s *= WITH_FORBIDDEN;
  return m.doubt ? s * ELSEWHERE : s;
}

/** Up to three indicators, best first, with scores in [0, 1]; `known` is the rules' own reading, if any. */
export function suggestIndicators(
  m: Mention,
  ctx: MentionContext,
  known?: IndicatorSuggestion,
): IndicatorSuggestion[] {
  const out: IndicatorSuggestion[] = known ? [known] : [];
  const has = (indicator: string) => out.some((s) => s.indicator === indicator);
  for (const r of rankIndicators(m.unit, ctx.wideBefore, ctx.after, ctx.topic, MAX_SUGGESTIONS)) {
    if (!has(r.indicator)) out.push({ indicator: r.indicator, score: r.score });
  }
  if (out.length >= MAX_SUGGESTIONS) return out.sort((a, b) => b.score - a.score).slice(0, MAX_SUGGESTIONS);
  const loose = new Map<string, number>();
  for (const rule of RULES_BY_UNIT.get(m.unit) ?? []) {
    if (has(rule.indicator)) continue;
    const s = score(rule, m, ctx);
    if (s > (loose.get(rule.indicator) ?? 0)) loose.set(rule.indicator, s);
  }
  const ranked = [...loose]
    .map(([indicator, s]) => ({ indicator, score: Math.round(Math.min(1, Math.max(0, s)) * 100) / 100 }))
    .filter((x) => x.score > 0);
  // Best first by score, as the reviewer reads them (a stable sort keeps the rules' order on ties).
  return [...out, ...ranked].sort((a, b) => b.score - a.score).slice(0, MAX_SUGGESTIONS);
}
