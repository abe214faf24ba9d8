// mergeDatasets was rewritten for 100,000-row layers (issue 12): it must merge exactly as the
// first version did — same records, same order, same record chosen for a repeated id, and the
// observations of a re-imported report dropped — on any layers, repeated ids included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DatasetLayer, mergeDatasets } from '../../src/data/mergeDatasets.ts';
import type { Dataset } from '../../src/domain/types.ts';

// The first version, kept here as the reference the new one must match.
function referenceMergeById<T extends { id: string }>(
  base: readonly T[],
  later: readonly T[] | undefined,
): T[] {
  if (!later || later.length === 0) return [...base];
  const replacement = new Map(later.map((x) => [x.id, x]));
  const merged = base.map((x) => replacement.get(x.id) ?? x);
  const seen = new Set(base.map((x) => x.id));
  for (const x of replacement.values()) if (!seen.has(x.id)) merged.push(x);
  return merged;
}

function referenceMerge(base: Dataset, ...layers: readonly DatasetLayer[]): Dataset {
  let result: Dataset = base;
  for (const layer of layers) {
    const replacedReports = new Set((layer.reports ?? []).map((r) => r.id));
    const kept = result.observations.filter((o) => !replacedReports.has(o.reportId));
    result = {
      indicators: referenceMergeById(result.indicators, layer.indicators),
      agencies: referenceMergeById(result.agencies, layer.agencies),
      reports: referenceMergeById(result.reports, layer.reports),
      observations: referenceMergeById(kept, layer.observations),
      meta: { ...result.meta, synthetic: result.meta.synthetic || layer.meta?.synthetic === true },
    };
  }
  return result;
}

// Few ids, so layers often replace, repeat and add; `n` tells apart records that share an id.
let serial = 0;
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const record = id.map((i) => ({ id: i, n: serial++ }));
const observation = fc.record({ id, reportId: id }).map((o) => ({ ...o, n: serial++ }));
const table = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 8 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const dataset = fc.record({
  indicators: table(record),
  agencies: table(record),
  reports: table(record),
  observations: table(observation),
  meta: fc.record({ synthetic: fc.boolean() }),
}) as unknown as fc.Arbitrary<Dataset>;

const layer = fc.record(
  {
    indicators: maybe(table(record)),
    agencies: maybe(table(record)),
    reports: maybe(table(record)),
    observations: maybe(table(observation)),
    meta: maybe(fc.record({ synthetic: maybe(fc.boolean()) })),
  },
  { requiredKeys: [] },
) as unknown as fc.Arbitrary<DatasetLayer>;

describe('mergeDatasets matches the first version', () => {
  it('on random layers with repeated, replaced and new ids', () => {
    fc.assert(
      fc.property(dataset, fc.array(layer, { maxLength: 4 }), (base, layers) => {
        const merged = mergeDatasets(base, ...layers);
        const expected = referenceMerge(base, ...layers);
        expect(merged).toEqual(expected);
        // The very records chosen, not look-alikes.
        for (const key of ['indicators', 'agencies', 'reports', 'observations'] as const) {
          expect(merged[key].every((x, i) => x === expected[key][i])).toBe(true);
        }
      }),
      { seed: 12, numRuns: 2000 },
    );
  });

  it('leaves the base dataset and the layers as they were', () => {
    fc.assert(
      fc.property(dataset, fc.array(layer, { maxLength: 3 }), (base, layers) => {
        const before = structuredClone({ base, layers });
        mergeDatasets(base, ...layers);
        expect({ base, layers }).toEqual(before);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});
