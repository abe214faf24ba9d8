// The store behind usePersistedLayer, over an in-memory backend: waits for the stored layer,
// replays changes made meanwhile, coalesces writes, clears storage on reset, survives a broken
// backend in memory, and reloads when another tab says it changed something.
import { describe, expect, it } from 'vitest';
import { asUserLayer, type LayerBackend, memoryBackend } from '../../src/app/persist/idbStore.ts';
import { createLayerStore } from '../../src/app/persist/layerStore.ts';
import { EMPTY_USER_LAYER, type ImportedDatasetBatch, type UserLayer } from '../../src/data/importLayer.ts';

const batch = (id: string): ImportedDatasetBatch => ({
  id,
  files: [`${id}.csv`],
  importedAt: '2025-04-02T00:00:00Z',
  tables: {},
  issues: [],
});

function counting(inner: LayerBackend) {
  const calls: string[] = [];
  const backend: LayerBackend = {
    kind: inner.kind,
    load: () => inner.load(),
    save: async (l) => {
      calls.push(`save:${l.datasets.map((b) => b.id).join('+')}`);
      await inner.save(l);
    },
    clear: async () => {
      calls.push('clear');
      await inner.clear();
    },
  };
  return { backend, calls };
}

describe('layer store', () => {
  it('is loading until the stored layer is read, and replays what was dispatched meanwhile', async () => {
    const stored: UserLayer = { ...EMPTY_USER_LAYER, datasets: [batch('old')] };
    const { backend, calls } = counting(memoryBackend(stored));
    const store = createLayerStore(backend);
    expect(store.getSnapshot().status).toBe('loading');
    let ready = false;
    void store.ready().then(() => {
      ready = true;
    });
    store.dispatch({ type: 'addDatasetBatch', batch: batch('early') });
    await store.load();
    await Promise.resolve();
    expect(ready).toBe(true);
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.getSnapshot().layer.datasets.map((b) => b.id)).toEqual(['old', 'early']);
    await store.flushed();
    expect(calls).toEqual(['save:old+early']);
  });

  it('tells subscribers at once and writes a quick run of changes in at most two writes', async () => {
    const { backend, calls } = counting(memoryBackend());
    const store = createLayerStore(backend);
    await store.load();
    let seen = 0;
    store.subscribe(() => seen++);
    for (const id of ['a', 'b', 'c', 'd']) store.dispatch({ type: 'addDatasetBatch', batch: batch(id) });
    expect(seen).toBe(4);
    await store.flushed();
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(calls.at(-1)).toBe('save:a+b+c+d');
    expect((await backend.load())?.datasets).toHaveLength(4);
  });

  it('does nothing for a change that changes nothing, and clears storage on reset', async () => {
    const { backend, calls } = counting(memoryBackend({ ...EMPTY_USER_LAYER, datasets: [batch('x')] }));
    const store = createLayerStore(backend);
    await store.load();
    store.dispatch({ type: 'decide', reportId: 'none', status: 'accepted' });
    store.dispatch({ type: 'reset' });
    await store.flushed();
    expect(calls).toEqual(['clear']);
    expect(await backend.load()).toBeNull();
  });

  it('keeps working in memory and says why when storage fails', async () => {
    const broken: LayerBackend = {
      kind: 'indexeddb',
      load: () => Promise.reject(new Error('QuotaExceededError')),
      save: () => Promise.reject(new Error('write refused')),
      clear: () => Promise.resolve(),
    };
    const store = createLayerStore(broken);
    await store.load();
    expect(store.getSnapshot()).toMatchObject({
      status: 'ready',
      persistence: 'memory',
      error: 'QuotaExceededError',
    });
    store.dispatch({ type: 'addDatasetBatch', batch: batch('a') });
    await store.flushed();
    expect(store.getSnapshot().layer.datasets).toHaveLength(1);
    expect(store.getSnapshot().error).toBe('write refused');
  });

  it('does not wait forever for storage that never answers', async () => {
    const silent: LayerBackend = {
      kind: 'indexeddb',
      load: () => new Promise(() => undefined),
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    };
    const store = createLayerStore(silent, null, 20);
    await store.load();
    await store.ready();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', persistence: 'memory' });
    expect(store.getSnapshot().error).toMatch(/did not answer/);
  });

  it('reloads when another tab reports a change', async () => {
    const shared = memoryBackend();
    let listener: (() => void) | null = null;
    const posted: unknown[] = [];
    const channel = {
      postMessage: (m: unknown) => posted.push(m),
      addEventListener: (_: 'message', l: () => void) => {
        listener = l;
      },
    };
    const store = createLayerStore(shared, channel);
    await store.load();
    store.dispatch({ type: 'addDatasetBatch', batch: batch('mine') });
    await store.flushed();
    expect(posted).toEqual(['changed']);
    await shared.save({ ...EMPTY_USER_LAYER, datasets: [batch('theirs')] });
    listener!();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getSnapshot().layer.datasets.map((b) => b.id)).toEqual(['theirs']);
  });

  it('ignores stored values that are not a layer of this version', () => {
    expect(asUserLayer(null)).toBeNull();
    expect(asUserLayer({ version: 2, agencies: [], reports: [], datasets: [] })).toBeNull();
    expect(asUserLayer({ version: 1, agencies: [], reports: {}, datasets: [] })).toBeNull();
    expect(asUserLayer(EMPTY_USER_LAYER)).toEqual(EMPTY_USER_LAYER);
  });
});
