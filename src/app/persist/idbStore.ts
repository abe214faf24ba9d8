// Where the user's layer lives between visits: one record in IndexedDB (no dependency: the four
// calls we need are a few lines, and idb-keyval would add a package for the same). The whole
// layer is one value, so a reload sees either the old or the new state, never half of each.
import { EMPTY_USER_LAYER, type UserLayer } from '../../data/importLayer.ts';

export interface LayerBackend {
  /** Stored layer, or null when none is stored. */
  load(): Promise<UserLayer | null>;
  save(layer: UserLayer): Promise<void>;
  clear(): Promise<void>;
  /** 'indexeddb' keeps data across reloads; 'memory' only for this page (private windows …). */
  readonly kind: 'indexeddb' | 'memory';
}

const DB_NAME = 'fazhi-dashboard';
const DB_VERSION = 1;
const STORE = 'user-layer';
const KEY = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('cannot open IndexedDB'));
    // Another tab with an older version open: wait rather than fail; it closes on versionchange.
    req.onblocked = () => undefined;
  });
}

/** A stored value that is not a layer of this version (a future or damaged record) is ignored. */
export function asUserLayer(value: unknown): UserLayer | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<UserLayer>;
  if (
    v.version !== 1 ||
    !Array.isArray(v.agencies) ||
    !Array.isArray(v.reports) ||
    !Array.isArray(v.datasets)
  ) {
    return null;
  }
  return { ...EMPTY_USER_LAYER, ...v } as UserLayer;
}

export function indexedDbBackend(factory: IDBFactory): LayerBackend {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    db ??= openDb(factory).then((d) => {
      // Let a newer version of the app in another tab upgrade the database.
      d.onversionchange = () => {
        d.close();
        db = null;
      };
      return d;
    });
    return db;
  };
  const tx = async (mode: IDBTransactionMode) =>
    (await database()).transaction(STORE, mode).objectStore(STORE);
  const done = (store: IDBObjectStore) =>
    new Promise<void>((resolve, reject) => {
      store.transaction.oncomplete = () => resolve();
      store.transaction.onerror = () =>
        reject(store.transaction.error ?? new Error('IndexedDB write failed'));
      store.transaction.onabort = () =>
        reject(store.transaction.error ?? new Error('IndexedDB write aborted'));
    });
  return {
    kind: 'indexeddb',
    async load() {
      return asUserLayer(await request((await tx('readonly')).get(KEY)));
    },
    async save(layer) {
      const store = await tx('readwrite');
      store.put(layer, KEY);
      await done(store);
    },
    async clear() {
      const store = await tx('readwrite');
      store.delete(KEY);
      await done(store);
    },
  };
}

export function memoryBackend(initial: UserLayer | null = null): LayerBackend {
  let stored = initial;
  return {
    kind: 'memory',
    load: async () => stored,
    save: async (layer) => {
      stored = layer;
    },
    clear: async () => {
      stored = null;
    },
  };
}
