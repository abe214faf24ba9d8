// The store behind usePersistedLayer: waits for the stored layer, replays changes made meanwhile,
// writes only the records that changed, merges another tab's changes instead of reloading over
// its own, names what a full quota kept from being saved while saving the rest, and sets damaged
// records aside instead of failing.
import { describe, expect, it } from 'vitest';
import { type LayerBackend, memoryBackend, type StoredState } from '../../src/app/persist/idbStore.ts';
import { layerEntries, type RecordOp, type StoredRecord } from '../../src/app/persist/layerRecords.ts';
import { type ChannelLike, createLayerStore, type LayerStore } from '../../src/app/persist/layerStore.ts';
import type { ImportedDatasetBatch } from '../../src/data/importLayer.ts';
import type { ExtractedReportInput } from '../../src/data/reviewState.ts';
import { extracted, JINCHUAN_TEXT, NO_KNOWN, QINGPU_TEXT } from './helpers/importFixtures.ts';

const batch = (id: string, rows = 0): ImportedDatasetBatch => ({
  id,
  files: [`${id}.csv`],
  importedAt: '2025-04-02T00:00:00Z',
  tables: {},
  // Padding stands for a big file (the quota backend below measures records by their JSON).
  issues:
    rows > 0
      ? [
          {
            file: `${id}.csv`,
            line: 0,
            column: null,
            key: 'data.issue.noReportsTable',
            params: {},
            message: 'x'.repeat(rows),
            severity: 'warning',
            lineKind: 'line',
          },
        ]
      : [],
});

/** Invented reports of distinct invented agencies, so their ids differ. */
async function reports(prefix: string, n: number): Promise<ExtractedReportInput[]> {
  const out: ExtractedReportInput[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${prefix}${i + 1}号区司法局`;
    out.push(
      await extracted(`${name}.txt`, `${name}2024年法治政府建设情况报告\n全年审核规范性文件${10 + i}件。`),
    );
  }
  return out;
}

function recording(inner: LayerBackend) {
  const writes: RecordOp[][] = [];
  const backend: LayerBackend = {
    kind: inner.kind,
    load: () => inner.load(),
    loadRecords: (keys) => inner.loadRecords(keys),
    apply: async (ops) => {
      writes.push([...ops]);
      await inner.apply(ops);
    },
    clear: () => inner.clear(),
  };
  return { backend, writes };
}

/** A backend with a quota: a transaction that would store more than `limit` characters aborts. */
function withQuota(limit: number) {
  const inner = memoryBackend();
  const size = (ops: readonly RecordOp[]) =>
    ops.reduce((n, op) => n + ('delete' in op ? 0 : JSON.stringify(op.value).length), 0);
  let used = 0;
  const backend: LayerBackend = {
    kind: 'indexeddb',
    load: () => inner.load(),
    loadRecords: (keys) => inner.loadRecords(keys),
    apply: async (ops) => {
      if (used + size(ops) > limit) throw new DOMException('', 'QuotaExceededError');
      used += size(ops);
      await inner.apply(ops);
    },
    clear: () => inner.clear(),
  };
  return backend;
}

/** Channels of one "browser": a message reaches every other tab, later (as BroadcastChannel does). */
function channels(n: number): ChannelLike[] {
  type Listener = (event: { data: unknown }) => void;
  const listeners: Listener[][] = Array.from({ length: n }, () => []);
  return listeners.map((_, me) => ({
    postMessage: (message: unknown) => {
      // A copy, as structured clone gives the receiver.
      const data = JSON.parse(JSON.stringify(message)) as unknown;
      listeners.forEach((ls, other) => {
        if (other !== me) for (const l of ls) setTimeout(() => l({ data }), 0);
      });
    },
    addEventListener: (_type: 'message', l: Listener) => listeners[me]!.push(l),
  }));
}

const ids = (store: LayerStore) => store.getSnapshot().layer.reports.map((r) => r.report.id);
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('layer store', () => {
  it('is loading until the stored layer is read, and replays what was dispatched meanwhile', async () => {
    const shared = memoryBackend();
    const earlier = createLayerStore(shared);
    await earlier.load();
    earlier.dispatch({ type: 'addDatasetBatch', batch: batch('old') });
    await earlier.flushed();

    const store = createLayerStore(shared);
    expect(store.getSnapshot().status).toBe('loading');
    let ready = false;
    void store.ready().then(() => {
      ready = true;
    });
    store.dispatch({ type: 'addDatasetBatch', batch: batch('early') });
    await store.load();
    expect(ready).toBe(true);
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.getSnapshot().layer.datasets.map((b) => b.id)).toEqual(['old', 'early']);
    await store.flushed();
    const again = createLayerStore(shared);
    await again.load();
    expect(again.getSnapshot().layer.datasets.map((b) => b.id)).toEqual(['old', 'early']);
  });

  it('tells subscribers at once, coalesces a quick run of changes, and writes only what changed', async () => {
    const { backend, writes } = recording(memoryBackend());
    const store = createLayerStore(backend);
    await store.load();
    let seen = 0;
    store.subscribe(() => seen++);
    for (const id of ['a', 'b', 'c', 'd']) store.dispatch({ type: 'addDatasetBatch', batch: batch(id) });
    expect(seen).toBe(4);
    await store.flushed();
    expect(writes.length).toBeLessThanOrEqual(2);
    expect(
      writes
        .flat()
        .map((op) => op.key)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);

    // One decision on one report: one decision record, not the report or the batches again.
    store.dispatch({ type: 'addReports', reports: await reports('甲', 1), known: NO_KNOWN });
    await store.flushed();
    const [report] = store.getSnapshot().layer.reports;
    const firstValue = report!.extracted[0]!.id;
    writes.length = 0;
    store.dispatch({
      type: 'decide',
      reportId: report!.report.id,
      observationIds: [firstValue],
      status: 'accepted',
    });
    await store.flushed();
    expect(writes).toEqual([
      [
        expect.objectContaining({
          kind: 'decisions',
          value: expect.objectContaining({ observationId: firstValue }),
        }),
      ],
    ]);
  });

  it('does nothing for a change that changes nothing, and reset deletes everything stored', async () => {
    const shared = memoryBackend();
    const { backend, writes } = recording(shared);
    const store = createLayerStore(backend);
    await store.load();
    store.dispatch({ type: 'addDatasetBatch', batch: batch('x') });
    await store.flushed();
    writes.length = 0;
    store.dispatch({ type: 'decide', reportId: 'none', status: 'accepted' });
    await store.flushed();
    expect(writes).toEqual([]);
    store.dispatch({ type: 'reset' });
    await store.flushed();
    expect((await shared.load()).records).toEqual([]);
  });

  it('keeps working in memory and says why when storage cannot be read', async () => {
    const broken: LayerBackend = {
      kind: 'indexeddb',
      load: () => Promise.reject(new DOMException('', 'UnknownError')),
      loadRecords: () => Promise.reject(new DOMException('', 'UnknownError')),
      apply: () => Promise.reject(new Error('write refused')),
      clear: () => Promise.resolve(),
    };
    const store = createLayerStore(broken);
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', persistence: 'memory' });
    expect(store.getSnapshot().problems).toEqual([{ kind: 'load', reason: 'other', detail: 'UnknownError' }]);
    store.dispatch({ type: 'addDatasetBatch', batch: batch('a') });
    await store.flushed();
    expect(store.getSnapshot().layer.datasets).toHaveLength(1);
    expect(store.getSnapshot().problems).toContainEqual({
      kind: 'save',
      reason: 'other',
      detail: 'write refused',
      items: ['a.csv'],
    });
  });

  it('does not wait forever for storage that never answers', async () => {
    const silent: LayerBackend = {
      kind: 'indexeddb',
      load: () => new Promise(() => undefined),
      loadRecords: () => new Promise(() => undefined),
      apply: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    };
    const store = createLayerStore(silent, null, 20);
    await store.load();
    await store.ready();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', persistence: 'memory' });
    expect(store.getSnapshot().problems[0]).toMatchObject({ kind: 'load', reason: 'timeout' });
  });
});

describe('a full quota (finding 2)', () => {
  it('names the file that did not fit, keeps saving everything else, and does not retry it', async () => {
    const backend = withQuota(20_000);
    const { backend: rec, writes } = recording(backend);
    const store = createLayerStore(rec);
    await store.load();
    store.dispatch({ type: 'addDatasetBatch', batch: batch('big', 50_000) });
    await store.flushed();
    // Chromium's QuotaExceededError has an empty message: the notice still says what happened.
    expect(store.getSnapshot().problems).toEqual([
      { kind: 'save', reason: 'quota', detail: 'QuotaExceededError', items: ['big.csv'] },
    ]);
    // Still on the page (it is the user's data), only not stored.
    expect(store.getSnapshot().layer.datasets.map((b) => b.id)).toEqual(['big']);

    writes.length = 0;
    store.dispatch({ type: 'addReports', reports: await reports('乙', 1), known: NO_KNOWN });
    await store.flushed();
    expect(writes.flat().some((op) => op.key === 'big')).toBe(false);
    expect(store.getSnapshot().problems).toEqual([expect.objectContaining({ items: ['big.csv'] })]);

    // A reload keeps the small report; the big file is the only thing missing.
    const reloaded = createLayerStore(backend);
    await reloaded.load();
    expect(reloaded.getSnapshot().layer.reports).toHaveLength(1);
    expect(reloaded.getSnapshot().layer.datasets).toEqual([]);

    // Removing the file that did not fit clears the notice.
    store.dispatch({ type: 'removeDatasetBatch', id: 'big' });
    await store.flushed();
    expect(store.getSnapshot().problems).toEqual([]);
  });

  it('saves what fits of one write and names only what did not', async () => {
    const store = createLayerStore(withQuota(20_000));
    await store.load();
    store.dispatch({ type: 'addDatasetBatch', batch: batch('small') });
    store.dispatch({ type: 'addDatasetBatch', batch: batch('huge', 30_000) });
    store.dispatch({ type: 'addDatasetBatch', batch: batch('tiny') });
    await store.flushed();
    expect(store.getSnapshot().problems).toEqual([
      expect.objectContaining({ reason: 'quota', items: ['huge.csv'] }),
    ]);
  });
});

describe('two tabs (finding 1)', () => {
  it('both tabs end with every report when they import at the same moment', async () => {
    const [ra, rb] = [await reports('东', 15), await reports('西', 15)];
    for (let run = 0; run < 20; run++) {
      const shared = memoryBackend();
      const [ca, cb] = channels(2);
      const a = createLayerStore(shared, ca);
      const b = createLayerStore(shared, cb);
      await Promise.all([a.load(), b.load()]);
      // Interleaved small batches, as the import page dispatches them while files finish.
      for (let i = 0; i < 15; i += 3) {
        a.dispatch({ type: 'addReports', reports: ra.slice(i, i + 3), known: NO_KNOWN });
        if (run % 2 === 0) await tick();
        b.dispatch({ type: 'addReports', reports: rb.slice(i, i + 3), known: NO_KNOWN });
        if (run % 3 === 0) await tick();
      }
      for (let i = 0; i < 6; i++) {
        await Promise.all([a.flushed(), b.flushed()]);
        await tick();
      }
      expect(ids(a)).toHaveLength(30);
      expect([...ids(b)].sort()).toEqual([...ids(a)].sort());
      const fresh = createLayerStore(shared);
      await fresh.load();
      expect(ids(fresh)).toHaveLength(30);
    }
  });

  it('a decision in one tab and a decision in the other on the same report both stay', async () => {
    const shared = memoryBackend();
    const [ca, cb] = channels(2);
    const a = createLayerStore(shared, ca);
    await a.load();
    a.dispatch({
      type: 'addReports',
      reports: [await extracted('金川.txt', JINCHUAN_TEXT)],
      known: NO_KNOWN,
    });
    await a.flushed();
    const b = createLayerStore(shared, cb);
    await b.load();
    const r = a.getSnapshot().layer.reports[0]!;
    const [v1, v2] = r.extracted.map((o) => o.id);
    a.dispatch({ type: 'decide', reportId: r.report.id, observationIds: [v1!], status: 'accepted' });
    b.dispatch({ type: 'decide', reportId: r.report.id, observationIds: [v2!], status: 'rejected' });
    for (let i = 0; i < 4; i++) {
      await Promise.all([a.flushed(), b.flushed()]);
      await tick();
    }
    for (const s of [a, b]) {
      expect(s.getSnapshot().layer.reports[0]!.decisions).toEqual({
        [v1!]: { status: 'accepted' },
        [v2!]: { status: 'rejected' },
      });
    }
  });

  it('reads only the records another tab names, not everything stored', async () => {
    const shared = memoryBackend();
    let fullReads = 0;
    const asked: string[] = [];
    const watched: LayerBackend = {
      ...shared,
      load: () => {
        fullReads++;
        return shared.load();
      },
      loadRecords: (keys) => {
        asked.push(...keys.map((k) => `${k.kind}:${k.key}`));
        return shared.loadRecords(keys);
      },
    };
    const [ca, cb] = channels(2);
    const a = createLayerStore(shared, ca);
    const b = createLayerStore(watched, cb);
    await Promise.all([a.load(), b.load()]);
    a.dispatch({ type: 'addDatasetBatch', batch: batch('one') });
    await a.flushed();
    await tick();
    await b.flushed();
    expect(fullReads).toBe(1);
    expect(asked).toEqual(['datasets:one']);
    expect(b.getSnapshot().layer.datasets.map((x) => x.id)).toEqual(['one']);
  });

  it('follows another tab: its reset, its removals', async () => {
    const shared = memoryBackend();
    const [ca, cb] = channels(2);
    const a = createLayerStore(shared, ca);
    const b = createLayerStore(shared, cb);
    await Promise.all([a.load(), b.load()]);
    a.dispatch({ type: 'addReports', reports: [await extracted('青浦.txt', QINGPU_TEXT)], known: NO_KNOWN });
    await a.flushed();
    await tick();
    await b.flushed();
    expect(ids(b)).toEqual(ids(a));
    b.dispatch({ type: 'reset' });
    await b.flushed();
    await tick();
    await a.flushed();
    expect(ids(a)).toEqual([]);
  });
});

describe('damaged stored records (finding 3)', () => {
  it('sets a damaged record aside, names it, and loads the rest', async () => {
    const good = createLayerStore(memoryBackend());
    await good.load();
    good.dispatch({ type: 'addReports', reports: await reports('丙', 2), known: NO_KNOWN });
    const entries = layerEntries(good.getSnapshot().layer);
    const records: StoredRecord[] = [...entries.reports].map(([key, value], i) => ({
      kind: 'reports',
      key,
      order: i,
      value,
    }));
    const damaged: StoredState = {
      records: [
        ...records,
        { kind: 'reports', key: 'broken', order: 5, value: null },
        { kind: 'datasets', key: 'half', order: 6, value: { id: 'half', files: 'a.csv' } },
        {
          kind: 'decisions',
          key: '["x","y"]',
          order: 7,
          value: { reportId: 'x', observationId: 'y', decision: { status: 'maybe' } },
        },
      ],
      setAside: [],
    };
    const store = createLayerStore(memoryBackend(damaged));
    await store.load();
    expect(ids(store)).toEqual(ids(good));
    expect(store.getSnapshot().setAside).toEqual([
      { kind: 'reports', key: 'broken', reason: 'reports is not a record' },
      { kind: 'datasets', key: 'half', reason: 'datasets.files is not a list' },
      {
        kind: 'decisions',
        key: '["x","y"]',
        reason: 'decisions.decision.status is not accepted, rejected or corrected',
      },
    ]);
    // Reset removes the set-aside records too.
    store.dispatch({ type: 'reset' });
    await store.flushed();
    expect(store.getSnapshot().setAside).toEqual([]);
  });
});
