// The embedded dataset: the corpus reports and their catalogue (reports.csv) → Dataset.
// Used by `npm run data` (writes data/) and by the drift test (compares with data/).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { INDICATORS } from '../domain/indicators.ts';
import type { Agency, Dataset, Observation, Report } from '../domain/types.ts';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { reportIdForFile, toRecords } from '../extract/toRecords.ts';
import { extractFile } from './extractFiles.ts';

const REQUIRED_COLUMNS = ['file', 'agency_id', 'agency_zh', 'region', 'agency_type'] as const;

export async function buildBundledDataset(corpusDir: string, extractedAt: string | null): Promise<Dataset> {
  const catalogue = join(corpusDir, 'reports.csv');
  const parsed = Papa.parse<Record<string, string>>(await readFile(catalogue, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`${catalogue}: line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const agencies = new Map<string, Agency>();
  const reports: Report[] = [];
  const observations: Observation[] = [];
  for (const [i, row] of parsed.data.entries()) {
    const missing = REQUIRED_COLUMNS.filter((c) => !row[c]);
    if (missing.length > 0) throw new Error(`${catalogue}: line ${i + 2}: missing ${missing.join(', ')}`);
    const file = row.file!;
    const outcome = await extractFile(join(corpusDir, file));
    if (!outcome.ok) throw new Error(`${outcome.path}: ${outcome.reason}`);
    if (!agencies.has(row.agency_id!)) {
      agencies.set(row.agency_id!, {
        id: row.agency_id!,
        nameZh: row.agency_zh!,
        nameEn: row.agency_en ?? '',
        region: row.region!,
        district: row.district ?? '',
        type: row.agency_type!,
        origin: 'extracted',
      });
    }
    const records = toRecords(outcome.file.result, {
      reportId: reportIdForFile(file),
      agencyId: row.agency_id!,
      file,
      year: row.year ? Number(row.year) : null,
      published: row.published || null,
      issuer: row.issuer ?? '',
    });
    reports.push(records.report);
    observations.push(...records.observations);
  }
  return {
    indicators: INDICATORS,
    agencies: [...agencies.values()],
    reports,
    observations,
    meta: { source: 'bundled', synthetic: false, extractedAt, extractorVersion: EXTRACTOR_VERSION },
  };
}
