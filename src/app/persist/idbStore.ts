// Where the user's layer lives between visits: one IndexedDB object store per record kind, a
// record per report, decision, dataset batch and agency, every change one transaction (so a
// reload sees a change whole or not at all). No wrapper package: open, one upgrade, getAll and a
// transaction of puts are all this needs, and the upgrade must run the v1 migration inside
// IndexedDB's own upgrade transaction, which wrappers only pass through.
//
// Stored format versions (the IndexedDB version):
//   1  the whole layer as one value under "current" in the store "user-layer"
//   2  a store per record kind, values { order, value }; "set-aside" keeps what could not be
//      migrated, with the reason, until the user resets; a dataset batch's rows are kept in
//      "dataset-parts" in pieces, so storing a 100,000-row file is many short tasks, not one
//      long structured clone on the page
import {
  migrateV1Layer,
  RECORD_KINDS,
  type RecordKind,
  type RecordOp,
  type RecordRef,
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
  /** Just these records (another tab said it changed them); absent ones are left out. */
  loadRecords(keys: readonly RecordRef[]): Promise<StoredRecord[]>;
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
const PARTS = 'dataset-parts';
const ALL_STORES = [...RECORD_KINDS, SET_ASIDE, PARTS];
/** Rows per stored piece of a dataset batch: cloning one takes the page a few milliseconds. */
const PART_ROWS = 2000;
const TABLES = ['indicators', 'agencies', 'reports', 'observations'] as const;

interface Part {
  table: (typeof TABLES)[number];
  rows: unknown[];
}

const partKey = (batchKey: string, index: number) => `${batchKey}\u0000${String(index).padStart(6, '0')}`;
const partsOf = (batchKey: string) =>
  IDBKeyRange.bound(`${batchKey}\u0000`, `${batchKey}\u0001`, false, true);

/** A batch without its rows (stored in the datasets store), and its rows in pieces. */
function splitBatch(value: unknown): { head: unknown; parts: Part[] } {
  const batch = value as { tables?: Record<string, unknown> } | null;
  if (
    typeof batch !== 'object' ||
    batch === null ||
    typeof batch.tables !== 'object' ||
    batch.tables === null
  ) {
    return { head: value, parts: [] };
  }
  const tables: Record<string, unknown> = { ...batch.tables };
  const parts: Part[] = [];
  for (const table of TABLES) {
    const rows = tables[table];
    if (!Array.isArray(rows)) continue;
    delete tables[table];
    // An empty table is still a table the files held: one empty piece says so.
    if (rows.length === 0) parts.push({ table, rows: [] });
    for (let i = 0; i < rows.length; i += PART_ROWS)
      parts.push({ table, rows: rows.slice(i, i + PART_ROWS) });
  }
  return { head: { ...batch, tables }, parts };
}

function joinBatch(head: unknown, parts: readonly Part[]): unknown {
  if (parts.length === 0) return head;
  const batch = head as { tables?: Record<string, unknown> } | null;
  if (typeof batch !== 'object' || batch === null) return head;
  const tables: Record<string, unknown[]> = { ...(batch.tables as Record<string, unknown[]>) };
  for (const part of parts) {
    let rows = tables[part.table];
    if (!rows) {
      rows = [];
      tables[part.table] = rows;
    }
    for (const row of part.rows) rows.push(row);
  }
  return { ...batch, tables };
}

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
      const partStore = tx.objectStore(PARTS);
      const parts = Promise.all([request(partStore.getAllKeys()), request(partStore.getAll())]);
      await Promise.all(reads);
      const [partKeys, partValues] = await parts;
      const byBatch = new Map<string, Part[]>();
      partKeys.forEach((key, i) => {
        const k = String(key);
        const batchKey = k.slice(0, k.lastIndexOf('\u0000'));
        const list = byBatch.get(batchKey) ?? [];
        list.push(partValues[i] as Part);
        byBatch.set(batchKey, list);
      });
      for (const r of records) {
        if (r.kind === 'datasets') r.value = joinBatch(r.value, byBatch.get(r.key) ?? []);
      }
      const setAside = ((await aside) as { record?: SetAsideRecord }[]).flatMap((s) =>
        s?.record ? [s.record] : [],
      );
      return { records, setAside };
    },
    async loadRecords(keys) {
      if (keys.length === 0) return [];
      const kinds: string[] = [...new Set(keys.map((k) => k.kind))];
      if (kinds.includes('datasets')) kinds.push(PARTS);
      const tx = (await database()).transaction(kinds, 'readonly');
      const reads = keys.map(async ({ kind, key }): Promise<StoredRecord | null> => {
        const parts = kind === 'datasets' ? request(tx.objectStore(PARTS).getAll(partsOf(key))) : null;
        const w = (await request(tx.objectStore(kind).get(key))) as Partial<Wrapped> | undefined;
        if (w === undefined) return null;
        const value = w && typeof w === 'object' ? w.value : w;
        return {
          kind,
          key,
          order: typeof w?.order === 'number' ? w.order : 0,
          value: parts ? joinBatch(value, (await parts) as Part[]) : value,
        };
      });
      return (await Promise.all(reads)).filter((r): r is StoredRecord => r !== null);
    },
    async apply(ops) {
      if (ops.length === 0) return;
      const kinds: string[] = [...new Set(ops.map((o) => o.kind))];
      if (kinds.includes('datasets')) kinds.push(PARTS);
      const tx = (await database()).transaction(kinds, 'readwrite');
      const done = finished(tx);
      // Each request is made when the one before has succeeded: every piece is cloned in a task
      // of its own (the transaction stays open while a request is pending), still all or nothing.
      const steps: (() => IDBRequest)[] = [];
      for (const op of ops) {
        const store = () => tx.objectStore(op.kind);
        if (op.kind === 'datasets') steps.push(() => tx.objectStore(PARTS).delete(partsOf(op.key)));
        if ('delete' in op) {
          steps.push(() => store().delete(op.key));
          continue;
        }
        if (op.kind !== 'datasets') {
          steps.push(() => store().put({ order: op.order, value: op.value } satisfies Wrapped, op.key));
          continue;
        }
        const { head, parts } = splitBatch(op.value);
        parts.forEach((part, i) => {
          steps.push(() => tx.objectStore(PARTS).put(part, partKey(op.key, i)));
        });
        steps.push(() => store().put({ order: op.order, value: head } satisfies Wrapped, op.key));
      }
      const run = (i: number) => {
        if (i >= steps.length) return;
        try {
          const req = steps[i]!();
          req.onsuccess = () => run(i + 1);
        } catch (error) {
          // put() throws at once for a value it cannot clone: nothing of this transaction is kept.
          tx.abort();
          failure = error;
        }
      };
      let failure: unknown = null;
      run(0);
      try {
        await done;
      } catch (error) {
        throw failure ?? error;
      }
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
    loadRecords: async (keys) =>
      keys.flatMap(({ kind, key }) => {
        const r = records.get(`${kind}\u0000${key}`);
        return r ? [r] : [];
      }),
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
