// Sentences (evidence) and clause boundaries (rule context), computed once per report.

// Sentences end at 。 ! ? ; and line breaks (headings and list lines stand alone); clauses also at
// commas and colons. Matching runs on normalised text, where ！？；： are already ASCII.

/** Longest evidence we keep; a run-on "sentence" (hostile input, a table dump) is clipped around the value. */
export const MAX_EVIDENCE = 300;

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END_RE = /[。!?;\n]/g;

const isSpaceOrBreak = (c: number): boolean => c === 32 || c === 10;

/** Sentence spans covering the text, trimmed of surrounding spaces. */
export function splitSentences(s: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    let a = start;
    let b = end;
    while (a < b && isSpaceOrBreak(s.charCodeAt(a))) a++;
    while (b > a && s.charCodeAt(b - 1) === 32) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(s); m; m = SENTENCE_END_RE.exec(s)) {
    const i = m.index;
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

export function isClauseEnd(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // Called for every character walked over: compare codes rather than hash strings. Above U+3400
  // (CJK ideographs and the full-width forms) only '，' ends a clause.
  const c = ch.charCodeAt(0);
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
