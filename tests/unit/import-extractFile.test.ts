// One report file → the records the review starts from: every encoding and format gives the same
// values, ids come from the file name, values are marked imported, unreadable files say why.
import { describe, expect, it } from 'vitest';
import { extractImportFile, ImportFileError } from '../../src/app/import/extractImportFile.ts';
import { buildDocx } from './helpers/docx.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';
import { IMPORTED_AT, JINCHUAN_TEXT } from './helpers/importFixtures.ts';

const summary = (r: Awaited<ReturnType<typeof extractImportFile>>) =>
  r.observations.map((o) => [o.indicator, o.value, o.qualifier, o.origin, o.start, o.end]);

describe('extractImportFile', () => {
  it('reads a UTF-8 text report into an imported report with provisional agency id', async () => {
    const r = await extractImportFile('reports/金川区2023.txt', encodeUtf8(JINCHUAN_TEXT), IMPORTED_AT);
    expect(r.report).toMatchObject({
      id: '金川区2023',
      file: '金川区2023.txt',
      agencyText: '金川区市场监督管理局',
      year: 2023,
      origin: 'imported',
    });
    expect(r.report.agencyId).toMatch(/^imp-/);
    expect(r.text).toBe(JINCHUAN_TEXT);
    expect(r.source).toEqual({
      file: '金川区2023.txt',
      format: 'txt',
      encoding: 'utf-8',
      bytes: encodeUtf8(JINCHUAN_TEXT).length,
      importedAt: IMPORTED_AT,
    });
    expect(summary(r)).toContainEqual(['training.participants', 560, 'more_than', 'imported', 77, 83]);
    const derived = r.observations.find((o) => o.derived)!;
    expect(derived).toMatchObject({ indicator: 'mediation.success_rate', value: 90, origin: 'derived' });
    expect(derived.inputs).toHaveLength(2);
    for (const o of r.observations) {
      expect(r.text.slice(o.start, o.end)).toBe(o.text);
      expect(o.id.startsWith('金川区2023#')).toBe(true);
    }
  });

  it('gives identical values for GBK, UTF-16 with BOM, CRLF, HTML and .docx copies', async () => {
    const base = await extractImportFile('a.txt', encodeUtf8(JINCHUAN_TEXT), IMPORTED_AT);
    const html = `<html><head><meta charset="gbk"><title>x</title></head><body>${JINCHUAN_TEXT.split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`;
    const variants: [string, Uint8Array][] = [
      ['a.txt', encodeGbk(JINCHUAN_TEXT)],
      ['a.txt', encodeUtf16(JINCHUAN_TEXT, 'le')],
      ['a.txt', encodeUtf16(JINCHUAN_TEXT, 'be')],
      ['a.txt', encodeUtf8(JINCHUAN_TEXT.replaceAll('\n', '\r\n'), true)],
      ['a.htm', encodeGbk(html)],
      ['a.docx', await buildDocx(JINCHUAN_TEXT.split('\n'))],
    ];
    for (const [name, bytes] of variants) {
      const r = await extractImportFile(name, bytes, IMPORTED_AT);
      expect(
        r.observations.map((o) => [o.indicator, o.value, o.qualifier]),
        name,
      ).toEqual(base.observations.map((o) => [o.indicator, o.value, o.qualifier]));
    }
    expect((await extractImportFile('a.txt', encodeGbk(JINCHUAN_TEXT), IMPORTED_AT)).source.encoding).toBe(
      'gb18030',
    );
  });

  it('refuses what it cannot read with a reason, as ImportFileError', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['x.pdf', encodeUtf8('%PDF-1.7'), /cannot read \.pdf: the file is damaged .*export it again/],
      ['x.wps', encodeUtf8('WPS'), /cannot read \.wps.*save it as \.docx/],
      ['x.xls', encodeUtf8('XLS'), /unsupported file type/],
      // NULs in both byte positions: not UTF-16 of either byte order, so binary.
      ['x.txt', new Uint8Array([0x41, 0, 0, 0x42]), /binary/],
      ['x.docx', encodeUtf8('not a zip'), /docx/],
      ['x.txt', encodeUtf8('   \n  '), /no text/],
    ];
    for (const [name, bytes, reason] of cases) {
      const error = await extractImportFile(name, bytes, IMPORTED_AT).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ImportFileError);
      expect((error as Error).message, name).toMatch(reason);
    }
  });

  it('keeps script-looking HTML as inert text', async () => {
    const html =
      '<html><body><script>window.__pwned=1</script><p>某街道办事处2024年法治政府建设情况报告</p>' +
      '<p onclick="alert(1)">全年审核规范性文件9件。<img src=x onerror="alert(2)"></p></body></html>';
    const r = await extractImportFile('x.html', encodeUtf8(html), IMPORTED_AT);
    expect(r.text).not.toContain('__pwned');
    expect(r.text).not.toContain('<');
    expect(r.observations.map((o) => o.value)).toContain(9);
  });
});
