// Sentences (evidence) and clause boundaries (rule context), computed once per report.

// Sentences end at 。 ! ? ; and line breaks (headings and list lines stand alone); clauses also at
// commas and colons. Matching runs on normalised text, where ！？；： are already ASCII.

/** Longest evidence we keep; a run-on "sentence" (hostile input, a table dump) is clipped around the value. */
export const MAX_EVIDENCE = 300;

export interface Span {
  start: number;
  end: number;
}

/** 1 for the code units that end a sentence. */
export const SENTENCE_END = new Uint8Array(0x10000);
for (const ch of '。!?;\n') SENTENCE_END[ch.charCodeAt(0)] = 1;

const isSpaceOrBreak = (c: number): boolean => c === 32 || c === 10;

/** Offsets of the characters that end a sentence, in order. */
export function sentenceEnds(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (SENTENCE_END[s.charCodeAt(i)] === 1) out.push(i);
  return out;
}

/**
 * Sentence spans covering the text, trimmed of surrounding spaces.
 * @param ends sentenceEnds(s), when already known (prepareText finds them with the other scans)
 */
export function splitSentences(s: string, ends: readonly number[] = sentenceEnds(s)): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    let a = start;
    let b = end;
    while (a < b && isSpaceOrBreak(s.charCodeAt(a))) a++;
    while (b > a && s.charCodeAt(b - 1) === 32) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let start = 0;
  for (const i of ends) {
    push(start, s.charCodeAt(i) === 10 ? i : i + 1);
    start = i + 1;
  }
  push(start, s.length);
  return out;
}

/** Index of the sentence containing offset `at` (binary search over sorted spans). */
export function sentenceAt(sentences: readonly Span[], at: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sp = sentences[mid]!;
    if (at < sp.start) hi = mid - 1;
    else if (at >= sp.end) lo = mid + 1;
    else return sp;
  }
  return { start: at, end: at };
}

/** Whether s[i] ends a clause (false outside the text). */
export function isClauseEndAt(s: string, i: number): boolean {
  // Called for every character walked over: compare codes rather than make one-character strings
  // (each CJK one is a new allocation). Above U+3400 (CJK ideographs and the full-width forms) only
  // '，' ends a clause. NaN (outside the text) is none of these.
  const c = s.charCodeAt(i);
  if (c >= 0x3400) return c === 0xff0c;
  return c === 44 || c === 58 || c === 33 || c === 63 || c === 59 || c === 10 || c === 0x3002;
}

/** Evidence span for a value: its sentence, clipped to MAX_EVIDENCE around the value when needed. */
export function evidenceSpan(sentence: Span, valueStart: number, valueEnd: number): Span {
  if (sentence.end - sentence.start <= MAX_EVIDENCE) return sentence;
  const half = Math.floor((MAX_EVIDENCE - (valueEnd - valueStart)) / 2);
  const start = Math.max(sentence.start, valueStart - half);
  const end = Math.min(sentence.end, start + MAX_EVIDENCE);
  return { start, end };
}
