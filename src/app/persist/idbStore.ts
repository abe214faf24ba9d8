// Where the user's layer lives between visits: one IndexedDB object store per record kind, a
// record per report, decision, dataset batch and agency, every change one transaction (so a
// reload sees a change whole or not at all). No wrapper package: open, one upgrade, getAll and a
// transaction of puts are all this needs, and the upgrade must run the v1 migration inside
// IndexedDB's own upgrade transaction, which wrappers only pass through.
//
// Stored format versions (the IndexedDB version):
//   1  the whole layer as one value under "current" in the store "user-layer"
//   2  a store per record kind, values { order, value }; "set-aside" keeps what could not be
//      migrated, with the reason, until the user resets
import {
  migrateV1Layer,
  RECORD_KINDS,
  type RecordKind,
  type RecordOp,
  type SetAsideRecord,
  type StoredRecord,
} from './layerRecords.ts';

export interface StoredState {
  records: StoredRecord[];
  /** Parts of an older stored layer that could not be migrated, kept with their reason. */
  setAside: SetAsideRecord[];
}

export interface LayerBackend {
  load(): Promise<StoredState>;
  /** All in one transaction: every op is stored, or (on any failure) none is. */
  apply(ops: readonly RecordOp[]): Promise<void>;
  /** Deletes every record, set-aside ones included. */
  clear(): Promise<void>;
  /** 'indexeddb' keeps data across reloads; 'memory' only for this page (private windows …). */
  readonly kind: 'indexeddb' | 'memory';
}

export const DB_NAME = 'fazhi-dashboard';
export const DB_VERSION = 2;
/** The version-1 store and key, read once by the migration. */
export const V1_STORE = 'user-layer';
export const V1_KEY = 'current';
const SET_ASIDE = 'set-aside';
const ALL_STORES = [...RECORD_KINDS, SET_ASIDE];

interface Wrapped {
  order: number;
  value: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  for (const name of ALL_STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  if (oldVersion < 1 || !db.objectStoreNames.contains(V1_STORE)) return;
  const get = tx.objectStore(V1_STORE).get(V1_KEY);
  get.onsuccess = () => {
    const { records, setAside } = migrateV1Layer(get.result);
    for (const r of records)
      tx.objectStore(r.kind).put({ order: r.order, value: r.value } satisfies Wrapped, r.key);
    for (const s of setAside) tx.objectStore(SET_ASIDE).put(s, `${s.record.kind}\u0000${s.record.key}`);
    // Same transaction: the old record goes only if the new ones are written.
    db.deleteObjectStore(V1_STORE);
  };
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = (event) => {
      upgrade(req.result, req.transaction!, event.oldVersion);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('cannot open IndexedDB'));
    // Another tab with an older version open: wait rather than fail; it closes on versionchange.
    req.onblocked = () => undefined;
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // Chromium's QuotaExceededError has an empty message: keep the DOMException (its name says it).
    tx.onabort = () => reject(tx.error ?? new DOMException('IndexedDB write aborted', 'AbortError'));
  });
}

export function indexedDbBackend(factory: IDBFactory): LayerBackend {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    db ??= openDb(factory).then(
      (d) => {
        // Let a newer version of the app in another tab upgrade the database.
        d.onversionchange = () => {
          d.close();
          db = null;
        };
        return d;
      },
      (error: unknown) => {
        db = null;
        throw error;
      },
    );
    return db;
  };
  return {
    kind: 'indexeddb',
    async load() {
      const tx = (await database()).transaction(ALL_STORES, 'readonly');
      const records: StoredRecord[] = [];
      const reads = RECORD_KINDS.map(async (kind: RecordKind) => {
        const store = tx.objectStore(kind);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        keys.forEach((key, i) => {
          const w = values[i] as Partial<Wrapped> | null;
          records.push({
            kind,
            key: String(key),
            order: typeof w?.order === 'number' ? w.order : 0,
            value: w && typeof w === 'object' ? w.value : w,
          });
        });
      });
      const aside = request(tx.objectStore(SET_ASIDE).getAll());
      await Promise.all(reads);
      const setAside = ((await aside) as { record?: SetAsideRecord }[]).flatMap((s) =>
        s?.record ? [s.record] : [],
      );
      return { records, setAside };
    },
    async apply(ops) {
      if (ops.length === 0) return;
      const kinds = [...new Set(ops.map((o) => o.kind))];
      const tx = (await database()).transaction(kinds, 'readwrite');
      const done = finished(tx);
      try {
        for (const op of ops) {
          const store = tx.objectStore(op.kind);
          if ('delete' in op) store.delete(op.key);
          else store.put({ order: op.order, value: op.value } satisfies Wrapped, op.key);
        }
      } catch (error) {
        // put() throws at once for a value it cannot clone: nothing of this transaction is kept.
        tx.abort();
        await done.catch(() => undefined);
        throw error;
      }
      await done;
    },
    async clear() {
      const tx = (await database()).transaction(ALL_STORES, 'readwrite');
      for (const name of ALL_STORES) tx.objectStore(name).clear();
      await finished(tx);
    },
  };
}

export function memoryBackend(initial: StoredState = { records: [], setAside: [] }): LayerBackend {
  const records = new Map<string, StoredRecord>(initial.records.map((r) => [`${r.kind}\u0000${r.key}`, r]));
  let setAside = [...initial.setAside];
  return {
    kind: 'memory',
    load: async () => ({ records: [...records.values()], setAside: [...setAside] }),
    apply: async (ops) => {
      for (const op of ops) {
        const id = `${op.kind}\u0000${op.key}`;
        if ('delete' in op) records.delete(id);
        else records.set(id, { kind: op.kind, key: op.key, order: op.order, value: op.value });
      }
    },
    clear: async () => {
      records.clear();
      setAside = [];
    },
  };
}
