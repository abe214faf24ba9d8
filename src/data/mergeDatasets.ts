// Layers of data, later wins: the bundled dataset, then imported files, then manual edits.
import type { Dataset, Observation } from '../domain/types.ts';

/** A layer: any of the tables (manual edits usually bring observations only). */
export type DatasetLayer = Partial<Pick<Dataset, 'indicators' | 'agencies' | 'reports' | 'observations'>> & {
  meta?: Partial<Dataset['meta']>;
  /** Ids of earlier observations this layer takes out (a report value a file value won over). */
  removeObservations?: readonly string[];
};

/** Records handled between two pauses of a sliced merge: a few milliseconds of work. */
const STEP_RECORDS = 1024;

// A generator, so the same code runs at once (mergeDatasets) or in slices that let the page
// breathe (mergeDatasetSteps): it pauses (yields) after every STEP_RECORDS records.
function* mergeById<T extends { id: string }>(
  base: readonly T[],
  later: readonly T[] | undefined,
): Generator<void, T[]> {
  if (!later || later.length === 0) return base.slice();
  // The layer's record for each id (its last one when it repeats an id).
  const replacement = new Map<string, T>();
  for (let i = 0; i < later.length; i++) {
    const x = later[i]!;
    replacement.set(x.id, x);
    if (i % STEP_RECORDS === STEP_RECORDS - 1) yield;
  }
  // Replaced records keep their place. Only the ids replaced are remembered, not every id of the
  // base: a small layer (a reviewed report) over 100,000 imported rows stays a quick pass.
  const merged: T[] = [];
  const replaced = new Set<string>();
  for (let i = 0; i < base.length; i++) {
    const x = base[i]!;
    const r = replacement.get(x.id);
    if (r === undefined) merged.push(x);
    else {
      merged.push(r);
      replaced.add(x.id);
    }
    if (i % STEP_RECORDS === STEP_RECORDS - 1) yield;
  }
  // New ones are appended in the layer's order.
  if (replaced.size < replacement.size) {
    for (const [id, x] of replacement) if (!replaced.has(id)) merged.push(x);
  }
  return merged;
}

/**
 * The merge of mergeDatasets as steps: run it to the end for the merged dataset; it pauses every
 * few thousand records, so a caller can spread a 100,000-row merge over several short tasks.
 */
export function* mergeDatasetSteps(
  base: Dataset,
  ...layers: readonly DatasetLayer[]
): Generator<void, Dataset> {
  let result: Dataset = base;
  for (const layer of layers) {
    const replacedReports = new Set((layer.reports ?? []).map((r) => r.id));
    let kept = result.observations;
    const removed = new Set(layer.removeObservations ?? []);
    if (replacedReports.size > 0 || removed.size > 0) {
      kept = result.observations.filter((o) => !replacedReports.has(o.reportId) && !removed.has(o.id));
      yield;
    }
    result = {
      indicators: yield* mergeById(result.indicators, layer.indicators),
      agencies: yield* mergeById(result.agencies, layer.agencies),
      reports: yield* mergeById(result.reports, layer.reports),
      observations: yield* mergeById(kept, layer.observations),
      meta: {
        ...result.meta,
        synthetic: result.meta.synthetic || layer.meta?.synthetic === true,
        ...unreviewedAfter(result.meta.unreviewedReports, replacedReports, layer.meta?.unreviewedReports),
      },
    };
  }
  return result;
}

/** A report the layer brings again is unreviewed only when the layer says so. */
function unreviewedAfter(
  before: readonly string[] | undefined,
  replaced: ReadonlySet<string>,
  added: readonly string[] | undefined,
): Pick<Dataset['meta'], 'unreviewedReports'> {
  if (!before?.length && !added?.length) return {};
  const kept = (before ?? []).filter((id) => !replaced.has(id));
  return { unreviewedReports: [...new Set([...kept, ...(added ?? [])])] };
}

/**
 * Merge layers onto a base dataset. Records with the same id are replaced by the later layer's.
 * A layer that brings a report also brings that report's observations: the earlier observations
 * of that report are dropped, so re-importing a re-extracted report does not double its values.
 * The result is synthetic when any layer is.
 */
export function mergeDatasets(base: Dataset, ...layers: readonly DatasetLayer[]): Dataset {
  const steps = mergeDatasetSteps(base, ...layers);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A hand correction of an extracted value: same id (so it replaces the original when merged),
 * origin "manual", and the first extracted value remembered in originalValue.
 */
export function manualCorrection(
  observation: Observation,
  value: number,
  changes: Partial<Observation> = {},
): Observation {
  return {
    ...observation,
    ...changes,
    value,
    origin: 'manual',
    originalValue: observation.originalValue ?? observation.value,
  };
}
