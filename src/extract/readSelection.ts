// A number a reviewer selects in a report's full text, read as the extractor reads numbers: value,
// unit and qualifier (770余次 → more than 770 次), the sentence it stands in, its section, and the
// indicators the words around it may name, best first. So a value the extractor missed is added
// from the text with what the text says, not retyped.
import type { Qualifier, SectionOrOther } from '../domain/types.ts';
import { buildContexts } from './context.ts';
import { prepareText } from './prepareText.ts';
import { scanMentions } from './scanMentions.ts';
import { mapSections } from './sections.ts';
import { evidenceSpan, sentenceAt, splitSentences } from './segments.ts';
import { suggestIndicators } from './suggestIndicators.ts';
import type { IndicatorSuggestion } from './types.ts';

export interface SelectionReading {
  /** null when the selection holds no number the scanner reads (the reviewer types it). */
  value: number | null;
  unit: string;
  qualifier: Qualifier;
  /** The words read: the number with its qualifier and measure word, or the selection itself. */
  start: number;
  end: number;
  text: string;
  evidence: string;
  evidenceStart: number;
  section: SectionOrOther;
  suggestions: IndicatorSuggestion[];
}

const STAND_IN_UNIT = '件';

/** Longest selection read: a number with its words, not a page. */
export const MAX_SELECTION = 200;

/**
 * @param text the report's full text (offsets index it)
 * @param start,end the selection; a selection inside or around a number reads that number
 * @returns null for an empty or over-long selection, or one outside the text
 */
export function readSelection(text: string, start: number, end: number): SelectionReading | null {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  if (to <= from || to - from > MAX_SELECTION || text.slice(from, to).trim() === '') return null;
  const { normalised, sentenceEnds } = prepareText(text);
  const sentences = splitSentences(normalised, sentenceEnds);
  const sentence = sentenceAt(sentences, from);
  const sectionAt = mapSections(normalised).at;
  // Numbers of the sentence (or of the selection, if it runs over several), read in their context.
  const lo = Math.min(sentence.start, from);
  const hi = Math.max(sentence.end, to);
  const upTo = normalised.slice(0, hi);
  const mentions = scanMentions(upTo).filter((m) => m.end > lo);
  const overlapping = mentions.findIndex((m) => m.end > from && m.start < to);
  if (overlapping >= 0) {
    const m = mentions[overlapping]!;
    const ctx = buildContexts(normalised, mentions, sentences)[overlapping]!;
    const ev = evidenceSpan(ctx.sentence, m.start, m.end);
    return {
      value: m.doubt ? null : m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      evidence: text.slice(ev.start, ev.end),
      evidenceStart: ev.start,
      section: sectionAt(m.start),
      suggestions: suggestIndicators(m, ctx),
    };
  }
  // A number written without a measure word (评查案卷370余): read with a stand-in one, so the
  // scanner's reading of numerals and qualifiers (余, 近, 超过 …) still applies; the unit stays open.
  const selected = normalised.slice(from, to).trim();
  const bare = scanMentions(`${selected}${STAND_IN_UNIT}`).find((m) => m.end === selected.length + 1);
  const ev = evidenceSpan(sentence.end > sentence.start ? sentence : { start: from, end: to }, from, to);
  return {
    value: bare && !bare.doubt ? bare.value : null,
    unit: '',
    qualifier: bare?.qualifier ?? 'exact',
    start: from,
    end: to,
    text: text.slice(from, to),
    evidence: text.slice(ev.start, ev.end),
    evidenceStart: ev.start,
    section: sectionAt(from),
    suggestions: [],
  };
}
