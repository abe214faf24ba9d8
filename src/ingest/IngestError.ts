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

/**
 * What the person importing the file is told, in their language (messages `ingest.refusal.*`):
 * the message itself is English detail for the command line and the English interface.
 */
export type RefusalKind =
  | 'binary'
  | 'encoding'
  | 'damaged'
  | 'wrong-format'
  | 'rtf'
  | 'password'
  | 'no-text-layer'
  | 'fonts'
  | 'too-large'
  | 'unsupported'
  | 'wps'
  | 'ofd'
  | 'empty';

const KIND_OF_CODE: Record<IngestErrorCode, RefusalKind> = {
  binary: 'binary',
  encoding: 'encoding',
  docx: 'damaged',
  doc: 'damaged',
  pdf: 'damaged',
  'no-text-layer': 'no-text-layer',
  format: 'unsupported',
  'too-large': 'too-large',
};

export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly kind: RefusalKind;
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    kind?: RefusalKind,
  ) {
    super(message);
    this.kind = kind ?? KIND_OF_CODE[code];
  }
}
