// Does the report say what a value claims it says? Wherever the report's text is known — the full
// text of a report imported in this browser, or for a bundled report the sentences its own values
// were read from — the value's sentence must occur in it, and its words (`text`) at its offsets
// must be the number it claims. Anything else is unverified: a file row's own sentence proves nothing.
import type { Observation } from './types.ts';
import type { ValueProvenance } from './valueSource.ts';

export type Verification = 'verified' | 'not_checked' | 'contradicted';
export const VERIFICATIONS: readonly Verification[] = ['verified', 'not_checked', 'contradicted'];

/** A sentence known to be in a report, where it starts in the report's text. */
export interface KnownSentence {
  evidence: string;
  evidenceStart: number;
}

export type KnownText =
  | { kind: 'full'; text: string }
  | { kind: 'sentences'; sentences: readonly KnownSentence[] };

type Checked = Pick<Observation, 'value' | 'unit' | 'text' | 'start' | 'end' | 'evidence' | 'evidenceStart'>;

const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/**
 * The number the words state, in base units ("22项" → 22, "3.2万人次" → 32000, "95.6%" → 95.6),
 * or null when it is not written in digits (二十二项): then the words cannot be checked here.
 */
export function statedNumber(words: string): number | null {
  const ascii = words.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const m = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|亿|千|百)?/.exec(ascii);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return n * (m[2] ? SCALE[m[2]]! : 1);
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The words at their offset inside the sentence (as placed by the value): verified, or contradicted. */
function checkWords(o: Checked, sentence: string): Verification {
  if (!o.text) return 'not_checked';
  const from = o.start - o.evidenceStart;
  const inSentence = from >= 0 ? sentence.slice(from, from + o.text.length) : '';
  if (inSentence !== o.text) return 'contradicted';
  const stated = statedNumber(o.text);
  if (stated === null) return 'not_checked';
  return sameNumber(stated, o.value) ? 'verified' : 'contradicted';
}

/**
 * verified: the sentence is in the report and its words, at their offsets, state this value.
 * contradicted: the report's text is known and disagrees (the sentence is not in the full text;
 * another sentence stands at its place; the words are not there or state another number).
 * not_checked: nothing to check against (no text known, no sentence given, numerals in words).
 */
export function verifyEvidence(o: Checked, known: KnownText | null): Verification {
  if (!known || !o.evidence) return 'not_checked';
  if (known.kind === 'full') {
    const { text } = known;
    // At its offset, or (offsets of another edition of the text) anywhere, the words then
    // checked at their place inside the sentence.
    const atOffset = text.slice(o.evidenceStart, o.evidenceStart + o.evidence.length) === o.evidence;
    if (!atOffset && !text.includes(o.evidence)) return 'contradicted';
    return checkWords(o, o.evidence);
  }
  const same = known.sentences.find((s) => s.evidence === o.evidence);
  if (same) {
    return checkWords(o, same.evidence);
  }
  // Another known sentence starts exactly where this one claims to: the report says something else there.
  const there = known.sentences.find((s) => s.evidenceStart === o.evidenceStart && s.evidence !== '');
  return there && o.evidenceStart > 0 ? 'contradicted' : 'not_checked';
}

/** What verification needs beside the value: the user's layer and the values of a report. */
export interface SourceContext {
  provenance: ValueProvenance;
  /** The shown observations of a report (the dataset index's observationsByReport). */
  observationsOf(reportId: string): readonly Observation[];
}

/**
 * The report's text as far as it is known: the full text of an imported report; for a bundled
 * report the sentences of its own values (not those a file brought, which prove nothing), the
 * report values a file value replaced included.
 */
export function knownTextOf(reportId: string, ctx: SourceContext): KnownText {
  const imported = ctx.provenance.importedReport(reportId);
  if (imported) return { kind: 'full', text: imported.text };
  const sentences: KnownSentence[] = [];
  for (const o of ctx.observationsOf(reportId)) {
    const lost = ctx.provenance.conflictOf(o.id);
    if (lost?.loserFrom === 'report') sentences.push(lost.loser);
    if (ctx.provenance.fileOf(o.id)) continue;
    if (o.origin === 'manual' || o.origin === 'imported' || o.origin === 'synthetic') continue;
    if (o.evidence) sentences.push(o);
  }
  return { kind: 'sentences', sentences };
}

/**
 * The verification of a shown value (for the dialog, the chart CSV and the export). A derived value
 * is our own division, not words of the report: it stands or falls with the values it was computed from.
 */
export function verificationOf(
  o: Checked & Pick<Observation, 'id' | 'reportId' | 'derived' | 'inputs'>,
  ctx: SourceContext,
): Verification {
  const known = knownTextOf(o.reportId, ctx);
  if (!o.derived) return verifyEvidence(o, known);
  if (o.inputs.length === 0) return 'not_checked';
  const byId = new Map(ctx.observationsOf(o.reportId).map((x) => [x.id, x]));
  const states = o.inputs.map((id) => {
    const input = byId.get(id);
    return input ? verifyEvidence(input, known) : 'not_checked';
  });
  if (states.includes('contradicted')) return 'contradicted';
  return states.every((v) => v === 'verified') ? 'verified' : 'not_checked';
}
