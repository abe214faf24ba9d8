// Report files (bytes) → text. Pure: runs in Node and in a Web Worker.

export { decodeEntities } from './decodeEntities.ts';
export { type DecodedText, type DecodeOptions, decodeText, type TextEncodingName } from './decodeText.ts';
export { docxToText } from './docxToText.ts';
export { htmlToText } from './htmlToText.ts';
export { IngestError, type IngestErrorCode } from './IngestError.ts';
export {
  REPORT_EXTENSIONS,
  type ReportFormat,
  type ReportText,
  readReportBytes,
  reportFormatOf,
} from './readReport.ts';
