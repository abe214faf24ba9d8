// A 100,000-row merge runs in slices on the page (issue 12): the sliced run must give exactly the
// merge done at once, give the page turns while it runs, and stop when it is no longer wanted.
import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../src/app/lib/runInSlices.ts';
import { mergeDatasetSteps, mergeDatasets } from '../../src/data/mergeDatasets.ts';
import type { Dataset, Observation } from '../../src/domain/types.ts';

/** Invented records: ids repeat across the base and the layers, some twice in one layer. */
function rows(prefix: string, count: number, every = 1): Observation[] {
  const out: Observation[] = [];
  for (let i = 0; i < count; i += every) {
    out.push({ id: `o${i}`, reportId: `r${i % 7}`, value: i, origin: prefix } as unknown as Observation);
  }
  return out;
}

function base(): Dataset {
  return {
    indicators: [],
    agencies: [],
    reports: [{ id: 'r1' }, { id: 'r2' }] as unknown as Dataset['reports'],
    observations: rows('bundled', 30_000, 3),
    meta: { source: 'bundled', synthetic: false, extractedAt: null, extractorVersion: null },
  };
}

const layers = () => [
  { observations: [...rows('file', 50_000), ...rows('file-again', 20_000, 5)] },
  { reports: [{ id: 'r2' }] as unknown as Dataset['reports'], observations: rows('review', 40, 4) },
];

function* counted<T>(steps: Generator<void, T>, count: { steps: number }): Generator<void, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    count.steps++;
    yield;
  }
}

describe('runInSlices with the dataset merge', () => {
  it('gives the merge done at once, record for record, after pausing many times', async () => {
    const count = { steps: 0 };
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    const sliced = await runInSlices(
      counted(mergeDatasetSteps(base(), ...layers()), count),
      new AbortController().signal,
      0,
    );
    clearInterval(other);
    const atOnce = mergeDatasets(base(), ...layers());
    expect(sliced).toEqual(atOnce);
    // 50,000 + 30,000 records at a pause per 1,024 or fewer: dozens of pauses, and the page
    // (here a timer) ran in between.
    expect(count.steps).toBeGreaterThan(50);
    expect(turns).toBeGreaterThan(0);
    // Report r2 came again in the last layer: only the review's observations of r2 remain.
    const r2 = atOnce.observations.filter((o) => o.reportId === 'r2');
    expect(r2.map((o) => o.id)).toEqual(['o16']);
    // A repeated id takes the layer's last record.
    const o5 = atOnce.observations.find((o) => o.id === 'o5');
    expect(o5?.origin).toBe('file-again');
  });

  it('stops, with no result, once aborted', async () => {
    const controller = new AbortController();
    const count = { steps: 0 };
    const run = runInSlices(counted(mergeDatasetSteps(base(), ...layers()), count), controller.signal, 0);
    controller.abort();
    expect(await run).toBeNull();
    expect(count.steps).toBe(0);
  });
});
