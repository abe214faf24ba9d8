// A report file's bytes → the text the extractor reads, by file extension.
import { decodeText } from './decodeText.ts';
import { docxToText } from './docxToText.ts';
import { htmlToText } from './htmlToText.ts';
import { IngestError } from './IngestError.ts';

export type ReportFormat = 'txt' | 'html' | 'docx';

export interface ReportText {
  text: string;
  /** Detected text encoding ('utf-8' for .docx, whose XML is UTF-8). */
  encoding: string;
  format: ReportFormat;
}

const FORMATS: Record<string, ReportFormat> = { txt: 'txt', html: 'html', htm: 'html', docx: 'docx' };

export const REPORT_EXTENSIONS: readonly string[] = Object.keys(FORMATS).map((ext) => `.${ext}`);

/** The format a file name asks for, or null when we do not read that kind of file. */
export function reportFormatOf(fileName: string): ReportFormat | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return FORMATS[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

// The charset a page declares, read from its first bytes as Latin-1 (tag syntax is ASCII).
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return match?.[1] ?? null;
}

export async function readReportBytes(fileName: string, bytes: Uint8Array): Promise<ReportText> {
  const format = reportFormatOf(fileName);
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { text, encoding, format };
    }
    case 'html': {
      const { text, encoding } = decodeText(bytes, { hint: declaredCharset(bytes) });
      return { text: htmlToText(text), encoding, format };
    }
    case 'docx':
      return { text: await docxToText(bytes), encoding: 'utf-8', format };
    default:
      throw new IngestError('format', `unsupported file type (expected ${REPORT_EXTENSIONS.join(', ')})`);
  }
}
