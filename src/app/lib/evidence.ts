// Splits an evidence sentence around the number it carries, so the viewer can wrap the number in
// <mark> while rendering everything as plain text (never as HTML).
import type { Observation } from '../../domain/types.ts';

export interface EvidenceParts {
  before: string;
  number: string;
  after: string;
}

/**
 * Offsets first (start/end are positions in the report text, evidenceStart is where the sentence
 * begins there); when they do not line up with the stored sentence, the first occurrence of the
 * words as written; null when the number cannot be located (the sentence is then shown unmarked).
 */
export function splitEvidence(
  o: Pick<Observation, 'evidence' | 'evidenceStart' | 'start' | 'end' | 'text'>,
): EvidenceParts | null {
  const { evidence, text } = o;
  if (!evidence || !text) return null;
  const from = o.start - o.evidenceStart;
  const to = o.end - o.evidenceStart;
  if (from >= 0 && to <= evidence.length && to > from && evidence.slice(from, to) === text) {
    return { before: evidence.slice(0, from), number: text, after: evidence.slice(to) };
  }
  const at = evidence.indexOf(text);
  if (at < 0) return null;
  return { before: evidence.slice(0, at), number: text, after: evidence.slice(at + text.length) };
}
