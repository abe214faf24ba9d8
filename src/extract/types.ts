// Public shapes of the extractor. Field names follow ../shared/spec/extract-cli.md (camelCase here,
// snake_case in the command's output).
import type { Alternative, ObservationContextField } from '../domain/schema.ts';
import type { Observation, Qualifier, SectionOrOther, SectionPresence } from '../domain/types.ts';

export interface ExtractedReport {
  title: string;
  /** Agency name as read from the text ('' when none could be found). */
  agency: string;
  year: number | null;
  /** Publication date (YYYY-MM-DD) when the page states one. */
  published: string | null;
  sections: SectionPresence;
  chars: number;
}

/**
 * One value as extractReport returns it: an Observation (src/domain/schema.ts) without the fields
 * that come from the report's context (ids, year, origin …; toRecords adds them), plus its rule.
 */
export interface ExtractedObservation extends Omit<Observation, ObservationContextField | 'alternatives'> {
  /** Name of the rule that produced it (for debugging and tests). */
  rule: string;
  /**
   * Set by the last refiner (chooseAmongValues) on the value chosen among several the report gives
   * for one indicator: the others, in text order. Absent when there is nothing to choose from.
   */
  alternatives?: readonly Alternative[];
}

export interface ExtractionResult {
  report: ExtractedReport;
  observations: ExtractedObservation[];
  /** Only when asked for (`candidates: true`), in text order. */
  candidates?: ExtractedCandidate[];
}

/**
 * Why a quantity with a measure word was not emitted: `low_confidence` (an indicator may fit, but no
 * rule is sure, or a refiner dropped it), `no_indicator` (none fits), `implausible` (the value
 * cannot be right: a rate above 100 %, a negative count, a count beyond its unit's bound).
 */
export type CandidateReason = 'low_confidence' | 'no_indicator' | 'implausible';

export interface IndicatorSuggestion {
  indicator: string;
  /** In [0, 1]. */
  score: number;
}

/** A number the extractor did not emit that a reviewer may still want (../shared/spec/extract-cli.md). */
export interface ExtractedCandidate {
  value: number;
  unit: string;
  qualifier: Qualifier;
  text: string;
  start: number;
  end: number;
  evidence: string;
  evidenceStart: number;
  section: SectionOrOther;
  /** Up to three, best first; possibly none. */
  suggestions: IndicatorSuggestion[];
  reason: CandidateReason;
  /** What makes it implausible, or doubtful, or which step dropped it; null when nothing more is known. */
  detail: string | null;
}

export interface ExtractOptions {
  /** Also emit targets from the next-year plan and 力争/目标 sentences (off by default). */
  includeTargets?: boolean;
  /** Also return the numbers not emitted, for the reviewer (off by default: it costs a little). */
  candidates?: boolean;
}
