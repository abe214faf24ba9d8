// One pass over a report's characters for what every later step starts from: the normalised copy
// of the text, where its sentences end and where a number may start. Each of these is a scan of the
// whole text, and one loop doing all three costs about what one did alone.
import { NORMALISED } from './normalize.ts';
import { NUMBER_START } from './scanMentions.ts';
import { SENTENCE_END } from './segments.ts';

const REPLACED = 1;
const ENDS_SENTENCE = 2;
const STARTS_NUMBER = 4;

/** For each code unit of the original text, what it is once normalised. */
const FLAGS = new Uint8Array(0x10000);
for (let c = 0; c < FLAGS.length; c++) {
  const to = NORMALISED[c]!;
  const n = to === 0 ? c : to;
  FLAGS[c] =
    (to === 0 ? 0 : REPLACED) |
    (SENTENCE_END[n] === 0 ? 0 : ENDS_SENTENCE) |
    (NUMBER_START[n] === 0 ? 0 : STARTS_NUMBER);
}

export interface PreparedText {
  /** normalizeForMatching(original): same length as the original, what every rule matches. */
  normalised: string;
  /** sentenceEnds(s) */
  sentenceEnds: number[];
  /** numberStarts(s) */
  numberStarts: number[];
}

export function prepareText(original: string): PreparedText {
  let s = '';
  let copied = 0;
  const sentenceEnds: number[] = [];
  const numberStarts: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const flags = FLAGS[c]!;
    if (flags === 0) continue;
    if ((flags & REPLACED) !== 0) {
      s += original.slice(copied, i) + String.fromCharCode(NORMALISED[c]!);
      copied = i + 1;
    }
    if ((flags & ENDS_SENTENCE) !== 0) sentenceEnds.push(i);
    if ((flags & STARTS_NUMBER) !== 0) numberStarts.push(i);
  }
  return { normalised: copied === 0 ? original : s + original.slice(copied), sentenceEnds, numberStarts };
}
