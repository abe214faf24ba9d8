// The user's layer as an external store for React (useSyncExternalStore): the reducer runs on
// dispatch, subscribers see the new layer at once, and the backend write follows. A write stores
// only the records that changed since the stored state this tab last saw (`base`), so two tabs
// never overwrite each other's reports. When another tab says it changed something, this tab
// reads the stored records and applies its own unsaved changes on top (a merge, not a reload
// over its work). A write that fails is retried record by record; what still fails stays on this
// page, is named in a notice and is not retried until it changes, so one file too big for the
// quota does not make every later save fail.
import { EMPTY_USER_LAYER, type UserLayer } from '../../data/importLayer.ts';
import { type ReviewAction, reviewReducer } from '../../data/reviewState.ts';
import type { LayerBackend } from './idbStore.ts';
import {
  applyOps,
  diffEntries,
  type Entries,
  entriesLayer,
  layerEntries,
  orderKey,
  RECORD_KINDS,
  type RecordKind,
  type RecordOp,
  type RecordRef,
  readRecords,
  rebaseEntries,
  type SetAsideRecord,
  sameRecord,
  sortEntries,
} from './layerRecords.ts';

export type StorageProblem =
  /** `items`: what is not saved, as a person would recognise it (file names, agency names). */
  | { kind: 'save'; reason: 'quota' | 'other'; detail: string; items: readonly string[] }
  | { kind: 'load'; reason: 'timeout' | 'other'; detail: string };

export interface LayerSnapshot {
  /** 'loading' until the stored layer has been read (views wait, so nothing flickers). */
  status: 'loading' | 'ready';
  layer: UserLayer;
  /** Where it is kept; 'memory' means it will not survive a reload. */
  persistence: LayerBackend['kind'];
  /** Current load or save problems, for a notice; empty when all is well. */
  problems: readonly StorageProblem[];
  /** Stored records that could not be used (damaged, or from an unknown version): kept, not shown. */
  setAside: readonly SetAsideRecord[];
}

export interface LayerStore {
  getSnapshot(): LayerSnapshot;
  subscribe(listener: () => void): () => void;
  dispatch(action: ReviewAction): void;
  /** Reads the stored layer the first time; later calls merge what is stored now. */
  load(): Promise<void>;
  /** Resolves once the stored layer has been read the first time (or found unreadable). */
  ready(): Promise<void>;
  /** Resolves when every dispatched change has been written (or has failed). */
  flushed(): Promise<void>;
}

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** What one tab tells the others: which records it wrote, or that it deleted everything. */
export type LayerMessage = { type: 'changed'; records: RecordRef[] } | { type: 'reset' };

function refsOf(message: unknown): RecordRef[] | null {
  const m = message as Partial<{ type: unknown; records: unknown }> | null;
  if (typeof m !== 'object' || m === null || m.type !== 'changed' || !Array.isArray(m.records)) return null;
  const ok = m.records.every(
    (r) => typeof r === 'object' && r !== null && typeof r.key === 'string' && RECORD_KINDS.includes(r.kind),
  );
  return ok ? (m.records as RecordRef[]) : null;
}

class StorageTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageTimeout(`the browser's storage did not answer in ${ms / 1000} s`)),
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

/** Chromium's QuotaExceededError has an empty message: the name is what says it. */
export function describeError(error: unknown): { quota: boolean; detail: string } {
  const name =
    typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message?: unknown }).message ?? '')
      : String(error);
  const quota = name === 'QuotaExceededError' || /quota/i.test(message);
  return { quota, detail: message.trim() || name || 'unknown error' };
}

/** Records that belong together in a retry: a report with its decisions; anything else alone. */
function groupOf(op: RecordOp): string {
  if (op.kind === 'reports') return `r${JSON.stringify([op.key])}`;
  if (op.kind === 'decisions') return `r${JSON.stringify([(JSON.parse(op.key) as string[])[0]])}`;
  return `${op.kind}\u0000${op.key}`;
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
    problems: [],
    setAside: [],
  };
  const listeners = new Set<() => void>();
  // Every backend call runs in this one queue, so a merge never interleaves with a write.
  let queue: Promise<void> = Promise.resolve();
  let writeQueued = false;
  let syncQueued = false;
  let resetQueued = false;
  /** What this tab believes is stored (the last read, plus its own successful writes). */
  let base: Entries = layerEntries(EMPTY_USER_LAYER);
  const orders = new Map<string, number>();
  let lastOrder = 0;
  /** Records whose write failed, by order key, with the value that failed. */
  const unsaved = new Map<string, { kind: RecordKind; value: unknown }>();
  let loadProblem: StorageProblem | null = null;
  let saveReason: { quota: boolean; detail: string } | null = null;
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

  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task, task);
    return queue;
  };

  const orderOf = (kind: RecordKind, key: string) => {
    const k = orderKey(kind, key);
    let order = orders.get(k);
    if (order === undefined) {
      order = Math.max(Date.now(), lastOrder + 1);
      orders.set(k, order);
    }
    lastOrder = Math.max(lastOrder, order);
    return order;
  };

  const rememberOrders = (stored: ReadonlyMap<string, number>) => {
    for (const [k, order] of stored) {
      orders.set(k, order);
      lastOrder = Math.max(lastOrder, order);
    }
  };

  const label = (op: RecordOp, layer: UserLayer): string => {
    if (op.kind === 'datasets') {
      return layer.datasets.find((b) => b.id === op.key)?.files.join(', ') ?? op.key;
    }
    if (op.kind === 'agencies') return layer.agencies.find((a) => a.id === op.key)?.nameZh ?? op.key;
    const reportId = op.kind === 'reports' ? op.key : (JSON.parse(op.key) as string[])[0]!;
    return layer.reports.find((r) => r.report.id === reportId)?.source.file ?? reportId;
  };

  const publishProblems = () => {
    const layer = snapshot.layer;
    const current = layerEntries(layer);
    // Forget failures for records that are gone or have changed since (they are written anew).
    for (const [k, u] of unsaved) {
      const key = k.slice(k.indexOf('\u0000') + 1);
      const now = (current[u.kind] as Map<string, never>).get(key);
      if (now === undefined || !sameRecord(u.kind, u.value as never, now)) unsaved.delete(k);
    }
    const items = new Set<string>();
    for (const [k, u] of unsaved) {
      const key = k.slice(k.indexOf('\u0000') + 1);
      items.add(label({ kind: u.kind, key, order: 0, value: u.value }, layer));
    }
    const problems: StorageProblem[] = [];
    if (loadProblem) problems.push(loadProblem);
    if (items.size > 0 && saveReason) {
      problems.push({
        kind: 'save',
        reason: saveReason.quota ? 'quota' : 'other',
        detail: saveReason.detail,
        items: [...items],
      });
    }
    set({ problems });
  };

  const write = async () => {
    writeQueued = false;
    const layer = snapshot.layer;
    const ops = diffEntries(base, layerEntries(layer), orderOf).filter((op) => {
      if ('delete' in op) return true;
      const failed = unsaved.get(orderKey(op.kind, op.key));
      return !failed || !sameRecord(op.kind, failed.value as never, op.value as never);
    });
    if (ops.length === 0) {
      if (unsaved.size > 0) publishProblems();
      return;
    }
    const saved: RecordOp[] = [];
    try {
      await backend.apply(ops);
      saved.push(...ops);
    } catch (error) {
      saveReason = describeError(error);
      // Record by record (a report with its decisions), so what fits is kept.
      const groups = new Map<string, RecordOp[]>();
      for (const op of ops) groups.set(groupOf(op), [...(groups.get(groupOf(op)) ?? []), op]);
      for (const group of groups.values()) {
        try {
          await backend.apply(group);
          saved.push(...group);
        } catch (groupError) {
          saveReason = describeError(groupError);
          for (const op of group) {
            if (!('delete' in op)) unsaved.set(orderKey(op.kind, op.key), { kind: op.kind, value: op.value });
          }
        }
      }
    }
    for (const op of saved) unsaved.delete(orderKey(op.kind, op.key));
    base = applyOps(base, saved);
    if (saved.length > 0) {
      const message: LayerMessage = {
        type: 'changed',
        records: saved.map(({ kind, key }) => ({ kind, key })),
      };
      channel?.postMessage(message);
    }
    publishProblems();
  };

  const scheduleWrite = () => {
    if (writeQueued || snapshot.status === 'loading') return;
    writeQueued = true;
    void enqueue(write);
  };

  const read = async () => {
    const stored = await withTimeout(backend.load(), loadTimeoutMs);
    return readRecords(stored.records, stored.setAside);
  };

  /** Records other tabs changed since the last merge; null = read everything (a reset, or unknown). */
  let remote: Map<string, RecordRef> | null = new Map();

  /** What is stored now, reading only the records other tabs named when that is all that changed. */
  const readChanged = async (): Promise<{ entries: Entries; setAside: readonly SetAsideRecord[] }> => {
    const refs = remote;
    remote = new Map();
    if (refs === null) {
      const all = await read();
      rememberOrders(all.orders);
      return all;
    }
    const found = await withTimeout(backend.loadRecords([...refs.values()]), loadTimeoutMs);
    const fresh = readRecords(found);
    rememberOrders(fresh.orders);
    const ops: RecordOp[] = [...refs.values()].map(({ kind, key }) => {
      const value = (fresh.entries[kind] as Map<string, unknown>).get(key);
      return value === undefined ? { kind, key, delete: true } : { kind, key, order: 0, value };
    });
    const named = new Set([...refs.keys()]);
    const setAside = [
      ...snapshot.setAside.filter((r) => r.kind === 'layer' || !named.has(orderKey(r.kind, r.key))),
      ...fresh.setAside,
    ];
    return { entries: applyOps(base, ops), setAside };
  };

  const sync = async () => {
    syncQueued = false;
    try {
      const stored = await readChanged();
      const merged = rebaseEntries(stored.entries, base, layerEntries(snapshot.layer));
      base = stored.entries;
      set({ layer: entriesLayer(sortEntries(merged, orders)), setAside: stored.setAside });
      publishProblems();
    } catch {
      // Another tab's change could not be read: this tab keeps what it shows; its writes go on.
      return;
    }
    scheduleWrite();
  };

  const reset = async () => {
    resetQueued = false;
    try {
      await backend.clear();
      base = layerEntries(EMPTY_USER_LAYER);
      orders.clear();
      unsaved.clear();
      set({ setAside: [] });
      const message: LayerMessage = { type: 'reset' };
      channel?.postMessage(message);
    } catch (error) {
      saveReason = describeError(error);
      // The reset did not reach storage: say so; the records are still stored.
      set({
        problems: [
          ...snapshot.problems,
          {
            kind: 'save',
            reason: saveReason.quota ? 'quota' : 'other',
            detail: saveReason.detail,
            items: [],
          },
        ],
      });
      return;
    }
    publishProblems();
    scheduleWrite();
  };

  let loaded = false;
  const store: LayerStore = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      if (snapshot.status === 'loading') early.push(action);
      const layer = reviewReducer(snapshot.layer, action);
      if (action.type === 'reset') {
        set({ layer });
        if (snapshot.status === 'ready' && !resetQueued) {
          resetQueued = true;
          void enqueue(reset);
        }
        return;
      }
      if (layer === snapshot.layer) return;
      set({ layer });
      scheduleWrite();
    },
    load() {
      if (loaded) {
        if (!syncQueued) {
          syncQueued = true;
          return enqueue(sync);
        }
        return queue;
      }
      loaded = true;
      return enqueue(async () => {
        try {
          // Everything is read now; what other tabs change from here on is merged afterwards.
          remote = new Map();
          const stored = await read();
          rememberOrders(stored.orders);
          base = stored.entries;
          const replay = early;
          early = [];
          const hasReset = replay.some((a) => a.type === 'reset');
          const layer = replay.reduce(reviewReducer, entriesLayer(stored.entries));
          set({ status: 'ready', layer, setAside: stored.setAside });
          if (hasReset) {
            resetQueued = true;
            void enqueue(reset);
          }
        } catch (error) {
          // Unreadable storage: work in memory for this visit and say so.
          const timeout = error instanceof StorageTimeout;
          loadProblem = {
            kind: 'load',
            reason: timeout ? 'timeout' : 'other',
            detail: describeError(error).detail,
          };
          set({ status: 'ready', persistence: 'memory' });
        }
        markReady();
        publishProblems();
        scheduleWrite();
        if (remote === null || remote.size > 0) void store.load();
      });
    },
    ready: () => readyPromise,
    async flushed() {
      let seen: Promise<void>;
      do {
        seen = queue;
        await seen;
      } while (seen !== queue);
    },
  };
  channel?.addEventListener('message', (event) => {
    const refs = refsOf(event.data);
    if (refs === null) remote = null;
    else if (remote !== null) for (const r of refs) remote.set(orderKey(r.kind, r.key), r);
    if (loaded && snapshot.status === 'ready') void store.load();
  });
  return store;
}
