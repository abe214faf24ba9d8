// Extractor entry point: report text → report facts + indicator observations.

export { extractReport } from './extractReport.ts';
export { type IndicatorCandidate, rankIndicators } from './rankIndicators.ts';
export { MAX_SELECTION, readSelection, type SelectionReading } from './readSelection.ts';
export type {
  CandidateReason,
  ExtractedCandidate,
  ExtractedObservation,
  ExtractedReport,
  ExtractionResult,
  ExtractOptions,
  IndicatorSuggestion,
} from './types.ts';
export const EXTRACTOR_VERSION = '0.1.0';
