import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../src/ingest/docxToText.ts';
import { IngestError } from '../../src/ingest/IngestError.ts';
import { buildDocx } from './helpers/docx.ts';

describe('docxToText', () => {
  it('returns one line per paragraph', async () => {
    const bytes = await buildDocx([
      '某区2024年法治政府建设情况报告',
      '全年共受理行政复议案件120件，审结案件98件。',
    ]);
    expect(await docxToText(bytes)).toBe(
      '某区2024年法治政府建设情况报告\n全年共受理行政复议案件120件，审结案件98件。',
    );
  });

  it('reads a docx that is a view into a larger buffer', async () => {
    const bytes = await buildDocx(['正文']);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    expect(await docxToText(padded.subarray(5, 5 + bytes.length))).toBe('正文');
  });

  it.each([
    ['not a zip', new TextEncoder().encode('这不是Word文档')],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
  ])('rejects %s with a typed error', async (_name, bytes) => {
    const error = await docxToText(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('docx');
    expect((error as IngestError).message).toMatch(/^cannot read \.docx: \S/);
    // A reader is told what is wrong, not pointed at the ZIP library's documentation.
    expect((error as IngestError).message).not.toMatch(/https?:|central directory/);
  });

  it('names an old binary .doc as such', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const error = await docxToText(doc).catch((e: unknown) => e);
    expect((error as IngestError).message).toBe(
      'cannot read .docx: this is an old Word .doc file; save it as .docx or .txt',
    );
  });

  it('rejects a zip that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const error = await docxToText(await zip.generateAsync({ type: 'uint8array' })).catch((e: unknown) => e);
    expect((error as IngestError).message).toMatch(/^cannot read \.docx: /);
  });
});
