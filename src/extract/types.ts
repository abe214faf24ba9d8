// Public shapes of the extractor. Field names follow ../shared/spec/extract-cli.md (camelCase here,
// snake_case in the command's output).
import type { Qualifier, SectionOrOther, SectionPresence } from '../domain/types.ts';

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

export interface ExtractedObservation {
  indicator: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  derived: boolean;
  text: string;
  start: number;
  end: number;
  evidence: string;
  evidenceStart: number;
  section: SectionOrOther;
  scope: string | null;
  yoyPct: number | null;
  /** Change stated in percentage points (rates only): 同比提高2个百分点 → 2. */
  yoyPoints: number | null;
  confidence: number;
  /** Name of the rule that produced it (for debugging and tests). */
  rule: string;
}

export interface ExtractionResult {
  report: ExtractedReport;
  observations: ExtractedObservation[];
}

export interface ExtractOptions {
  /** Also emit targets from the next-year plan and 力争/目标 sentences (off by default). */
  includeTargets?: boolean;
}
