// data/ must be exactly what `npm run data` produces from ../shared/corpus. On a mismatch the fresh
// output is written next to the file as <table>-changed.csv for review (then run `npm run data`).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildBundledDataset } from '../../src/cli/buildBundledDataset.ts';
import { serializeDatasetCsv } from '../../src/data/serializeDataset.ts';
import { TABLE_FILES, type TableName } from '../../src/domain/schema.ts';
import { describeWithShared, ROOT, sharedPath } from '../shared.ts';

describeWithShared('data/ matches the extractor on the corpus', () => {
  it.each(Object.keys(TABLE_FILES) as TableName[])('%s', async (table) => {
    const fresh = serializeDatasetCsv(await buildBundledDataset(sharedPath('corpus'), null))[table];
    const file = join(ROOT, 'data', TABLE_FILES[table]);
    const changed = file.replace(/\.csv$/, '-changed.csv');
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== fresh) writeFileSync(changed, fresh);
    else rmSync(changed, { force: true });
    expect(
      committed === fresh,
      `data/${TABLE_FILES[table]} drifted: review ${changed}, then run npm run data`,
    ).toBe(true);
  });
});

it('data/ holds no report text beyond each observation’s evidence sentence', () => {
  const obs = readFileSync(join(ROOT, 'data', 'observations.csv'), 'utf8');
  const reports = readFileSync(join(ROOT, 'data', 'reports.csv'), 'utf8');
  // The longest field is an evidence sentence, clipped by the extractor.
  const longest = Math.max(...obs.split('\n').flatMap((line) => line.split(',').map((c) => c.length)));
  expect(longest).toBeLessThanOrEqual(320);
  expect(reports.length).toBeLessThan(4000);
});
