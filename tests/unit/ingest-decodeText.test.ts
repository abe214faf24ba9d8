import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decodeText.ts';
import { IngestError } from '../../src/ingest/IngestError.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';

const REPORT = '2024年法治政府建设情况报告\n全年共受理行政复议案件120件，审结案件98件。\n调解成功率达97.5%。';
const CRLF = REPORT.replaceAll('\n', '\r\n');

const LONE_CR = REPORT.replaceAll('\n', '\r');

describe('decodeText detects the encoding and returns the text as decoded, line ends included', () => {
  it.each([
    ['UTF-8', encodeUtf8(REPORT), REPORT, 'utf-8', false],
    ['UTF-8 with BOM and CRLF', encodeUtf8(CRLF, true), CRLF, 'utf-8', true],
    ['UTF-8 with lone CR line ends', encodeUtf8(LONE_CR), LONE_CR, 'utf-8', false],
    ['UTF-16LE with BOM', encodeUtf16(REPORT, 'le'), REPORT, 'utf-16le', true],
    ['UTF-16BE with BOM and CRLF', encodeUtf16(CRLF, 'be'), CRLF, 'utf-16be', true],
    ['UTF-16LE without a BOM', encodeUtf16(REPORT, 'le', false), REPORT, 'utf-16le', false],
    ['UTF-16BE without a BOM, CRLF', encodeUtf16(CRLF, 'be', false), CRLF, 'utf-16be', false],
    ['GBK', encodeGbk(REPORT), REPORT, 'gb18030', false],
    ['GBK with CRLF', encodeGbk(CRLF), CRLF, 'gb18030', false],
    [
      'GB18030 with its BOM',
      new Uint8Array([0x84, 0x31, 0x95, 0x33, ...encodeGbk(REPORT)]),
      REPORT,
      'gb18030',
      true,
    ],
  ])('%s', (_name, bytes, text, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ text, encoding, bom });
  });

  it('treats pure ASCII as UTF-8', () => {
    expect(decodeText(encodeUtf8('abc 123\n'))).toEqual({ text: 'abc 123\n', encoding: 'utf-8', bom: false });
  });

  it('decodes an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});

describe('decodeText uses a declared charset only when the bytes fit both UTF-8 and GB18030', () => {
  // "中文" in UTF-8 (E4 B8 AD E6 96 87) also splits into three valid GB18030 pairs.
  const ambiguous = encodeUtf8('中文');

  it('prefers UTF-8 without a hint', () => {
    expect(decodeText(ambiguous).text).toBe('中文');
  });

  it('follows a GB hint when both decodings are valid', () => {
    const decoded = decodeText(ambiguous, { hint: 'GB2312' });
    expect(decoded.encoding).toBe('gb18030');
    expect(encodeGbk(decoded.text)).toEqual(ambiguous);
  });

  it('ignores a GB hint that contradicts bytes valid only as UTF-8', () => {
    // Nine UTF-8 bytes: read as GB18030 pairs, the last one is a lone lead byte.
    expect(decodeText(encodeUtf8('受理人'), { hint: 'gbk' })).toMatchObject({
      text: '受理人',
      encoding: 'utf-8',
    });
  });

  it('ignores a UTF-8 hint on GBK bytes', () => {
    expect(decodeText(encodeGbk(REPORT), { hint: 'utf-8' })).toMatchObject({
      text: REPORT,
      encoding: 'gb18030',
    });
  });
});

describe('decodeText rejects what is not text, saying why', () => {
  it.each([
    [
      'NUL bytes',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
      'binary',
      /binary file \(NUL bytes\)/,
    ],
    // Even length, NULs in both byte positions: not one byte order of UTF-16.
    [
      'NULs in both byte positions',
      new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x41, 0x00]),
      'binary',
      /NUL bytes/,
    ],
    // NULs only in high bytes, but decoding gives characters no report is written in.
    [
      'UTF-16-shaped binary',
      new Uint8Array([0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00]),
      'binary',
      /NUL/,
    ],
    [
      'invalid in every encoding',
      new Uint8Array([0x61, 0xff, 0x62]),
      'encoding',
      /not valid UTF-8, UTF-16 \(with BOM\) or GB18030/,
    ],
    ['a lead byte before a space', new Uint8Array([0xb0, 0x20, 0x41]), 'encoding', /not valid UTF-8/],
    [
      'a UTF-8 BOM before invalid bytes',
      new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
      'encoding',
      /UTF-8 byte-order mark/,
    ],
    [
      'a UTF-16 BOM before a lone surrogate',
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]),
      'encoding',
      /UTF-16LE/,
    ],
    [
      'control characters',
      encodeUtf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'),
      'binary',
      /control characters/,
    ],
  ])('%s', (_name, bytes, code, message) => {
    let error: unknown;
    try {
      decodeText(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
    expect((error as IngestError).message).toMatch(message);
  });

  it('accepts a few stray control characters in otherwise normal text', () => {
    const text = `${REPORT}\u001a`;
    expect(decodeText(encodeUtf8(text)).text).toBe(text);
  });
});
