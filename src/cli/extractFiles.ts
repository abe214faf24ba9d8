// The pipeline shared by `npm run extract` and `npm run bench:extract`:
// read file → decode/convert (src/ingest) → extractReport → records.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractReport } from '../extract/index.ts';
import type { ExtractOptions } from '../extract/types.ts';
import { IngestError } from '../ingest/IngestError.ts';
import { assertRecordCount } from '../ingest/limits.ts';
import { readReportBytes } from '../ingest/readReport.ts';
import { fsReason, type InputFile } from './listInputFiles.ts';
import type { ExtractedFile } from './records.ts';

export type FileOutcome = { ok: true; file: ExtractedFile } | { ok: false; path: string; reason: string };

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export async function extractFile(path: string, options: ExtractOptions = {}): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: files are read one at a time anyway, and the promise version's
    // round trips through the thread pool left the core idle for a few percent of the run.
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, path, reason: fsReason(error) };
  }
  const name = basename(path);
  try {
    const read = await readReportBytes(name, bytes);
    const result = extractReport(read.text, options);
    assertRecordCount(result.observations.length);
    return { ok: true, file: { path, name, read, result } };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, path, reason: oneLine(error.message) };
    // An extractor bug on one report must not cost the user the others; it is still an error.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, path, reason: oneLine(`extraction failed: ${message}`) };
  }
}

/** Outcomes in input order, one file in memory at a time. */
export async function* extractFiles(
  inputs: readonly InputFile[],
  options: ExtractOptions = {},
): AsyncGenerator<FileOutcome> {
  for (const input of inputs) {
    if (input.error !== undefined) yield { ok: false, path: input.path, reason: input.error };
    else yield await extractFile(input.path, options);
  }
}
