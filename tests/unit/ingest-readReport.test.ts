import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/IngestError.ts';
import { readReportBytes, reportFormatOf } from '../../src/ingest/readReport.ts';
import { buildDocx } from './helpers/docx.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';

const SENTENCE = '全年共受理行政复议案件120件，审结案件98件。';

describe('readReportBytes chooses the reader by extension', () => {
  it('reads .txt in any supported encoding', async () => {
    expect(await readReportBytes('a.txt', encodeGbk(SENTENCE))).toEqual({
      text: SENTENCE,
      encoding: 'gb18030',
      format: 'txt',
    });
    expect(await readReportBytes('A.TXT', encodeUtf16(SENTENCE, 'be'))).toMatchObject({
      text: SENTENCE,
      encoding: 'utf-16be',
    });
  });

  it('reads .html and .htm as visible text, GBK included', async () => {
    const html = `<html><head><meta charset="gbk"></head><body><div class="crumb">首页 > 报告</div><p>${SENTENCE}</p></body></html>`;
    expect(await readReportBytes('r.html', encodeGbk(html))).toEqual({
      text: SENTENCE,
      encoding: 'gb18030',
      format: 'html',
    });
    expect(await readReportBytes('r.HTM', encodeUtf8(html, true))).toMatchObject({
      text: SENTENCE,
      format: 'html',
    });
  });

  it('lets <meta charset> decide only between two valid readings', async () => {
    // "中文" is valid both as UTF-8 and as GB18030 bytes.
    const bytes = encodeUtf8(
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>中文</p>',
    );
    const read = await readReportBytes('r.htm', bytes);
    expect(read.encoding).toBe('gb18030');
    expect(read.text).not.toBe('中文');
    const plain = await readReportBytes('r.htm', encodeUtf8('<meta charset="gb2312"><p>受理人</p>'));
    expect(plain).toMatchObject({ text: '受理人', encoding: 'utf-8' });
  });

  it('reads .docx', async () => {
    expect(await readReportBytes('r.docx', await buildDocx([SENTENCE]))).toEqual({
      text: SENTENCE,
      encoding: 'utf-8',
      format: 'docx',
    });
  });

  it.each([
    ['report.pdf', 'pdf', /cannot read \.pdf: not a PDF file/],
    ['report.doc', 'doc', /cannot read \.doc: not a Word document; save it as \.docx/],
    ['report.wps', 'format', /cannot read \.wps .*save it as \.docx/],
    ['report.OFD', 'format', /cannot read \.ofd .*export a text PDF/],
  ])(
    'refuses %s that is not what its name says, or that no library here reads, with advice',
    async (name, code, reason) => {
      const error = await readReportBytes(name, encodeUtf8(SENTENCE)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).code).toBe(code);
      expect((error as IngestError).message).toMatch(reason);
    },
  );

  it('reads a .doc that is really a web page or a .docx, as offices often send them', async () => {
    const html = `<html><head><meta charset="gbk"></head><body><p>${SENTENCE}</p></body></html>`;
    expect(await readReportBytes('r.doc', encodeGbk(html))).toMatchObject({ text: SENTENCE, format: 'html' });
    expect(await readReportBytes('r.doc', await buildDocx([SENTENCE]))).toMatchObject({
      text: SENTENCE,
      format: 'docx',
    });
    const rtf = await readReportBytes('r.doc', encodeUtf8('{\\rtf1\\ansi hello}')).catch((e: unknown) => e);
    expect((rtf as IngestError).message).toMatch(/RTF file.*save it as \.docx/);
  });

  it.each(['README', 'data.csv', 'report.txt.bak'])('refuses %s', async (name) => {
    const error = await readReportBytes(name, encodeUtf8(SENTENCE)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('format');
    expect((error as IngestError).message).toMatch(/unsupported file type/);
  });
});

describe('reportFormatOf', () => {
  it.each([
    ['x.txt', 'txt'],
    ['x.Html', 'html'],
    ['dir.v2/x.htm', 'html'],
    ['x.docx', 'docx'],
    ['x.doc', 'doc'],
    ['x.PDF', 'pdf'],
    ['x.wps', 'refused'],
    ['x.ofd', 'refused'],
    ['x.xls', null],
    ['txt', null],
  ])('%s → %s', (name, format) => {
    expect(reportFormatOf(name)).toBe(format);
  });
});
