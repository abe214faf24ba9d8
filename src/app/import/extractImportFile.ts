// One report file (bytes) → the records the review starts from. Pure (no DOM): the extraction
// worker runs it for each file, and the unit tests run it in Node.
import { agencyIdForName } from '../../data/agencyFacts.ts';
import type { ExtractedReportInput } from '../../data/reviewState.ts';
import { extractReport } from '../../extract/index.ts';
import { reportIdForFile, toRecords } from '../../extract/toRecords.ts';
import { assertRecordCount, IngestError, type RefusalKind, readReportBytes } from '../../ingest/index.ts';

/** A file we could not read, with a reason a person can act on (`kind` picks the words shown). */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    message: string,
    readonly kind: RefusalKind,
  ) {
    super(message);
  }
}

/**
 * Candidates kept per report: a generated report with tens of thousands of numbers must not make
 * a stored record of megabytes; the first ones in text order are the ones a reviewer reaches.
 */
export const MAX_CANDIDATES = 2000;

export async function extractImportFile(
  fileName: string,
  bytes: Uint8Array,
  importedAt: string,
): Promise<ExtractedReportInput> {
  const file = fileName.replace(/^.*[\\/]/, '');
  let read: Awaited<ReturnType<typeof readReportBytes>>;
  try {
    read = await readReportBytes(file, bytes);
  } catch (error) {
    if (error instanceof IngestError) throw new ImportFileError(error.message, error.kind);
    throw error;
  }
  if (read.text.trim() === '') throw new ImportFileError('the file holds no text', 'empty');
  // Candidates too: the review lists what the extractor did not emit, so a reviewer can close the gap.
  const result = extractReport(read.text, { candidates: true });
  try {
    assertRecordCount(result.observations.length);
  } catch (error) {
    if (error instanceof IngestError) throw new ImportFileError(error.message, error.kind);
    throw error;
  }
  const reportId = reportIdForFile(file);
  // Provisional: the review matches the agency against the dashboard's own on arrival.
  const agencyId = agencyIdForName(result.report.agency || reportId);
  const { report, observations } = toRecords(result, { reportId, agencyId, file, origin: 'imported' });
  return {
    report,
    observations,
    text: read.text,
    source: { file, format: read.format, encoding: read.encoding, bytes: bytes.byteLength, importedAt },
    candidates: (result.candidates ?? []).slice(0, MAX_CANDIDATES),
  };
}
