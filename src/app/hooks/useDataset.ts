// The dataset the address asks for (bundled, synthetic or a relative URL), loaded once and cached.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { type DatasetSource, datasetQueryOptions } from '../../data/datasetQuery.ts';
import type { ViewState } from '../../state/viewState.ts';

export function datasetSource(state: Pick<ViewState, 'dataset' | 'datasetUrl'>): DatasetSource {
  if (state.dataset === 'synthetic') return { kind: 'synthetic' };
  if (state.dataset === 'url' && state.datasetUrl) return { kind: 'url', url: state.datasetUrl };
  return { kind: 'bundled' };
}

// Relative to the page, so the site works under any sub-path.
const BASE_URL = './';

export function datasetQuery(source: DatasetSource) {
  return queryOptions(datasetQueryOptions(source, BASE_URL));
}

export function useDataset(source: DatasetSource) {
  return useQuery(datasetQuery(source));
}
