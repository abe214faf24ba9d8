// Sentences that give several values to several indicators at once:
//   "A率、B率、C率达到3个100%"       → A, B and C are each 100
//   "A、B和C分别为120件、98件和7件"  → in order
//   "A率、B率均保持100%"             → each the same value
// Each subject phrase is classified as if the value stood right after it.
import type { MentionContext } from './context.ts';
import type { Mention } from './mention.ts';

/** Splits "A率、B率和C率" into its parts. */
export function splitSubjects(phrase: string): string[] {
  return phrase
    .split(/、|和|及|与|以及|,|，/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface ListAssignment {
  /** Index of the value mention. */
  valueIndex: number;
  /** Subject phrase that names the indicator. */
  subject: string;
  /** Span of the words as written for this value (whole "3个100%" for the counted form). */
  start: number;
  end: number;
}

export interface ListMatch {
  assignments: ListAssignment[];
  /** Mentions used up by the list (including the "3个" count). */
  consumed: number[];
  /** The "3个" of "3个100%": never a value, whether or not its subjects are recognised. */
  countIndex?: number;
}

const COUNTED_VERB = /(均|都|全部)?(达到|达|为|是|保持|实现|取得)?\s*$/;
const RESPECTIVELY = /分别(为|是|达到|达|占|有)?\s*$/;
const ALL_SAME = /(均|都|全部)(为|是|达到|达|保持在?|实现)\s*$/;

function subjectsBefore(before: string, verb: RegExp): string[] {
  return splitSubjects(before.replace(verb, ''));
}

/** Finds list forms starting at mention k. Returns null when k does not open a list. */
export function matchList(
  s: string,
  mentions: readonly Mention[],
  contexts: readonly MentionContext[],
  k: number,
): ListMatch | null {
  const m = mentions[k]!;
  const ctx = contexts[k]!;
  const next = mentions[k + 1];

  // "3个100%": a count of 个 immediately followed by the value it repeats.
  if (m.unit === '个' && next && next.unit === '%' && s.slice(m.end, next.start).trim() === '') {
    const subjects = subjectsBefore(ctx.before, COUNTED_VERB);
    if (subjects.length === m.value && subjects.length > 1) {
      return {
        assignments: subjects.map((subject) => ({
          valueIndex: k + 1,
          subject,
          start: m.start,
          end: next.end,
        })),
        consumed: [k, k + 1],
        countIndex: k,
      };
    }
    return { assignments: [], consumed: [k], countIndex: k };
  }

  // "分别为 120件、98件和7件"
  if (RESPECTIVELY.test(ctx.before)) {
    const run = [k];
    for (let j = k + 1; j < mentions.length; j++) {
      const gap = s.slice(mentions[j - 1]!.end, mentions[j]!.start);
      if (!/^\s*(、|和|及|与|,|，)\s*$/.test(gap)) break;
      run.push(j);
    }
    const subjects = subjectsBefore(ctx.before, RESPECTIVELY);
    if (run.length > 1 && subjects.length === run.length) {
      return {
        assignments: run.map((j, i) => ({
          valueIndex: j,
          subject: subjects[i]!,
          start: mentions[j]!.start,
          end: mentions[j]!.end,
        })),
        consumed: run,
      };
    }
    return null;
  }

  // "A率、B率均保持100%"
  if (ALL_SAME.test(ctx.before)) {
    const subjects = subjectsBefore(ctx.before, ALL_SAME);
    if (subjects.length > 1) {
      return {
        assignments: subjects.map((subject) => ({ valueIndex: k, subject, start: m.start, end: m.end })),
        consumed: [k],
      };
    }
  }
  return null;
}
