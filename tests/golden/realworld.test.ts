// The extractor on ../shared/realworld: openings of real published reports, every number labelled by
// hand. A development figure (the held-back reports are what counts), so it asserts thresholds, not
// the set's values one by one.
import { readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { describeWithShared, readShared, sharedPath } from '../shared.ts';
import { type GoldRow, type ScoredObservation, scoreExtract } from './scoreExtract.ts';

const MIN_RECALL = 0.92;
const MIN_PRECISION = 0.97;

describeWithShared('extractor on ../shared/realworld against its hand-labelled numbers', () => {
  const gold = Papa.parse<GoldRow>(readShared('realworld', 'gold.csv'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const files = readdirSync(sharedPath('realworld', 'passages'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const observations: ScoredObservation[] = files.flatMap((report) =>
    extractReport(readShared('realworld', 'passages', report)).observations.map((o) => ({ report, ...o })),
  );
  const score = scoreExtract(gold, observations);
  console.log(
    `[realworld] recall ${score.recall.toFixed(3)} (${score.found}/${score.required}) precision ${score.precision.toFixed(3)} (${score.truePositives}/${score.emitted}) negatives ${score.negatives.length} qualifier-errors ${score.qualifierErrors}`,
  );
  for (const m of score.misses) console.log(`[realworld] MISS ${m}`);
  for (const f of score.falsePositives) console.log(`[realworld] FP ${f}`);

  it(`finds at least ${MIN_RECALL * 100}% of the required values, with the right qualifier`, () => {
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(score.qualifierErrors).toBe(0);
  });

  it(`emits no negative row, and at least ${MIN_PRECISION * 100}% of what it emits is right`, () => {
    expect(score.negatives).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
