// PDFs whose Chinese font is not embedded (STSong-Light + UniGB-UCS2-H) need pdf.js's CMaps:
// without them the text cannot be decoded, and the refusal must say so rather than call it a scan.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/cli/extractFiles.ts';
import { setPdfCMapLoader } from '../../src/ingest/pdfCMaps.ts';
import { pdfToText } from '../../src/ingest/pdfToText.ts';
import { buildCidFontPdf } from './helpers/cidPdf.ts';

const LINES = [
  '某区司法局2024年法治政府建设情况报告',
  '全年共受理行政复议案件120件。',
  ...Array.from({ length: 8 }, (_, i) => `坚持以法治思维和法治方式推进第${i + 1}项工作，持续完善制度机制。`),
];
const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

afterEach(() => setPdfCMapLoader(null));

describe('PDF with a non-embedded Chinese font', () => {
  it('is read through the CMaps the loader provides', async () => {
    const asked: string[] = [];
    setPdfCMapLoader(async (file) => {
      asked.push(file);
      return new Uint8Array(await readFile(join(CMAPS, file)));
    });
    const text = await pdfToText(buildCidFontPdf(LINES));
    // Same-length lines without gaps or indents may join into one paragraph; the words are all there.
    expect(text.replace(/\n/g, '')).toBe(LINES.join(''));
    expect(text.split('\n')[0]).toBe(LINES[0]);
    expect(asked).toContain('UniGB-UCS2-H.bcmap');
  });

  it('is refused as needing character maps, not as a scan, when none can be loaded', async () => {
    await expect(pdfToText(buildCidFontPdf(LINES))).rejects.toThrow(
      /cannot read \.pdf: its fonts are not embedded and their character maps could not be loaded/,
    );
  });

  it('is read by the command, which loads the CMaps from pdfjs-dist', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'cid-')), 'cid.pdf');
    writeFileSync(path, buildCidFontPdf(LINES));
    const outcome = await extractFile(path);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.result.observations.map((o) => [o.indicator, o.value])).toContainEqual([
      'reconsideration.accepted',
      120,
    ]);
  });
});
