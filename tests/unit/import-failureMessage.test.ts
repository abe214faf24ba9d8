// A file that cannot be imported is explained in the interface's language: each refusal carries a
// kind, and the Chinese interface says what happened and what to do in Chinese (the English detail,
// fit for the command line, is what the English interface shows).
import { describe, expect, it } from 'vitest';
import { extractImportFile, ImportFileError } from '../../src/app/import/extractImportFile.ts';
import { failureMessage } from '../../src/app/import/failureMessage.ts';
import type { FailureKind } from '../../src/app/import/workerProtocol.ts';
import { encodeUtf8 } from './helpers/gbk.ts';
import { IMPORTED_AT } from './helpers/importFixtures.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const CASES: [string, Uint8Array, FailureKind][] = [
  ['binary.txt', new Uint8Array([0x41, 0, 0, 0x42, 7, 0]), 'binary'],
  ['bad.txt', new Uint8Array([0x61, 0xff, 0x62]), 'encoding'],
  ['old.docx', new Uint8Array([...OLE, 0, 0, 0, 0]), 'wrong-format'],
  ['notzip.docx', encodeUtf8('not a zip'), 'wrong-format'],
  ['rich.doc', encodeUtf8('{\\rtf1\\ansi 报告}'), 'rtf'],
  ['junk.pdf', encodeUtf8('this is no pdf'), 'wrong-format'],
  ['report.wps', encodeUtf8('WPS'), 'wps'],
  ['report.ofd', encodeUtf8('OFD'), 'ofd'],
  ['sheet.xls', encodeUtf8('XLS'), 'unsupported'],
  ['blank.txt', encodeUtf8('  \n \n'), 'empty'],
];

describe('import refusals in the interface language', () => {
  it.each(CASES)('%s: refused as %s', async (name, bytes, kind) => {
    const error = await extractImportFile(name, bytes, IMPORTED_AT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).kind).toBe(kind);
    const detail = (error as ImportFileError).message;
    // Chinese: Chinese words, not the English detail.
    const zh = failureMessage('zh', kind, detail);
    expect(zh).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(zh).not.toContain(detail);
    // English: the precise detail.
    expect(failureMessage('en', kind, detail)).toBe(detail);
  });

  it('every kind has its own Chinese and English words', () => {
    const kinds: FailureKind[] = [
      ...new Set([
        ...CASES.map((c) => c[2]),
        'damaged',
        'password',
        'no-text-layer',
        'fonts',
        'too-large',
        'crashed',
        'internal',
      ] as FailureKind[]),
    ];
    const zh = kinds.map((k) => failureMessage('zh', k, ''));
    const en = kinds.map((k) => failureMessage('en', k, ''));
    expect(new Set(zh).size).toBe(kinds.length);
    expect(new Set(en).size).toBe(kinds.length);
    for (const text of en) expect(text).not.toMatch(/[\u4e00-\u9fff]|import\.failure/);
    for (const text of zh) expect(text).not.toMatch(/import\.failure/);
  });
});
