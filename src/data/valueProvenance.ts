// The user's layer answering "where did this value come from?" for the merged dataset: which file
// batch brought an observation, which reports were imported here (with their text and review
// state), and which conflicts between a file and a report were decided how. Built once per layer;
// the lookups by observation are built on first use and cost one pass over the imported rows only
// (never over the bundled 177,000), so the sliced merge stays as fast as before.
import type { Observation } from '../domain/types.ts';
import type {
  ConflictOutcome,
  FileSource,
  ImportedReportSource,
  ValueProvenance,
} from '../domain/valueSource.ts';
import { NO_PROVENANCE } from '../domain/valueSource.ts';
import {
  batchLayer,
  conflictChoice,
  isEmptyLayer,
  isInViews,
  isReviewComplete,
  reviewedObservations,
  type UserLayer,
} from './importLayer.ts';

export function valueProvenance(layer: UserLayer): ValueProvenance {
  if (isEmptyLayer(layer)) return NO_PROVENANCE;
  let files: Map<string, FileSource> | null = null;
  let conflicts: Map<string, ConflictOutcome> | null = null;
  const reports = new Map<string, ImportedReportSource>();
  // Only reports in the views: until its review starts, a re-imported bundled report leaves the
  // bundled values (and their source) as they are.
  for (const r of layer.reports) {
    if (!isInViews(r)) continue;
    reports.set(r.report.id, { reviewComplete: isReviewComplete(r), text: r.text, file: r.source.file });
  }
  const fileMap = (): Map<string, FileSource> => {
    if (files) return files;
    files = new Map();
    // Later batches win, as in the merge; a reviewed report wins over every file.
    for (const batch of layer.datasets) {
      const source: FileSource = { batchId: batch.id, files: batch.files };
      // Report values a batch carries only because the user kept them are the report's, not the file's.
      const kept = new Set<Observation>();
      for (const c of batch.conflicts ?? [])
        if (conflictChoice(c) === 'report') kept.add(c.reportObservation);
      for (const o of batchLayer(batch).observations ?? []) {
        if (kept.has(o)) files.delete(o.id);
        else files.set(o.id, source);
      }
    }
    for (const r of layer.reports) {
      if (!isInViews(r)) continue;
      for (const o of reviewedObservations(r)) files.delete(o.id);
    }
    return files;
  };
  const conflictMap = (): Map<string, ConflictOutcome> => {
    if (conflicts) return conflicts;
    conflicts = new Map();
    for (const batch of layer.datasets) {
      const file: FileSource = { batchId: batch.id, files: batch.files };
      const list = batch.conflicts ?? [];
      // The file values of conflicts the report value won, found in one pass (no map of the batch).
      const wanted = new Set<string>();
      for (const c of list) if (conflictChoice(c) !== 'file') wanted.add(c.fileObservationId);
      const fileValues = new Map<string, Observation>();
      if (wanted.size > 0) {
        for (const o of batch.tables.observations ?? []) if (wanted.has(o.id)) fileValues.set(o.id, o);
      }
      for (const c of list) {
        const choice = c.choice ?? null;
        if (conflictChoice(c) === 'file') {
          conflicts.set(c.fileObservationId, {
            loser: c.reportObservation,
            loserFrom: 'report',
            choice,
            file,
          });
          continue;
        }
        // Undecided rows beside the report value stay in the views (marked as the file's); the
        // report value still names the conflict waiting for a choice.
        const fileValue = fileValues.get(c.fileObservationId);
        if (fileValue)
          conflicts.set(c.reportObservation.id, { loser: fileValue, loserFrom: 'file', choice, file });
      }
    }
    return conflicts;
  };
  return {
    hasLocal: true,
    fileOf: (id) => fileMap().get(id) ?? null,
    importedReport: (id) => reports.get(id) ?? null,
    conflictOf: (id) => conflictMap().get(id) ?? null,
  };
}
