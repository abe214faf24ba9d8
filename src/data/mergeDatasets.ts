// Layers of data, later wins: the bundled dataset, then imported files, then manual edits.
import type { Dataset, Observation } from '../domain/types.ts';

/** A layer: any of the tables (manual edits usually bring observations only). */
export type DatasetLayer = Partial<Pick<Dataset, 'indicators' | 'agencies' | 'reports' | 'observations'>> & {
  meta?: Partial<Dataset['meta']>;
};

function mergeById<T extends { id: string }>(base: readonly T[], later: readonly T[] | undefined): T[] {
  if (!later || later.length === 0) return [...base];
  const replacement = new Map(later.map((x) => [x.id, x]));
  // Replaced records keep their place; new ones are appended in the layer's order.
  const merged = base.map((x) => replacement.get(x.id) ?? x);
  const seen = new Set(base.map((x) => x.id));
  for (const x of replacement.values()) if (!seen.has(x.id)) merged.push(x);
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
    const kept = result.observations.filter((o) => !replacedReports.has(o.reportId));
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
