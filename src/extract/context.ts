// The phrases around a mention that rules look at: the words before the number back to the start of
// its clause, and the noun phrase after its measure word ("处理56件信息公开申请").
import type { Mention } from './mention.ts';
import { isClauseEndAt, type Span, sentenceAt } from './segments.ts';

const MAX_BEFORE = 80;
const MAX_AFTER = 40;
const TOPIC_RADIUS = 150;
/** Longest clause (before its number) that can only be a verb: 依法受理, 审结案件. */
const BARE_CLAUSE = 6;

export interface MentionContext {
  sentence: Span;
  /** Text before the mention within its clause (and after the previous mention's own phrase). */
  before: string;
  beforeStart: number;
  /**
   * Like `before`, but reaching back to the previous mention itself. Used when the previous number
   * turned out not to be a value: its trailing phrase then belongs to this one
   * ("对12部法律草案提出意见建议186条").
   */
  wideBefore: string;
  /**
   * Like `wideBefore`, but also taking the clause before it, numbers and all: "开展述法评议，28家单位参与"
   * and "开展法律知识考试6场，174人参加" name their subject a clause early.
   */
  previousClause: string;
  /** Noun phrase after the measure word, up to the clause end, a 、 or the next mention. */
  after: string;
  afterEnd: number;
  /** Bounded part of the sentence used for topic words. */
  topic: string;
}

/**
 * Where topic words may be looked for: the sentence, and for a clause too short to name a subject of
 * its own, the clauses before it that a semicolon joins to it ("收到行政复议申请…件；受理…件；审结…件"
 * names its topic once).
 */
function topicStart(s: string, sentences: readonly Span[], sentence: Span): number {
  let start = sentence.start;
  while (sentence.start - start < TOPIC_RADIUS) {
    let p = start - 1;
    while (p >= 0 && s.charCodeAt(p) === SPACE) p--;
    if (p < 0 || s.charCodeAt(p) !== SEMICOLON) break;
    start = sentenceAt(sentences, p).start;
  }
  return start;
}

const SPACE = 32;
const SEMICOLON = 59;
const NEWLINE = 10;
/** Longest sentence read as a heading ("（三）深入开展普法宣传", "2.强化领导干部学法"). */
const MAX_HEADING = 30;
/** How far into its paragraph a number still takes the paragraph's heading as its topic. */
const LINE_REACH = 400;

/**
 * The heading a paragraph opens with names the topic of its sentences ("（二）深化普法宣传。全年开展
 * 各类活动45场"): the first sentence of the line when it is short, or a short line of its own just
 * before the paragraph. '' when there is none.
 * @param lineStart where the sentence's line starts
 */
function headingOf(s: string, sentences: readonly Span[], sentence: Span, lineStart: number): string {
  const first = sentenceAt(sentences, skipSpaces(s, lineStart, sentence.start));
  if (first.start < sentence.start) {
    return first.end - first.start <= MAX_HEADING ? s.slice(first.start, first.end) : '';
  }
  if (lineStart < 2) return '';
  const prev = sentenceAt(sentences, lineStart - 2);
  const wholeLine =
    (prev.start === 0 || s.charCodeAt(prev.start - 1) === NEWLINE) && prev.end >= lineStart - 1;
  return wholeLine && prev.end - prev.start <= MAX_HEADING ? s.slice(prev.start, prev.end) : '';
}

function skipSpaces(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && s.charCodeAt(i) === SPACE) i++;
  return i;
}
const ENUMERATION_COMMA = 0x3001; // 、

/** Clause ends inside a sentence (not its end): a comma or a colon. */
const isJoiningPunctuation = (c: number): boolean => c === 44 || c === 0xff0c || c === 58;

/** Contexts already built for a list that the mentions are a subsequence of (same objects). */
export interface EarlierContexts {
  mentions: readonly Mention[];
  contexts: readonly MentionContext[];
}

/**
 * @param earlier contexts built before some mentions were dropped: a mention whose neighbours are
 * still the same has the same context (it depends only on the mention, the one before and the one
 * after), so it is reused rather than built again.
 */
export function buildContexts(
  s: string,
  mentions: readonly Mention[],
  sentences: readonly Span[],
  earlier?: EarlierContexts,
): MentionContext[] {
  const out: MentionContext[] = [];
  let headingFor = -1; // sentence start the cached heading belongs to
  let heading = '';
  let scanned = 0; // text up to here has been looked at for line breaks
  let lineStart = 0;
  let prevAfterEnd = 0;
  let prevEnd = 0;
  let e = 0; // index of mentions[k] in earlier.mentions
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (earlier) {
      while (e < earlier.mentions.length && earlier.mentions[e] !== m) e++;
      const same =
        e < earlier.mentions.length &&
        earlier.mentions[e - 1] === mentions[k - 1] &&
        earlier.mentions[e + 1] === next;
      if (same) {
        const ctx = earlier.contexts[e]!;
        out.push(ctx);
        prevAfterEnd = ctx.afterEnd;
        prevEnd = m.end;
        continue;
      }
    }
    const sentence = sentenceAt(sentences, m.numStart);
    const wideFloor = Math.max(sentence.start, prevEnd, m.start - MAX_BEFORE);
    let w = m.start;
    while (w > wideFloor && !isClauseEndAt(s, w - 1)) w--;
    const clauseFloor = Math.max(sentence.start, m.start - MAX_BEFORE);
    let p = w;
    if (p > clauseFloor && isJoiningPunctuation(s.charCodeAt(p - 1))) {
      p--;
      while (p > clauseFloor && !isClauseEndAt(s, p - 1)) p--;
    }
    const floor = Math.max(wideFloor, prevAfterEnd);
    let a = m.start;
    while (a > floor && !isClauseEndAt(s, a - 1)) a--;
    const ceil = Math.min(sentence.end, next ? next.start : s.length, m.end + MAX_AFTER);
    let b = m.end;
    while (b < ceil && !isClauseEndAt(s, b) && s.charCodeAt(b) !== ENUMERATION_COMMA) b++;
    const before = s.slice(a, m.start);
    const joined = before.trim().length <= BARE_CLAUSE ? topicStart(s, sentences, sentence) : sentence.start;
    const t0 = Math.max(joined, m.start - TOPIC_RADIUS);
    const t1 = Math.min(sentence.end, m.end + TOPIC_RADIUS);
    if (headingFor !== sentence.start) {
      headingFor = sentence.start;
      // One forward walk over the whole text for line starts: mentions come in text order.
      for (; scanned < sentence.start; scanned++)
        if (s.charCodeAt(scanned) === NEWLINE) lineStart = scanned + 1;
      heading = headingOf(s, sentences, sentence, lineStart);
    }
    out.push({
      sentence,
      before,
      beforeStart: a,
      wideBefore: s.slice(w, m.start),
      previousClause: s.slice(p, m.start),
      after: s.slice(m.end, b),
      afterEnd: b,
      topic:
        heading === '' || m.start - lineStart > LINE_REACH
          ? s.slice(t0, t1)
          : `${heading}|${s.slice(t0, t1)}`,
    });
    prevAfterEnd = b;
    prevEnd = m.end;
  }
  return out;
}
