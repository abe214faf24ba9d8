// `npm run data`: rebuilds data/ from ../shared/corpus (or the folder given as the first argument).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serializeDatasetCsv } from '../data/serializeDataset.ts';
import { TABLE_FILES } from '../domain/schema.ts';
import { buildBundledDataset } from './buildBundledDataset.ts';

const root = resolve(import.meta.dirname, '..', '..');
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
const out = join(root, 'data');

try {
  const today = new Date().toISOString().slice(0, 10);
  const dataset = await buildBundledDataset(corpus, today);
  await mkdir(out, { recursive: true });
  const csv = serializeDatasetCsv(dataset);
  for (const [table, file] of Object.entries(TABLE_FILES)) {
    await writeFile(join(out, file), csv[table as keyof typeof csv]);
  }
  await writeFile(
    join(out, 'meta.json'),
    `${JSON.stringify({ ...dataset.meta, corpus: 'shared/corpus' }, null, 2)}\n`,
  );
  console.error(
    `data/: ${dataset.agencies.length} agencies, ${dataset.reports.length} reports, ${dataset.observations.length} observations from ${corpus}`,
  );
} catch (error) {
  console.error(`npm run data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
