// List forms ("A率、B率、C率达到3个100%", "…分别为…和…", "…均为100%") read as one value per named
// indicator: each subject phrase is classified as if its value stood right after it.
import { classify } from './classify.ts';
import type { MentionContext } from './context.ts';
import type { Classified } from './coordination.ts';
import { matchList } from './listRules.ts';
import type { Mention } from './mention.ts';

/** Confidence lost for reading a subject out of a list rather than next to its number. */
const LIST_COST = 0.05;

export interface ListReading {
  found: Classified[];
  /** Mentions the list used up: no rule reads them again. */
  consumed: readonly number[];
}

/**
 * @returns the values of the list that opens at mention k, or null when k opens none (or none of
 * its subjects is known). The "3个" of "3个100%" is used up even when its subjects are unknown.
 */
export function classifyList(
  normalised: string,
  mentions: readonly Mention[],
  contexts: readonly MentionContext[],
  k: number,
): ListReading | null {
  const list = matchList(normalised, mentions, contexts, k);
  if (!list) return null;
  const topic = contexts[k]!.topic;
  const last = list.assignments[list.assignments.length - 1]?.subject ?? '';
  const classified = list.assignments.map((a) => {
    const unit = mentions[a.valueIndex]!.unit;
    // "受理和调解成功纠纷分别为…": a bare verb shares the noun of the last subject.
    const own = classify(unit, a.subject, '', topic);
    const c = own ?? (a.subject === last ? null : classify(unit, a.subject + last, '', topic));
    return { a, c };
  });
  // A subject the rules do not know is left out; the others keep their values.
  if (classified.some((x) => x.c !== null)) {
    const found: Classified[] = [];
    for (const { a, c } of classified) {
      if (!c) continue;
      found.push({
        mentionIndex: a.valueIndex,
        indicator: c.rule.indicator,
        rule: `list:${c.rule.name}`,
        confidence: c.rule.confidence - LIST_COST,
        start: a.start,
        end: a.end,
      });
    }
    return { found, consumed: list.consumed };
  }
  return list.countIndex === k ? { found: [], consumed: [k] } : null;
}
