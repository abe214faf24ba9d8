// The user's layer as an external store for React (useSyncExternalStore): the reducer runs on
// dispatch, subscribers see the new layer at once, and the backend write follows. Writes are
// coalesced (only the newest layer is written once the previous write ends), so a quick run of
// clicks costs one or two writes. Other tabs are told over a BroadcastChannel and reload.
import { EMPTY_USER_LAYER, type UserLayer } from '../../data/importLayer.ts';
import { type ReviewAction, reviewReducer } from '../../data/reviewState.ts';
import type { LayerBackend } from './idbStore.ts';

export interface LayerSnapshot {
  /** 'loading' until the stored layer has been read (views wait, so nothing flickers). */
  status: 'loading' | 'ready';
  layer: UserLayer;
  /** Where it is kept; 'memory' means it will not survive a reload. */
  persistence: LayerBackend['kind'];
  /** The last load or save problem, for a notice; null when all is well. */
  error: string | null;
}

export interface LayerStore {
  getSnapshot(): LayerSnapshot;
  subscribe(listener: () => void): () => void;
  dispatch(action: ReviewAction): void;
  /** Reads the stored layer (again); safe to call more than once. */
  load(): Promise<void>;
  /** Resolves once the stored layer has been read the first time (or found unreadable). */
  ready(): Promise<void>;
  /** Resolves when every dispatched change has been written. */
  flushed(): Promise<void>;
}

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: () => void): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the browser's storage did not answer in ${ms / 1000} s`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * `loadTimeoutMs`: the dashboard waits for the stored layer before showing data, so storage that
 * never answers (a blocked database upgrade in another tab) must not leave it loading forever.
 */
export function createLayerStore(
  backend: LayerBackend,
  channel: ChannelLike | null = null,
  loadTimeoutMs = 5000,
): LayerStore {
  let snapshot: LayerSnapshot = {
    status: 'loading',
    layer: EMPTY_USER_LAYER,
    persistence: backend.kind,
    error: null,
  };
  const listeners = new Set<() => void>();
  let writing: Promise<void> = Promise.resolve();
  let queued: UserLayer | null = null;
  // Changes made before the stored layer arrived are replayed on top of it.
  let early: ReviewAction[] = [];
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const set = (next: Partial<LayerSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const l of listeners) l();
  };

  const write = () => {
    if (queued === null) return writing;
    writing = writing.then(async () => {
      const layer = queued;
      queued = null;
      if (layer === null) return;
      try {
        await (layer === EMPTY_USER_LAYER ? backend.clear() : backend.save(layer));
        channel?.postMessage('changed');
        if (snapshot.error !== null) set({ error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    });
    return writing;
  };

  const store: LayerStore = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      if (snapshot.status === 'loading') early.push(action);
      const layer = reviewReducer(snapshot.layer, action);
      if (layer === snapshot.layer) return;
      set({ layer });
      if (snapshot.status === 'ready') {
        queued = layer;
        void write();
      }
    },
    async load() {
      try {
        const stored = (await withTimeout(backend.load(), loadTimeoutMs)) ?? EMPTY_USER_LAYER;
        const replay = early;
        early = [];
        const layer = replay.reduce(reviewReducer, stored);
        set({ status: 'ready', layer });
        markReady();
        if (replay.length > 0) {
          queued = layer;
          void write();
        }
      } catch (error) {
        // Unreadable storage: work in memory for this visit and say so.
        set({ status: 'ready', error: messageOf(error), persistence: 'memory' });
        markReady();
      }
    },
    ready: () => readyPromise,
    flushed: () => write(),
  };
  channel?.addEventListener('message', () => {
    // Another tab changed the layer: take the stored one (its writes are whole layers).
    if (queued === null) void store.load();
  });
  return store;
}
