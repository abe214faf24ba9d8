// Public shapes of the extractor. Field names follow ../shared/spec/extract-cli.md (camelCase here,
// snake_case in the command's output).
import type { Alternative, ObservationContextField } from '../domain/schema.ts';
import type { Observation, SectionPresence } from '../domain/types.ts';

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
}

export interface ExtractOptions {
  /** Also emit targets from the next-year plan and 力争/目标 sentences (off by default). */
  includeTargets?: boolean;
}
