// The user's imported reports, reviews and dataset files, kept in IndexedDB and shared by every
// view of this page (and, through a BroadcastChannel, by other tabs of the dashboard).
import { useSyncExternalStore } from 'react';
import type { ReviewAction } from '../../data/reviewState.ts';
import { indexedDbBackend, type LayerBackend, memoryBackend } from './idbStore.ts';
import { createLayerStore, type LayerSnapshot, type LayerStore } from './layerStore.ts';

let store: LayerStore | null = null;

function backend(): LayerBackend {
  try {
    if (typeof indexedDB !== 'undefined') return indexedDbBackend(indexedDB);
  } catch {
    // Some privacy modes throw on the mere access.
  }
  return memoryBackend();
}

/** The page's one store, created and loaded on first use. */
export function layerStore(): LayerStore {
  if (!store) {
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('fazhi-user-layer');
    store = createLayerStore(backend(), channel);
    void store.load();
  }
  return store;
}

export function usePersistedLayer(): LayerSnapshot & { dispatch: (action: ReviewAction) => void } {
  const s = layerStore();
  const snapshot = useSyncExternalStore(s.subscribe, s.getSnapshot, s.getSnapshot);
  return { ...snapshot, dispatch: s.dispatch };
}
