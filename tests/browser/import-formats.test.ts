// Reports as offices send them, in the import page: a text PDF (with Chromium's running header
// and page numbers) and a binary .doc are read in the worker with the same values as the same
// text in a .txt; a PDF without a text layer, a .wps and a decompression bomb are each listed as
// refused with what to do; the page stays usable and fetches nothing from outside (pdf.js and its
// worker code come from the site's own files).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buildCidFontPdf } from '../unit/helpers/cidPdf.ts';
import { buildDoc } from '../unit/helpers/doc.ts';
import { buildDocxBomb } from '../unit/helpers/zipBomb.ts';
import { settle } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

// Invented report text (not from ../shared): long paragraphs so that lines wrap and pages break.
const FILLER = '坚持以法治思维和法治方式推进各项工作，持续完善制度机制，强化监督检查，确保各项任务落到实处。';
const PARAGRAPHS = [
  '某新区司法局2024年法治政府建设情况报告',
  '一、2024年推进法治政府建设的主要举措和成效',
  `${FILLER.repeat(3)}全年共收到行政复议申请216件，受理行政复议案件188件，审结案件170件。${FILLER.repeat(2)}`,
  `${FILLER.repeat(4)}行政机关负责人出庭应诉率达到100%。${FILLER}`,
  `${FILLER.repeat(6)}各级人民调解组织共受理矛盾纠纷3460件，调解成功3391件。${FILLER.repeat(3)}`,
  `${FILLER.repeat(5)}举办法治专题培训班14期，参训干部1820人次。${FILLER.repeat(2)}`,
  '二、存在的不足和原因',
  FILLER.repeat(8),
];
const TEXT = PARAGRAPHS.join('\n');

async function printPdf(page: Page, html: string): Promise<Buffer> {
  const printer = await page.context().newPage();
  try {
    await printer.setContent(html);
    return await printer.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    });
  } finally {
    await printer.close();
  }
}

const reportHtml = () =>
  `<!doctype html><meta charset="utf-8"><title>某新区司法局2024年法治政府建设情况报告</title>
<style>body{font:12pt/1.6 "WenQuanYi Micro Hei",sans-serif} p{margin:0 0 .8em}</style>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;

describeBrowser('import of PDF, .doc and files it must refuse', (s) => {
  it('reads a text PDF and a .doc like the .txt, refuses the rest with advice, and stays usable', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const pdf = await printPdf(page, reportHtml());
    const scanned = await printPdf(
      page,
      '<!doctype html><div style="width:300px;height:300px;background:#345"></div>',
    );
    const doc = buildDoc([{ text: `${PARAGRAPHS.join('\r')}\r` }]);
    const files = [
      upload('a-txt.txt', TEXT, 'text/plain'),
      upload('b-pdf.pdf', pdf, 'application/pdf'),
      upload('c-doc.doc', doc, 'application/msword'),
      upload('d-scan.pdf', scanned, 'application/pdf'),
      upload('e-old.wps', 'not readable', 'application/octet-stream'),
      upload('f-bomb.docx', buildDocxBomb(500)),
      upload('g-next.txt', TEXT.replace('某新区', '另一区'), 'text/plain'),
      // Chinese font not embedded: readable only with pdf.js's CMaps, fetched from the site.
      upload(
        'h-cid.pdf',
        buildCidFontPdf([
          '某街道办事处2024年法治政府建设情况报告',
          '全年共受理行政复议案件57件。',
          ...Array.from({ length: 8 }, (_, i) => `坚持依法行政，完善第${i + 1}项制度机制。`),
        ]),
        'application/pdf',
      ),
    ];
    const ms = await importFiles(page, files);
    console.log(`[import] 8 files incl. a 500 MB-inflating .docx listed in ${ms} ms`);
    expect(ms).toBeLessThan(30_000);

    const outcomes = page.getByTestId('file-outcomes').locator('li');
    const line = async (name: string) => outcomes.filter({ hasText: name }).innerText();
    const txtLine = await line('a-txt.txt');
    const count = /(\d+) 个数值/.exec(txtLine)?.[1];
    expect(Number(count)).toBeGreaterThanOrEqual(6);
    expect(await line('b-pdf.pdf')).toContain(`${count} 个数值`);
    expect(await line('c-doc.doc')).toContain(`${count} 个数值`);
    expect(await line('g-next.txt')).toContain(`${count} 个数值`);
    // Refusals in the interface's language, each saying what to do (no English inside the Chinese page).
    expect(await line('d-scan.pdf')).toMatch(/无法读取：该 PDF 没有文字层（是扫描图像）。.*文字识别/);
    expect(await line('e-old.wps')).toMatch(/无法读取：无法直接读取 WPS 文档（\.wps）。.*另存为 \.docx/);
    expect(await line('f-bomb.docx')).toMatch(/无法读取：文件超出单份报告的处理上限/);
    for (const name of ['d-scan.pdf', 'e-old.wps', 'f-bomb.docx']) {
      expect(await line(name)).not.toMatch(/cannot read|save it as/);
    }
    expect(await page.locator('.file-failed').count()).toBe(3);
    expect(await line('h-cid.pdf')).toMatch(/✓.*[1-9]\d* 个数值/);

    // The PDF's and the .doc's values are the .txt's: indicator and value as the review lists them.
    const valuesOf = async (id: string) => {
      const article = page.locator(`article[data-report="${id}"]`);
      const details = article.locator('details').first();
      if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
      await article.locator('tr.review-row').first().waitFor();
      return article
        .locator('tr.review-row')
        .evaluateAll((rows) =>
          rows
            .map(
              (r) =>
                `${r.querySelector('th a')?.textContent} ${r.querySelector('.review-value')?.textContent}`,
            )
            .sort(),
        );
    };
    const expected = await valuesOf('a-txt');
    expect(expected).toHaveLength(Number(count));
    expect(await valuesOf('b-pdf')).toEqual(expected);
    expect(await valuesOf('c-doc')).toEqual(expected);

    // Still usable: another view renders, nothing failed, nothing fetched from elsewhere.
    await page.goto(`${s.server().url}#/`);
    await settle(page);
    expect(await page.locator('main').innerText()).not.toBe('');
    expect(t.problems()).toEqual([]);
    expect(t.requests.filter((u) => !u.startsWith(s.server().origin))).toEqual([]);
    expect(t.requests.some((u) => /pdf\.worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(t.requests.some((u) => /UniGB-UCS2-H-[\w-]+\.bcmap$/.test(u))).toBe(true);
  });

  it('loads pdf.js, cfb and CMaps only for the files that need them', async () => {
    const t = await s.open('#/import');
    await settle(t.page);
    await importFiles(t.page, [upload('only-text.txt', TEXT, 'text/plain')]);
    expect(await t.page.locator('.file-ok').count()).toBe(1);
    expect(t.requests.filter((u) => /\/(pdf|pdf\.worker|cfb)-[\w-]+\.js$|\.bcmap$/.test(u))).toEqual([]);
    expect(t.problems()).toEqual([]);
  });
});
