// A report file's bytes → the text the extractor reads, by file extension.
import { decodeText } from './decodeText.ts';
import { docToText, isOleFile } from './docToText.ts';
import { docxToText } from './docxToText.ts';
import { htmlToText } from './htmlToText.ts';
import { IngestError } from './IngestError.ts';
import { MAX_TEXT_CHARS } from './limits.ts';
import { pdfToText } from './pdfToText.ts';

export type ReportFormat = 'txt' | 'html' | 'docx' | 'doc' | 'pdf';

export interface ReportText {
  text: string;
  /** Detected text encoding ('utf-8' for .docx, whose XML is UTF-8; 'utf-16le' for .doc; 'pdf' for a PDF's text layer). */
  encoding: string;
  format: ReportFormat;
}

const FORMATS: Record<string, ReportFormat> = {
  txt: 'txt',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  doc: 'doc',
  pdf: 'pdf',
};

// Kinds offices do send but no library here reads: taken in like reports so that each one gets
// a message saying what to do instead of being skipped as an unknown file.
const REFUSED: Record<'wps' | 'ofd', string> = {
  wps: 'cannot read .wps (WPS Office document): open it in WPS and save it as .docx, or export a text PDF',
  ofd: 'cannot read .ofd (OFD document): open it in an OFD reader and export a text PDF, or save the original as .docx',
};

/** Extensions read as reports; .wps and .ofd are among them only to be refused with advice. */
export const REPORT_EXTENSIONS: readonly string[] = [...Object.keys(FORMATS), ...Object.keys(REFUSED)].map(
  (ext) => `.${ext}`,
);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The format a file name asks for: a ReportFormat, 'refused' for the kinds we only explain, or
 * null when we do not read that kind of file.
 */
export function reportFormatOf(fileName: string): ReportFormat | 'refused' | null {
  const ext = extensionOf(fileName);
  if (ext in REFUSED) return 'refused';
  return FORMATS[ext] ?? null;
}

// The charset a page declares, read from its first bytes as Latin-1 (tag syntax is ASCII).
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return match?.[1] ?? null;
}

function readHtml(bytes: Uint8Array): ReportText {
  const { text, encoding } = decodeText(bytes, { hint: declaredCharset(bytes) });
  return { text: htmlToText(text), encoding, format: 'html' };
}

// Many ".doc" files on government sites are web pages, RTF or .docx under the old name.
async function readDoc(bytes: Uint8Array): Promise<ReportText> {
  if (isOleFile(bytes)) return { text: await docToText(bytes), encoding: 'utf-16le', format: 'doc' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart();
  if (head.startsWith('PK\u0003\u0004'))
    return { text: await docxToText(bytes), encoding: 'utf-8', format: 'docx' };
  if (head.startsWith('{\\rtf')) {
    throw new IngestError(
      'doc',
      'cannot read .doc: this is an RTF file; open it in Word or WPS and save it as .docx',
      'rtf',
    );
  }
  if (/^(?:\ufeff)?(?:<\?xml|<!doctype html|<html|<meta|<head)/i.test(head) || /<html[\s>]/i.test(head)) {
    return readHtml(bytes);
  }
  throw new IngestError(
    'doc',
    'cannot read .doc: not a Word document; save it as .docx or .txt',
    'wrong-format',
  );
}

async function convert(fileName: string, bytes: Uint8Array): Promise<ReportText> {
  const ext = extensionOf(fileName);
  const refused = REFUSED[ext as keyof typeof REFUSED];
  if (refused !== undefined) throw new IngestError('format', refused, ext === 'wps' ? 'wps' : 'ofd');
  const format = FORMATS[ext];
  switch (format) {
    case 'txt': {
      // Decoding never yields more characters than bytes: refuse before building the string.
      if (bytes.length > MAX_TEXT_CHARS * 4) throw tooLong(bytes.length);
      const { text, encoding } = decodeText(bytes);
      return { text, encoding, format };
    }
    case 'html':
      if (bytes.length > MAX_TEXT_CHARS * 4) throw tooLong(bytes.length);
      return readHtml(bytes);
    case 'docx':
      return { text: await docxToText(bytes), encoding: 'utf-8', format };
    case 'doc':
      return readDoc(bytes);
    case 'pdf':
      return { text: await pdfToText(bytes), encoding: 'pdf', format };
    default:
      throw new IngestError(
        'format',
        `unsupported file type (expected ${Object.keys(FORMATS)
          .map((e) => `.${e}`)
          .join(', ')})`,
      );
  }
}

function tooLong(size: number): IngestError {
  return new IngestError(
    'too-large',
    `text too long: ${size} characters or bytes, more than the ${MAX_TEXT_CHARS} a report may have (a real report has under 200 000); split the file or check that it is a report`,
  );
}

export async function readReportBytes(fileName: string, bytes: Uint8Array): Promise<ReportText> {
  const read = await convert(fileName, bytes);
  if (read.text.length > MAX_TEXT_CHARS) throw tooLong(read.text.length);
  return read;
}
