// The same report as offices send it — text PDF with and without running headers and page
// numbers, binary .doc — gives the same values as its .txt: the fixtures in ../shared, and PDFs
// printed by Chromium from every corpus report at test time (nothing of them is kept).
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchBrowser } from '../../src/cli/browserHarness.ts';
import { extractReport } from '../../src/extract/index.ts';
import { readReportBytes } from '../../src/ingest/readReport.ts';
import { describeWithShared, sharedPath } from '../shared.ts';
import { buildDoc } from './helpers/doc.ts';

const TIMEOUT = 120_000;

/** What a user compares: every value with its unit and qualifier, the title and the report's parts. */
function valuesOf(text: string) {
  const { report, observations } = extractReport(text);
  return {
    title: report.title,
    agency: report.agency,
    year: report.year,
    sections: report.sections,
    values: observations.map((o) => `${o.indicator} ${o.value} ${o.unit} ${o.qualifier} ${o.derived}`).sort(),
  };
}

// HTML (and so the printed page) shows a run of spaces as one.
const linesOf = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
const corpusText = (name: string) => readFileSync(sharedPath('corpus', name), 'utf8');
const read = async (name: string, bytes: Uint8Array) => (await readReportBytes(name, bytes)).text;

describeWithShared('report files as offices send them (../shared/fixtures)', () => {
  const expected = () => valuesOf(corpusText('002_e74daa1a8bc6bbfa.txt'));

  it.each(['report-002.pdf', 'report-002-headers.pdf', 'report-002.doc'])(
    '%s gives the same values as the .txt',
    async (fixture) => {
      const text = await read(fixture, new Uint8Array(readFileSync(sharedPath('fixtures', fixture))));
      const got = valuesOf(text);
      expect(got.values.length).toBeGreaterThan(5);
      expect(got).toEqual(expected());
    },
    TIMEOUT,
  );

  it('refuses the scanned PDF with a line saying it has no text layer', async () => {
    const bytes = new Uint8Array(readFileSync(sharedPath('fixtures', 'scanned-002.pdf')));
    await expect(readReportBytes('scanned-002.pdf', bytes)).rejects.toThrow(
      /^cannot read \.pdf: it has no text layer \(a scanned image\); save the original as \.docx or a text PDF/,
    );
  });
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlOf(text: string): string {
  const paragraphs = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escapeHtml(l.trim())}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(text.trim().split('\n')[0]!)}</title>
<style>body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:12pt;line-height:1.5} p{margin:0 0 .6em}</style></head>
<body>${paragraphs.join('')}</body></html>`;
}

describeWithShared('every corpus report printed to PDF and written as .doc', () => {
  const reports = readdirSync(sharedPath('corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const canPrint = hasChromium();
  if (!canPrint) console.warn(`[skipped] corpus reports printed to PDF: ${CHROMIUM_PATH} is absent`);
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (canPrint) browser = await launchBrowser();
  }, TIMEOUT);
  afterAll(async () => browser?.close());

  async function printed(text: string, headers: boolean): Promise<Uint8Array> {
    const page = await browser!.newPage();
    try {
      await page.setContent(htmlOf(text));
      // Chromium's own running header (date, title) and footer (address, "page n/N").
      return new Uint8Array(
        await page.pdf({
          format: 'A4',
          displayHeaderFooter: headers,
          margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        }),
      );
    } finally {
      await page.close();
    }
  }

  describe.each(reports)('%s', (name) => {
    it.skipIf(!canPrint).each([
      ['without running headers', false],
      ['with running headers and page numbers', true],
    ])(
      'as a text PDF %s gives the same values as the .txt',
      async (_label, headers) => {
        const text = corpusText(name);
        const got = await read('r.pdf', await printed(text, headers));
        expect(valuesOf(got)).toEqual(valuesOf(text));
        // Whole sentences, no page furniture: the same paragraphs as the .txt.
        expect(linesOf(got)).toEqual(linesOf(text));
      },
      TIMEOUT,
    );

    // No word processor is installed here (LibreOffice is not), so this .doc is written by our own
    // test helper; the fixture above is the one written by a word processor.
    it('as a .doc in two pieces gives the same values as the .txt', async () => {
      const text = corpusText(name);
      const paragraphs = text.split('\n').filter((l) => l.trim() !== '');
      const half = Math.floor(paragraphs.length / 2);
      const doc = buildDoc([
        { text: `${paragraphs.slice(0, half).join('\r')}\r` },
        { text: `${paragraphs.slice(half).join('\r')}\r` },
      ]);
      expect(valuesOf(await read('r.doc', doc))).toEqual(valuesOf(text));
    });
  });
});
