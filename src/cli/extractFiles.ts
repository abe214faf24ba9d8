// The pipeline shared by `npm run extract` and `npm run bench:extract`:
// read file → decode/convert (src/ingest) → extractReport → records.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { extractReport } from '../extract/index.ts';
import type { ExtractOptions } from '../extract/types.ts';
import { IngestError } from '../ingest/IngestError.ts';
import { assertRecordCount } from '../ingest/limits.ts';
import { pdfCMapLoader, setPdfCMapLoader } from '../ingest/pdfCMaps.ts';
import { readReportBytes } from '../ingest/readReport.ts';
import { fsReason, type InputFile } from './listInputFiles.ts';
import type { ExtractedFile } from './records.ts';

// The CMaps pdf.js needs for PDFs with non-embedded Chinese fonts ship inside pdfjs-dist.
const CMAP_DIR = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
const readCMap = async (file: string) => new Uint8Array(await readFile(join(CMAP_DIR, basename(file))));

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
  if (!pdfCMapLoader()) setPdfCMapLoader(readCMap);
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
