// .docx → plain text with mammoth, imported on first use so the dashboard bundle loads it lazily.
import { IngestError } from './IngestError.ts';

/** Paragraph text of a Word document, one paragraph per line. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both accept this copy.
  const arrayBuffer = bytes.slice().buffer;
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  let raw: string;
  try {
    raw = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError('docx', `cannot read .docx: ${reason.split('\n')[0]}`);
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
