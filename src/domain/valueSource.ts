// Where a shown value came from, told apart beyond the observation's own `origin` column: a row of
// an imported dataset file may say "extracted" in that column, yet nobody here read it in a report.
// The user's layer answers the questions (ValueProvenance); this module only combines the answers.
import type { Observation, Report } from './types.ts';

/** A batch of dataset files that brought a value. */
export interface FileSource {
  batchId: string;
  files: readonly string[];
}

/** A report imported in this browser, with its full text. */
export interface ImportedReportSource {
  /** A person marked the report's review complete (the "review" feature); false until then. */
  reviewComplete: boolean;
  /** The full text the offsets point into. */
  text: string;
  /** The file it was read from. */
  file: string;
}

/** Which value the user kept when a file value and a report value met. */
export type ConflictChoice = 'report' | 'file';

/** A value a file and a report both gave, and what happened to the one not shown. */
export interface ConflictOutcome {
  /** The value not shown (the report's when the file won, the file's when the report did). */
  loser: Observation;
  loserFrom: ConflictChoice;
  /** null while the user has not chosen (the report value is kept meanwhile). */
  choice: ConflictChoice | null;
  file: FileSource;
}

/** What the user's layer knows about values it brought. Empty for bundled data alone. */
export interface ValueProvenance {
  /** Local imports (reports or files) are merged into what the views show. */
  hasLocal: boolean;
  /** The file batch that brought this observation, or null. */
  fileOf(observationId: string): FileSource | null;
  /** The imported report (text and review state), or null for bundled reports. */
  importedReport(reportId: string): ImportedReportSource | null;
  /** The conflict this shown observation won, or null. */
  conflictOf(observationId: string): ConflictOutcome | null;
}

export const NO_PROVENANCE: ValueProvenance = {
  hasLocal: false,
  fileOf: () => null,
  importedReport: () => null,
  conflictOf: () => null,
};

export type SourceKind =
  /** Stated in a bundled (published) report. */
  | 'report'
  /** Extracted from a report imported in this browser. */
  | 'importedReport'
  /** Corrected or typed in by hand. */
  | 'manual'
  /** A row of an imported dataset file: claimed by that file, not read from a report here. */
  | 'file'
  /** Computed from two stated values of a bundled report. */
  | 'derived'
  | 'synthetic';

export interface ValueSource {
  kind: SourceKind;
  /** Computed rather than stated (also for file rows and imports that say so). */
  derived: boolean;
  /** For 'file': the batch and its file names. */
  file: FileSource | null;
  /** For 'importedReport' (and manual corrections of one): whether its review is complete. */
  reviewComplete: boolean | null;
}

/** Values that did not come from a published report: local imports and hand corrections. */
export function isLocalSource(kind: SourceKind): boolean {
  return kind === 'file' || kind === 'importedReport' || kind === 'manual';
}

/**
 * The source of one value. A file row is always 'file', whatever its origin column says; values of
 * an imported report are 'importedReport' (or 'manual' when corrected); the rest follow `origin`.
 */
export function valueSource(
  o: Pick<Observation, 'id' | 'reportId' | 'origin' | 'derived'>,
  provenance: ValueProvenance,
): ValueSource {
  const derived = o.derived || o.origin === 'derived';
  const file = provenance.fileOf(o.id);
  if (file) return { kind: 'file', derived, file, reviewComplete: null };
  const imported = provenance.importedReport(o.reportId);
  if (o.origin === 'synthetic') return { kind: 'synthetic', derived, file: null, reviewComplete: null };
  if (o.origin === 'manual')
    return { kind: 'manual', derived, file: null, reviewComplete: imported?.reviewComplete ?? null };
  if (imported || o.origin === 'imported')
    return { kind: 'importedReport', derived, file: null, reviewComplete: imported?.reviewComplete ?? false };
  return { kind: derived ? 'derived' : 'report', derived, file: null, reviewComplete: null };
}

/** Whether a report record is a local import (counted apart from published reports). */
export function isLocalReport(report: Pick<Report, 'id' | 'origin'>, provenance?: ValueProvenance): boolean {
  if (report.origin === 'imported' || report.origin === 'manual') return true;
  return provenance?.importedReport(report.id) != null;
}
