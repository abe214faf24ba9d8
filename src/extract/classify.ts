// Picks the indicator for a mention: of the rules whose unit, cue, topic and forbidden words fit,
// the one whose cue stands closest to the number (ties: the earlier rule).

import { ENTITY_MEASURE_WORDS, ENTITY_NOUN } from './rules/countedEntities.ts';
import type { IndicatorRule } from './rules/indicatorRule.ts';
import { INDICATOR_RULES } from './rules/indicatorRules.ts';

export interface Classification {
  rule: IndicatorRule;
  distance: number;
}

const RULES_BY_UNIT = new Map<string, IndicatorRule[]>();
for (const r of INDICATOR_RULES) {
  for (const u of r.units) {
    const list = RULES_BY_UNIT.get(u) ?? [];
    list.push(r);
    RULES_BY_UNIT.set(u, list);
  }
}

const GLOBAL = new Map<RegExp, RegExp>();

function lastMatchEnd(re: RegExp, text: string): number {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, 'g');
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  let end = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return end;
}

export function classify(unit: string, before: string, after: string, topic: string): Classification | null {
  const rules = RULES_BY_UNIT.get(unit);
  if (!rules) return null;
  let best: Classification | null = null;
  const clause = `${before}|${after}`;
  const countsEntities = ENTITY_MEASURE_WORDS.has(unit) && ENTITY_NOUN.test(after);
  for (const rule of rules) {
    if (countsEntities && !rule.countsEntities) continue;
    let distance = Number.POSITIVE_INFINITY;
    if (rule.side !== 'after') {
      const end = lastMatchEnd(rule.cue, before);
      if (end >= 0) distance = before.length - end;
    }
    if (rule.side !== 'before') {
      const m = rule.cue.exec(after);
      if (m) distance = Math.min(distance, m.index);
    }
    if (distance === Number.POSITIVE_INFINITY) continue;
    if (rule.topic && !rule.topic.test(topic)) continue;
    if (rule.forbid?.test(clause)) continue;
    distance += rule.penalty ?? 0;
    if (!best || distance < best.distance) best = { rule, distance };
  }
  return best;
}
