// The IndexedDB backend on an in-memory IndexedDB (fake-indexeddb): a first visit creates the
// stores, and each older stored format migrates to the per-record layout without loss. One test
// per stored version: version 1 (the whole layer as one record) and none (a first visit).
// The globals too (IDBKeyRange, which the backend uses for a batch's pieces), as in a browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, indexedDbBackend, V1_KEY, V1_STORE } from '../../src/app/persist/idbStore.ts';
import { createLayerStore } from '../../src/app/persist/layerStore.ts';
import { EMPTY_USER_LAYER, type UserLayer } from '../../src/data/importLayer.ts';
import { reviewReducer } from '../../src/data/reviewState.ts';
import { extracted, JINCHUAN_TEXT, NO_KNOWN, QINGPU_TEXT } from './helpers/importFixtures.ts';

/** Writes a database as version 1 of the app left it. */
function seedV1(factory: IDBFactory, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(V1_STORE);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction(V1_STORE, 'readwrite');
      tx.objectStore(V1_STORE).put(value, V1_KEY);
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function storeNames(factory: IDBFactory): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const names = [...req.result.objectStoreNames];
      req.result.close();
      resolve(names);
    };
  });
}

/** A version-1 layer with everything a layer holds: two reports, decisions of each kind, a batch. */
async function fullLayer(): Promise<UserLayer> {
  let layer = reviewReducer(EMPTY_USER_LAYER, {
    type: 'addReports',
    reports: [await extracted('金川.txt', JINCHUAN_TEXT), await extracted('青浦.txt', QINGPU_TEXT)],
    known: NO_KNOWN,
  });
  const [jin, qing] = layer.reports;
  const [a, b, c] = jin!.extracted;
  layer = reviewReducer(layer, {
    type: 'decide',
    reportId: jin!.report.id,
    observationIds: [a!.id],
    status: 'accepted',
  });
  layer = reviewReducer(layer, {
    type: 'decide',
    reportId: jin!.report.id,
    observationIds: [b!.id],
    status: 'rejected',
  });
  layer = reviewReducer(layer, {
    type: 'correct',
    reportId: jin!.report.id,
    observationId: c!.id,
    value: 565,
    qualifier: 'exact',
  });
  layer = reviewReducer(layer, { type: 'decide', reportId: qing!.report.id, status: 'accepted' });
  return reviewReducer(layer, {
    type: 'addDatasetBatch',
    batch: {
      id: 'batch-1',
      files: ['agencies.csv', 'observations.csv'],
      importedAt: '2025-04-02T00:00:00Z',
      tables: { agencies: [{ ...layer.agencies[0]!, id: 'x-agency', nameZh: '某某局' }] },
      issues: [
        {
          file: 'observations.csv',
          line: 3,
          column: 'value',
          key: 'data.issue.cellNotNumber',
          params: { value: 'n/a' },
          message: 'expected a number, got "n/a"; row dropped',
          severity: 'error',
          lineKind: 'line',
        },
      ],
    },
  });
}

async function loaded(factory: IDBFactory) {
  const store = createLayerStore(indexedDbBackend(factory));
  await store.load();
  return store;
}

describe('IndexedDB layer storage', () => {
  it('a first visit creates the stores; what is written reads back after a "reload"', async () => {
    const factory = new IDBFactory();
    const layer = await fullLayer();
    const store = await loaded(factory);
    expect(store.getSnapshot().layer).toEqual(EMPTY_USER_LAYER);
    for (const r of layer.reports) {
      store.dispatch({ type: 'addReports', reports: [{ ...r, observations: r.extracted }], known: NO_KNOWN });
    }
    await store.flushed();
    const again = await loaded(factory);
    expect(again.getSnapshot().layer.reports.map((r) => r.report.id)).toEqual(
      layer.reports.map((r) => r.report.id),
    );
    expect(await storeNames(factory)).toEqual([
      'agencies',
      'dataset-parts',
      'datasets',
      'decisions',
      'reports',
      'set-aside',
    ]);
  });

  it('version 1 (one record) migrates to one record per report, decision, batch and agency without loss', async () => {
    const factory = new IDBFactory();
    const layer = await fullLayer();
    await seedV1(factory, layer);
    const store = await loaded(factory);
    expect(store.getSnapshot().layer).toEqual(layer);
    expect(store.getSnapshot().setAside).toEqual([]);
    expect(await storeNames(factory)).not.toContain(V1_STORE);
    // And it is stored that way: a later change writes records, a reload sees both.
    store.dispatch({ type: 'removeDatasetBatch', id: 'batch-1' });
    await store.flushed();
    expect((await loaded(factory)).getSnapshot().layer).toEqual({ ...layer, datasets: [] });
  });

  it('a damaged version-1 layer (reports: [null]) migrates what it can and sets the rest aside', async () => {
    const factory = new IDBFactory();
    const layer = await fullLayer();
    await seedV1(factory, { ...layer, reports: [null, layer.reports[1], { report: 'x' }] });
    const store = await loaded(factory);
    expect(store.getSnapshot().layer.reports).toEqual([layer.reports[1]]);
    expect(store.getSnapshot().layer.datasets).toEqual(layer.datasets);
    expect(store.getSnapshot().setAside).toEqual([
      { kind: 'reports', key: 'v1:reports[0]', reason: 'reports[0] is not a record' },
      { kind: 'reports', key: 'v1:reports[2]', reason: 'reports[2].report is not a record' },
    ]);
    // Kept across reloads until the user resets.
    expect((await loaded(factory)).getSnapshot().setAside).toHaveLength(2);
    store.dispatch({ type: 'reset' });
    await store.flushed();
    const after = await loaded(factory);
    expect(after.getSnapshot().setAside).toEqual([]);
    expect(after.getSnapshot().layer).toEqual(EMPTY_USER_LAYER);
  });

  it('a version-1 value that is not a layer at all is set aside whole', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, 'garbage');
    const store = await loaded(factory);
    expect(store.getSnapshot().layer).toEqual(EMPTY_USER_LAYER);
    expect(store.getSnapshot().setAside).toEqual([
      { kind: 'layer', key: 'current', reason: 'the stored layer is not a layer of version 1' },
    ]);
  });

  it('a big dataset batch is stored in pieces and reads back whole; removing it removes every piece', async () => {
    const factory = new IDBFactory();
    const layer = await fullLayer();
    const one = layer.reports[0]!.extracted[0]!;
    const observations = Array.from({ length: 4500 }, (_, i) => ({
      ...one,
      id: `${one.id}-big${i}`,
      value: i,
    }));
    const store = await loaded(factory);
    const batch = {
      id: 'big',
      files: ['observations.csv'],
      importedAt: '2025-04-02T00:00:00Z',
      tables: { observations },
      issues: [],
    };
    store.dispatch({ type: 'addDatasetBatch', batch });
    await store.flushed();
    expect(store.getSnapshot().problems).toEqual([]);
    expect(await countOf(factory, 'dataset-parts')).toBe(3);
    expect((await loaded(factory)).getSnapshot().layer.datasets).toEqual([batch]);
    store.dispatch({ type: 'removeDatasetBatch', id: 'big' });
    await store.flushed();
    expect(await countOf(factory, 'dataset-parts')).toBe(0);
    expect((await loaded(factory)).getSnapshot().layer.datasets).toEqual([]);
  });
});

function countOf(factory: IDBFactory, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const count = req.result.transaction(name).objectStore(name).count();
      count.onsuccess = () => {
        req.result.close();
        resolve(count.result);
      };
    };
  });
}
