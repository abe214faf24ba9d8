// The user's own layer on top of the bundled dataset: reports imported in the browser (with their
// full text and every review decision) and dataset files imported as they are. Kept in the
// browser only; turned into DatasetLayers for mergeDatasets, so every view sees one dataset.
//
// Data honesty: an extracted value enters the dataset only once accepted (origin "imported", or
// "derived" for computed values) or corrected (origin "manual", with the extracted value kept in
// originalValue). Pending and rejected values stay out of every view except the review, and a
// report enters the views with its first decision (see isInViews).
import type { Agency, Dataset, Observation, Qualifier, Report, SectionOrOther } from '../domain/types.ts';
import type { ConflictChoice } from '../domain/valueSource.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import { type DatasetLayer, manualCorrection } from './mergeDatasets.ts';

export type ReviewStatus = 'pending' | 'accepted' | 'rejected' | 'corrected';

export type ReviewDecision =
  | { status: 'accepted' }
  | { status: 'rejected' }
  | { status: 'corrected'; value: number; qualifier: Qualifier };

export interface ImportSource {
  /** File name as chosen (no folders). */
  file: string;
  format: string;
  /** Detected text encoding ("gb18030", "utf-16le" …). */
  encoding: string;
  bytes: number;
  /** ISO time of the import. */
  importedAt: string;
}

export interface ImportedReport {
  /** The report record as it enters the dataset (agency and year as confirmed in the review). */
  report: Report;
  /** Values as extracted, never changed: decisions say what enters the dataset. */
  extracted: readonly Observation[];
  /** By observation id; absent means pending. */
  decisions: Readonly<Record<string, ReviewDecision>>;
  /** The full text the values were read from (offsets point into it). Shown by the report viewer. */
  text: string;
  source: ImportSource;
  /**
   * Numbers the extractor did not emit, for the reviewer (`extractReport(text, { candidates: true })`).
   * Absent on reports stored before the review listed them.
   */
  candidates?: readonly ReviewCandidate[];
  /** Values a person added from the text (a candidate assigned, or a selection): origin "manual". */
  added?: readonly Observation[];
  /**
   * Set when a person has read the whole report: only then does a missing indicator mean the report
   * does not give it (未报告). Absent (stored before) or false: not reviewed yet.
   */
  reviewComplete?: boolean;
}

/** A suggestion for a candidate: an indicator and a score in [0, 1]. */
export interface CandidateSuggestion {
  indicator: string;
  score: number;
}

/**
 * A number the extractor did not emit (the fields of the extractor's ExtractedCandidate, which
 * src/data may not import): its words, offsets, sentence, section and suggested indicators.
 */
export interface ReviewCandidate {
  value: number;
  unit: string;
  qualifier: Qualifier;
  text: string;
  start: number;
  end: number;
  evidence: string;
  evidenceStart: number;
  section: SectionOrOther;
  suggestions: readonly CandidateSuggestion[];
  /** 'low_confidence' | 'no_indicator' | 'implausible' as the extractor says. */
  reason: string;
  detail: string | null;
}

/** Dataset files imported together (one CSV per table, or one JSON). */
export interface ImportedDatasetBatch {
  id: string;
  files: readonly string[];
  importedAt: string;
  /** Only the tables the files held. */
  tables: DatasetLayer;
  /** Every problem found, rows dropped included; shown again after a reload. */
  issues: readonly DatasetIssue[];
  /**
   * File values that would replace a value read from a report (found at import, see
   * datasetConflicts.ts). Batches stored before conflicts were found have none.
   */
  conflicts?: readonly DatasetConflict[];
}

/**
 * A file value meeting a report value: the same obs_id (the file row would replace it), or the same
 * report, indicator and year under other ids (one conflict per report value, however many file
 * rows share its place: they would compete with it for the value shown).
 */
export interface DatasetConflict {
  /** The file's value, by its id in the batch (the first, when several share the report value's place). */
  fileObservationId: string;
  /** The report's value as it was when the file came in (kept, so it stays visible either way). */
  reportObservation: Observation;
  /** File rows sharing the report value's place (absent: 1). */
  fileCount?: number;
  /**
   * The user's choice; absent until made. Meanwhile a file row with the report value's id is left
   * out (the report value is kept); file rows beside it stay, as they replace nothing in the data.
   */
  choice?: ConflictChoice;
}

const slotOf = (o: Pick<Observation, 'reportId' | 'indicator' | 'year'>) =>
  `${o.reportId}\u0000${o.indicator}\u0000${o.year}`;

/** Whether the conflict is about the same obs_id (else about the same report and indicator). */
export function isSameIdConflict(c: DatasetConflict): boolean {
  return c.fileObservationId === c.reportObservation.id;
}

export interface UserLayer {
  version: 1;
  /** Agencies first seen in imported reports (origin "imported"), or bundled ones corrected by hand ("manual"). */
  agencies: readonly Agency[];
  /** In import order. */
  reports: readonly ImportedReport[];
  /** In import order; later batches win over earlier ones. */
  datasets: readonly ImportedDatasetBatch[];
}

export const EMPTY_USER_LAYER: UserLayer = { version: 1, agencies: [], reports: [], datasets: [] };

export function isEmptyLayer(layer: UserLayer): boolean {
  return layer.agencies.length === 0 && layer.reports.length === 0 && layer.datasets.length === 0;
}

export function reviewStatus(report: ImportedReport, observationId: string): ReviewStatus {
  return report.decisions[observationId]?.status ?? 'pending';
}

/**
 * An extracted value as the dataset shows it after review, or null while pending or rejected.
 * Agency and year follow the report, as the review may have changed them.
 */
export function reviewedObservation(report: ImportedReport, o: Observation): Observation | null {
  const decision = report.decisions[o.id];
  if (!decision || decision.status === 'rejected') return null;
  const placed: Observation = { ...o, agencyId: report.report.agencyId, year: report.report.year };
  if (decision.status === 'accepted') return placed;
  return manualCorrection(placed, decision.value, { qualifier: decision.qualifier });
}

export function reviewedObservations(report: ImportedReport): Observation[] {
  const out: Observation[] = [];
  for (const o of report.extracted) {
    const r = reviewedObservation(report, o);
    if (r) out.push(r);
  }
  for (const o of report.added ?? []) {
    out.push({ ...o, agencyId: report.report.agencyId, year: report.report.year });
  }
  return out;
}

/** Whether a person has marked the report as read through (see ImportedReport.reviewComplete). */
export function isReviewComplete(report: ImportedReport): boolean {
  return report.reviewComplete === true;
}

export interface ReviewCounts {
  total: number;
  pending: number;
  accepted: number;
  rejected: number;
  corrected: number;
}

export function reviewCounts(report: ImportedReport): ReviewCounts {
  const counts: ReviewCounts = { total: 0, pending: 0, accepted: 0, rejected: 0, corrected: 0 };
  for (const o of report.extracted) {
    counts.total++;
    counts[reviewStatus(report, o.id)]++;
  }
  return counts;
}

/**
 * Whether a report is in the views yet: once anything about its values has been decided. Until
 * then it lives in the review only, so dropping in a file never changes what the dashboard shows
 * (a re-imported bundled report keeps its bundled values, and a new agency is not listed with a
 * report whose values nobody has looked at).
 */
export function isInViews(report: ImportedReport): boolean {
  // A value added by hand is a decision too, and a report read through with nothing in it enters
  // the views so that what it lacks shows as not reported.
  if ((report.added?.length ?? 0) > 0 || isReviewComplete(report)) return true;
  for (const _ in report.decisions) return true;
  return false;
}

/**
 * The choice in effect: the user's, or while undecided "report" for a file row with the report
 * value's id, null (both stay) for file rows beside it.
 */
export function conflictChoice(conflict: DatasetConflict): ConflictChoice | null {
  return conflict.choice ?? (isSameIdConflict(conflict) ? 'report' : null);
}

// Batches are stored objects that do not change (a choice makes a new batch object), so the
// filtered layer of a batch is computed once, not on every layer change.
const batchLayers = new WeakMap<ImportedDatasetBatch, DatasetLayer>();

/**
 * A batch as a layer: a file value that lost its conflict (or awaits the choice) is left out; the
 * report value a file value won over is removed (when it has another id; the same id is replaced).
 * A batch that brings the report's record too would drop the report's values (the merge replaces
 * a report's values with the layer's): the values kept are carried in the layer then (restored).
 */
export function batchLayer(batch: ImportedDatasetBatch): DatasetLayer {
  const conflicts = batch.conflicts ?? [];
  if (conflicts.length === 0) return batch.tables;
  let cached = batchLayers.get(batch);
  if (cached) return cached;
  const dropped = new Set<string>();
  const droppedSlots = new Set<string>();
  const removed: string[] = [];
  const restored: Observation[] = [];
  const reports = new Set((batch.tables.reports ?? []).map((r) => r.id));
  for (const c of conflicts) {
    const choice = conflictChoice(c);
    if (choice === 'report') {
      if (isSameIdConflict(c)) dropped.add(c.fileObservationId);
      else droppedSlots.add(slotOf(c.reportObservation));
      if (reports.has(c.reportObservation.reportId)) restored.push(c.reportObservation);
    } else if (choice === 'file' && !isSameIdConflict(c)) removed.push(c.reportObservation.id);
  }
  const observations = batch.tables.observations;
  const kept = (o: Observation) =>
    !dropped.has(o.id) && (droppedSlots.size === 0 || !droppedSlots.has(slotOf(o)));
  cached = {
    ...batch.tables,
    ...(observations ? { observations: [...observations.filter(kept), ...restored] } : {}),
    ...(removed.length > 0 ? { removeObservations: removed } : {}),
  };
  batchLayers.set(batch, cached);
  return cached;
}

/**
 * The layers to merge onto the bundled dataset, in order: each batch of dataset files, then the
 * imported reports under review with their reviewed values (so a review always wins over a file).
 */
export function userDatasetLayers(layer: UserLayer): DatasetLayer[] {
  const layers: DatasetLayer[] = layer.datasets.map(batchLayer);
  const live = layer.reports.filter(isInViews);
  const used = new Set(live.map((r) => r.report.agencyId));
  // New agencies appear with their first reviewed report; corrections of known agencies at once.
  const agencies = layer.agencies.filter((a) => used.has(a.id) || a.origin !== 'imported');
  if (live.length > 0 || agencies.length > 0) {
    layers.push({
      agencies,
      reports: live.map((r) => r.report),
      observations: live.flatMap(reviewedObservations),
      // Absent indicators of these reports are "not found yet", never "not reported" (domain/absence.ts).
      meta: { unreviewedReports: live.filter((r) => !isReviewComplete(r)).map((r) => r.report.id) },
    });
  }
  return layers;
}

/** Full text of a report when it was imported in this browser (bundled reports have none). */
export function importedText(layer: UserLayer, reportId: string): string | null {
  return layer.reports.find((r) => r.report.id === reportId)?.text ?? null;
}

/** What the merge needs from the base to resolve agencies of new imports. */
export type KnownRecords = Pick<Dataset, 'agencies' | 'reports'>;
