// .docx → plain text with mammoth, imported on first use so the dashboard bundle loads it lazily.
import { IngestError } from './IngestError.ts';
import { assertZipInflatesWithin } from './zipInflatedSize.ts';

// Every .docx is a ZIP archive. An old binary .doc or a renamed file fails ZIP parsing with a
// message about "end of central directory" and a link to the ZIP library's documentation, which
// tells an official nothing; say what the file is instead.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The first line of a library's message, without its "see https://…" advice. */
function plainReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')[0]!
    .replace(/\s*(?:If it is, )?see https?:\/\/\S+/i, '')
    .replace(/[\s:;,.?]+$/, '');
}

/** Paragraph text of a Word document, one paragraph per line. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, OLE_SIGNATURE))
    throw new IngestError(
      'docx',
      'cannot read .docx: this is an old Word .doc file; save it as .docx or .txt',
      'wrong-format',
    );
  if (!startsWith(bytes, ZIP_SIGNATURE))
    throw new IngestError(
      'docx',
      'cannot read .docx: not a Word document (no ZIP archive inside)',
      'wrong-format',
    );
  assertZipInflatesWithin(bytes, '.docx');
  const mammoth = (await import('mammoth')).default;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both accept this copy.
  const arrayBuffer = bytes.slice().buffer;
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  let raw: string;
  try {
    raw = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    const reason = plainReason(error);
    throw new IngestError(
      'docx',
      /zip|central directory/i.test(reason)
        ? 'cannot read .docx: the file is damaged (its ZIP archive is incomplete)'
        : `cannot read .docx: not a Word document (${reason})`,
      /zip|central directory/i.test(reason) ? 'damaged' : 'wrong-format',
    );
  }
  // mammoth ends every paragraph with a blank line; one line per paragraph is what the
  // extractor expects from every other format too.
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
