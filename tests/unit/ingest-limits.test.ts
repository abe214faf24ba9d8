// Bounded work per file: a crafted file is refused quickly with a message, never read to the end
// of the heap; files of a real report's size pass untouched.
import { describe, expect, it } from 'vitest';
import { extractImportFile, ImportFileError } from '../../src/app/import/extractImportFile.ts';
import { IngestError } from '../../src/ingest/IngestError.ts';
import { MAX_RECORDS_PER_FILE, MAX_TEXT_CHARS } from '../../src/ingest/limits.ts';
import { assertPdfInflatesWithin } from '../../src/ingest/pdfInflatedSize.ts';
import { readReportBytes } from '../../src/ingest/readReport.ts';
import { assertZipInflatesWithin } from '../../src/ingest/zipInflatedSize.ts';
import { buildDocx } from './helpers/docx.ts';
import { encodeUtf8 } from './helpers/gbk.ts';
import { buildDocxBomb } from './helpers/zipBomb.ts';

const IMPORTED_AT = '2025-03-01T08:00:00.000Z';

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('decompression caps', () => {
  it('refuses a .docx whose document part inflates to 500 MB, in seconds', async () => {
    const bomb = buildDocxBomb(500);
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const t0 = performance.now();
    const error = await refusal(readReportBytes('bomb.docx', bomb));
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/cannot read \.docx: its text parts inflate to more than 50 MB/);
  }, 30_000);

  it('reads a .docx of many paragraphs that stays under the cap', async () => {
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) => `第${i + 1}段：全年受理行政复议案件${i + 1}件。`,
    );
    const read = await readReportBytes('big.docx', await buildDocx(paragraphs));
    expect(read.text.split('\n')).toHaveLength(3000);
    expect(read.text.split('\n')[2999]).toBe('第3000段：全年受理行政复议案件3000件。');
  });

  it('counts what the parts really inflate to, not what the archive declares', async () => {
    // 3 MB of document part against a 1 MB cap: refused although its declared size would not matter.
    expect(() => assertZipInflatesWithin(buildDocxBomb(3), '.docx', 1024 * 1024)).toThrow(
      /inflate to more than 1 MB/,
    );
    expect(() => assertZipInflatesWithin(buildDocxBomb(3), '.docx', 8 * 1024 * 1024)).not.toThrow();
  });

  it('refuses a PDF whose content stream inflates past the cap and skips image streams', async () => {
    const { zlibSync } = await import('fflate');
    const spaces = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    const pdf = (dict: string, content = zlibSync(spaces, { level: 9 })) => {
      const head = encodeUtf8(`%PDF-1.4\n4 0 obj\n<< /Length ${content.length} ${dict} >>\nstream\n`);
      const tail = encodeUtf8('\nendstream\nendobj\n%%EOF\n');
      const out = new Uint8Array(head.length + content.length + tail.length);
      out.set(head);
      out.set(content, head.length);
      out.set(tail, head.length + content.length);
      return out;
    };
    expect(() => assertPdfInflatesWithin(pdf('/Filter /FlateDecode'), 1024 * 1024)).toThrow(
      /cannot read \.pdf: its text streams inflate to more than 1 MB/,
    );
    expect(() =>
      assertPdfInflatesWithin(pdf('/Type /XObject /Subtype /Image /Filter /FlateDecode'), 1024 * 1024),
    ).not.toThrow();
    expect(() => assertPdfInflatesWithin(pdf('/Filter /FlateDecode'), 8 * 1024 * 1024)).not.toThrow();
    // Deflated twice: the first layer is small, the second is what pdf.js would hold.
    const twice = pdf('/Filter [/FlateDecode /FlateDecode]', zlibSync(zlibSync(spaces, { level: 9 })));
    expect(() => assertPdfInflatesWithin(twice, 1024 * 1024)).toThrow(/inflate to more than 1 MB/);
    expect(() => assertPdfInflatesWithin(twice, 8 * 1024 * 1024)).not.toThrow();
  });
});

describe('text and record caps', () => {
  it('refuses text longer than the cap and names the limit', async () => {
    const long = new Uint8Array(MAX_TEXT_CHARS + 10).fill(0x41);
    const error = await refusal(readReportBytes('long.txt', long));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(
      /text too long: \d+ characters or bytes, more than the \d+ a report may have/,
    );
  });

  it('refuses a file that yields more values than one report can have, as an import error', async () => {
    const lines = ['某区司法局2024年法治政府建设情况报告', '一、主要举措和成效'];
    // Two values per line: more than the cap in half as many lines.
    for (let i = 1; i <= MAX_RECORDS_PER_FILE / 2 + 10; i++) {
      lines.push(`第${i}街道全年受理行政复议案件${i}件，参训干部${i}人次。`);
    }
    const error = await extractImportFile('many.txt', encodeUtf8(lines.join('\n')), IMPORTED_AT).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/values found, more than the 20000 one report may have/);
  }, 30_000);
});
