// The dataset the address asks for (bundled, synthetic or a relative URL), loaded once and cached,
// with the user's own layer merged on top (imported reports as reviewed, dataset files; kept in
// IndexedDB), so every view shows one dataset. Loading waits for the stored layer too, so a
// reload never flashes the bundled data alone.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type DatasetSource, datasetQueryOptions, type LoadedDataset } from '../../data/datasetQuery.ts';
import { isEmptyLayer, type UserLayer, userDatasetLayers } from '../../data/importLayer.ts';
import { type DatasetLayer, mergeDatasetSteps, mergeDatasets } from '../../data/mergeDatasets.ts';
import { valueProvenance } from '../../data/valueProvenance.ts';
import type { Dataset } from '../../domain/types.ts';
import type { ViewState } from '../../state/viewState.ts';
import { runInSlices } from '../lib/runInSlices.ts';
import { layerStore, usePersistedLayer } from '../persist/usePersistedLayer.ts';

export function datasetSource(state: Pick<ViewState, 'dataset' | 'datasetUrl'>): DatasetSource {
  if (state.dataset === 'synthetic') return { kind: 'synthetic' };
  if (state.dataset === 'url' && state.datasetUrl) return { kind: 'url', url: state.datasetUrl };
  return { kind: 'bundled' };
}

// Relative to the page, so the site works under any sub-path.
const BASE_URL = './';

export function datasetQuery(source: DatasetSource) {
  const options = datasetQueryOptions(source, BASE_URL);
  return queryOptions({
    ...options,
    // The stored layer is read in parallel with the files.
    queryFn: async () => (await Promise.all([options.queryFn(), layerStore().ready()]))[0],
  });
}

/**
 * Records (bundled and imported together) from which the merge is spread over several short
 * tasks: merging a 100,000-row file took the page one task of 60-120 ms. Below it the merge
 * costs a few milliseconds and is done at once, as the views expect.
 */
export const SLICED_MERGE_RECORDS = 20_000;

function records(tables: DatasetLayer | Dataset): number {
  return (
    (tables.indicators?.length ?? 0) +
    (tables.agencies?.length ?? 0) +
    (tables.reports?.length ?? 0) +
    (tables.observations?.length ?? 0)
  );
}

interface Sliced {
  from: LoadedDataset;
  layers: readonly DatasetLayer[];
  value: LoadedDataset;
}

/**
 * The loaded dataset with the user's layers merged on top. A big merge runs in slices: until it
 * is done the views keep the previous merge of the same files (a moment old, never a mix), and
 * on the first load they wait for it (`merging`).
 */
function useMergedDataset(
  loaded: LoadedDataset | undefined,
  layer: UserLayer,
): { merged: LoadedDataset | undefined; merging: boolean } {
  const layers = useMemo(() => (isEmptyLayer(layer) ? [] : userDatasetLayers(layer)), [layer]);
  const sliced =
    loaded !== undefined &&
    layers.length > 0 &&
    records(loaded.dataset) + layers.reduce((n, l) => n + records(l), 0) >= SLICED_MERGE_RECORDS;
  const atOnce = useMemo(() => {
    if (!loaded || sliced) return undefined;
    return layers.length === 0 ? loaded : { ...loaded, dataset: mergeDatasets(loaded.dataset, ...layers) };
  }, [loaded, layers, sliced]);
  const [last, setLast] = useState<Sliced | null>(null);
  useEffect(() => {
    if (!loaded || !sliced) return;
    const controller = new AbortController();
    void runInSlices(mergeDatasetSteps(loaded.dataset, ...layers), controller.signal).then((dataset) => {
      if (dataset) setLast({ from: loaded, layers, value: { ...loaded, dataset } });
    });
    return () => controller.abort();
  }, [loaded, layers, sliced]);
  const fresh = sliced && last?.from === loaded && last.layers === layers ? last.value : undefined;
  // What the views showed last, merged at once or in slices, kept while a new merge runs.
  const previous = useRef<{ from: LoadedDataset; value: LoadedDataset } | null>(null);
  const shown = previous.current;
  const kept = shown && shown.from === loaded ? shown.value : undefined;
  const merged = sliced ? (fresh ?? kept) : atOnce;
  useEffect(() => {
    if (loaded && merged) previous.current = { from: loaded, value: merged };
  });
  return { merged, merging: sliced && fresh === undefined };
}

export function useDataset(source: DatasetSource) {
  const { layer } = usePersistedLayer();
  // A new layer (an accepted value, an imported file) re-merges without refetching anything.
  const query = useQuery(datasetQuery(source));
  const { merged, merging } = useMergedDataset(query.data, layer);
  // Where each value of the merge came from (file batch, imported report, conflict), per layer.
  const provenance = useMemo(() => valueProvenance(layer), [layer]);
  return { query, loaded: merged, merging, provenance };
}
