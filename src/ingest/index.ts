// Report files (bytes) → text. Pure: runs in Node and in a Web Worker.

export { decodeEntities } from './decodeEntities.ts';
export { type DecodedText, type DecodeOptions, decodeText, type TextEncodingName } from './decodeText.ts';
export { docToText } from './docToText.ts';
export { docxToText } from './docxToText.ts';
export { htmlToText } from './htmlToText.ts';
export { IngestError, type IngestErrorCode, type RefusalKind } from './IngestError.ts';
export {
  assertRecordCount,
  MAX_INFLATED_BYTES,
  MAX_PDF_PAGES,
  MAX_RECORDS_PER_FILE,
  MAX_TEXT_CHARS,
} from './limits.ts';
export { type CMapLoader, setPdfCMapLoader } from './pdfCMaps.ts';
export { pdfToText } from './pdfToText.ts';
export {
  REPORT_EXTENSIONS,
  type ReportFormat,
  type ReportText,
  readReportBytes,
  reportFormatOf,
} from './readReport.ts';
