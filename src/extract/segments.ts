// Sentences (evidence) and clause boundaries (rule context), computed once per report.

/** Characters that end a sentence. Line breaks end one too: headings and list lines stand alone. */
const SENTENCE_END = new Set(['。', '!', '?', ';', '\n']);
/** Characters that end a clause inside a sentence. */
const CLAUSE_END = new Set(['，', ',', ':', '。', '!', '?', ';', '\n']);

/** Longest evidence we keep; a run-on "sentence" (hostile input, a table dump) is clipped around the value. */
export const MAX_EVIDENCE = 300;

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans covering the text, trimmed of surrounding spaces. */
export function splitSentences(s: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || SENTENCE_END.has(s[i]!)) {
      const end = i < s.length && s[i] !== '\n' ? i + 1 : i;
      let a = start;
      let b = end;
      while (a < b && (s[a] === ' ' || s[a] === '\n')) a++;
      while (b > a && s[b - 1] === ' ') b--;
      if (b > a) out.push({ start: a, end: b });
      start = i + 1;
    }
  }
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
  return ch !== undefined && CLAUSE_END.has(ch);
}

/** Evidence span for a value: its sentence, clipped to MAX_EVIDENCE around the value when needed. */
export function evidenceSpan(sentence: Span, valueStart: number, valueEnd: number): Span {
  if (sentence.end - sentence.start <= MAX_EVIDENCE) return sentence;
  const half = Math.floor((MAX_EVIDENCE - (valueEnd - valueStart)) / 2);
  const start = Math.max(sentence.start, valueStart - half);
  const end = Math.min(sentence.end, start + MAX_EVIDENCE);
  return { start, end };
}
