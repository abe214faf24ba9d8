// One error type for everything ingest can refuse, so callers can tell "this file is not a report
// we can read" (report it, go on) from a bug (let it crash).

export type IngestErrorCode =
  | 'binary'
  | 'encoding'
  | 'docx'
  | 'doc'
  | 'pdf'
  | 'no-text-layer'
  | 'format'
  | 'too-large';

export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}
