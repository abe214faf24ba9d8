// Layers of data, later wins: the bundled dataset, then imported files, then manual edits.
import type { Dataset, Observation } from '../domain/types.ts';

/** A layer: any of the tables (manual edits usually bring observations only). */
export type DatasetLayer = Partial<Pick<Dataset, 'indicators' | 'agencies' | 'reports' | 'observations'>> & {
  meta?: Partial<Dataset['meta']>;
};

function mergeById<T extends { id: string }>(base: readonly T[], later: readonly T[] | undefined): T[] {
  if (!later || later.length === 0) return base.slice();
  // The layer's record for each id (its last one when it repeats an id).
  const replacement = new Map<string, T>();
  for (const x of later) replacement.set(x.id, x);
  // Replaced records keep their place. Only the ids replaced are remembered, not every id of the
  // base: a small layer (a reviewed report) over 100,000 imported rows stays a quick pass.
  const merged: T[] = [];
  const replaced = new Set<string>();
  for (const x of base) {
    const r = replacement.get(x.id);
    if (r === undefined) merged.push(x);
    else {
      merged.push(r);
      replaced.add(x.id);
    }
  }
  // New ones are appended in the layer's order.
  if (replaced.size < replacement.size) {
    for (const [id, x] of replacement) if (!replaced.has(id)) merged.push(x);
  }
  return merged;
}

/**
 * Merge layers onto a base dataset. Records with the same id are replaced by the later layer's.
 * A layer that brings a report also brings that report's observations: the earlier observations
 * of that report are dropped, so re-importing a re-extracted report does not double its values.
 * The result is synthetic when any layer is.
 */
export function mergeDatasets(base: Dataset, ...layers: readonly DatasetLayer[]): Dataset {
  let result: Dataset = base;
  for (const layer of layers) {
    const replacedReports = new Set((layer.reports ?? []).map((r) => r.id));
    const kept =
      replacedReports.size === 0
        ? result.observations
        : result.observations.filter((o) => !replacedReports.has(o.reportId));
    result = {
      indicators: mergeById(result.indicators, layer.indicators),
      agencies: mergeById(result.agencies, layer.agencies),
      reports: mergeById(result.reports, layer.reports),
      observations: mergeById(kept, layer.observations),
      meta: {
        ...result.meta,
        synthetic: result.meta.synthetic || layer.meta?.synthetic === true,
      },
    };
  }
  return result;
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
