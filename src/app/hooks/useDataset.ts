// The dataset the address asks for (bundled, synthetic or a relative URL), loaded once and cached,
// with the user's own layer merged on top (imported reports as reviewed, dataset files; kept in
// IndexedDB), so every view shows one dataset. Loading waits for the stored layer too, so a
// reload never flashes the bundled data alone.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type DatasetSource, datasetQueryOptions, type LoadedDataset } from '../../data/datasetQuery.ts';
import { isEmptyLayer, userDatasetLayers } from '../../data/importLayer.ts';
import { mergeDatasets } from '../../data/mergeDatasets.ts';
import type { ViewState } from '../../state/viewState.ts';
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

export function useDataset(source: DatasetSource) {
  const { layer } = usePersistedLayer();
  // A new layer (an accepted value, an imported file) re-merges without refetching anything.
  const select = useCallback(
    (loaded: LoadedDataset): LoadedDataset =>
      isEmptyLayer(layer)
        ? loaded
        : { ...loaded, dataset: mergeDatasets(loaded.dataset, ...userDatasetLayers(layer)) },
    [layer],
  );
  return useQuery({ ...datasetQuery(source), select });
}
