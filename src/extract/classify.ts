// Picks the indicator for a mention: of the rules whose unit, cue, topic and forbidden words fit,
// the one whose cue stands closest to the number (ties: the earlier rule).

import { firstChars } from './firstChars.ts';
import { ENTITY_MEASURE_WORDS, ENTITY_NOUN } from './rules/countedEntities.ts';
import type { IndicatorRule } from './rules/indicatorRule.ts';
import { INDICATOR_RULES } from './rules/indicatorRules.ts';

export interface Classification {
  rule: IndicatorRule;
  distance: number;
}

// Every mention is tried against each rule of its unit (up to 25), on both sides of the number:
// running every cue regex was the extractor's largest cost, and most cues cannot match at all. A
// cue can only match a phrase that holds one of the characters its matches start with
// (firstChars), so one pass over the phrase's characters says which cues are worth running.

/** A small id for each character some cue can start with (0: none). */
const CHAR_ID = new Uint8Array(0x10000);
let charIds = 0;

interface UnitRules {
  rules: IndicatorRule[];
  /** Each rule's cue with the g flag, for lastMatchEnd. */
  globalCues: RegExp[];
  /** Bit k: rule k's cue may start with any character, so it is always run. */
  always: number;
  /** By character id, bit k: rule k's cue may start with that character. */
  byChar: Int32Array;
}

const MAX_RULES_PER_UNIT = 32; // one bit each in an int32

function unitRules(rules: IndicatorRule[]): UnitRules {
  if (rules.length > MAX_RULES_PER_UNIT) throw new Error(`more than ${MAX_RULES_PER_UNIT} rules for a unit`);
  const plan: UnitRules = { rules, globalCues: [], always: 0, byChar: new Int32Array(256) };
  rules.forEach((rule, k) => {
    plan.globalCues.push(new RegExp(rule.cue.source, 'g'));
    const chars = firstChars(rule.cue);
    if (!chars) {
      plan.always |= 1 << k;
      return;
    }
    for (const c of chars) {
      if (CHAR_ID[c] === 0 && charIds < 255) CHAR_ID[c] = ++charIds;
      if (CHAR_ID[c] === 0) {
        plan.always |= 1 << k; // out of ids: never skipped
        return;
      }
      plan.byChar[CHAR_ID[c]!]! |= 1 << k;
    }
  });
  return plan;
}

/** Bit k set when rule k's cue may match somewhere in `text`. */
function possibleCues(plan: UnitRules, text: string): number {
  let mask = plan.always;
  for (let i = 0; i < text.length; i++) {
    const id = CHAR_ID[text.charCodeAt(i)]!;
    if (id !== 0) mask |= plan.byChar[id]!;
  }
  return mask;
}

const RULES_BY_UNIT = new Map<string, IndicatorRule[]>();
for (const r of INDICATOR_RULES) {
  for (const u of r.units) {
    const list = RULES_BY_UNIT.get(u) ?? [];
    list.push(r);
    RULES_BY_UNIT.set(u, list);
  }
}
const PLANS = new Map<string, UnitRules>();
for (const [unit, rules] of RULES_BY_UNIT) PLANS.set(unit, unitRules(rules));

function lastMatchEnd(g: RegExp, text: string): number {
  g.lastIndex = 0;
  let end = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return end;
}

/**
 * Calls `visit` for every rule whose unit, cue, topic and forbidden words fit, with its cue
 * distance (penalty included), in rule order.
 */
export function eachFittingRule(
  unit: string,
  before: string,
  after: string,
  topic: string,
  visit: (rule: IndicatorRule, distance: number) => void,
): void {
  const plan = PLANS.get(unit);
  if (!plan) return;
  const inBefore = possibleCues(plan, before);
  const inAfter = possibleCues(plan, after);
  if ((inBefore | inAfter) === 0) return; // no cue can match: no rule fits
  let clause: string | undefined; // built only for a rule that gets as far as its forbidden words
  const countsEntities = ENTITY_MEASURE_WORDS.has(unit) && ENTITY_NOUN.test(after);
  const { rules } = plan;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    if (countsEntities && !rule.countsEntities) continue;
    const bit = 1 << k;
    let distance = Number.POSITIVE_INFINITY;
    if (rule.side !== 'after' && (inBefore & bit) !== 0) {
      const end = lastMatchEnd(plan.globalCues[k]!, before);
      if (end >= 0) distance = before.length - end;
    }
    if (rule.side !== 'before' && (inAfter & bit) !== 0) {
      const m = rule.cue.exec(after);
      if (m) distance = Math.min(distance, m.index);
    }
    if (distance === Number.POSITIVE_INFINITY) continue;
    if (rule.topic && !rule.topic.test(topic)) continue;
    if (rule.forbid) {
      clause ??= `${before}|${after}`;
      if (rule.forbid.test(clause)) continue;
    }
    visit(rule, distance + (rule.penalty ?? 0));
  }
}

/** Nearer cue first; a fallback rule only when nothing else fits (ties: the earlier rule). */
export function ranksBefore(rule: IndicatorRule, distance: number, than: Classification): boolean {
  const a = rule.fallback === true;
  const b = than.rule.fallback === true;
  return a !== b ? b : distance < than.distance;
}

export function classify(unit: string, before: string, after: string, topic: string): Classification | null {
  let best: Classification | null = null;
  eachFittingRule(unit, before, after, topic, (rule, distance) => {
    if (!best || ranksBefore(rule, distance, best)) best = { rule, distance };
  });
  return best;
}
