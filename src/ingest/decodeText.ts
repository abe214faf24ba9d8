// Bytes → text for report files in any encoding Chinese agencies publish in.
//
// Offsets contract (../shared/spec/extract-cli.md): the returned text is the file as decoded — line
// ends included, CRLF stays CRLF — so original.slice(start, end) === text holds for every value on
// the text a user opens. The extractor treats CR as a line break itself (src/extract/normalize.ts), so
// the same report saved with Windows line ends gives the same values, at offsets into its own text.
import { IngestError } from './IngestError.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The bytes started with a byte-order mark (removed from text). */
  bom: boolean;
}

export interface DecodeOptions {
  /**
   * Declared charset (an HTML <meta charset>). Used only when the bytes are valid in both UTF-8
   * and GB18030, where detection alone cannot decide.
   */
  hint?: string | null;
}

const GB_LABELS = new Set(['gb18030', 'gbk', 'gb2312', 'gb_2312-80', 'x-gbk', 'cp936', 'windows-936']);

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a BOM in the output; we strip exactly the one we detected ourselves.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// C0 controls other than tab, LF, FF and CR do not occur in real report text.
const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const ANY_STRAY_CONTROL = new RegExp(STRAY_CONTROL.source);

function assertTextual(text: string): void {
  // NUL is a stray control too: for the usual text without any, one scan instead of two.
  if (!ANY_STRAY_CONTROL.test(text)) return;
  if (text.includes('\u0000')) throw new IngestError('binary', 'binary file (NUL bytes)');
  const strays = text.match(STRAY_CONTROL)?.length ?? 0;
  // A stray ^Z or form feed happens in old files; many of them means this is not text.
  if (strays > 8 && strays * 100 > text.length) {
    throw new IngestError('binary', 'binary file (control characters)');
  }
}

function result(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  assertTextual(text);
  return { text, encoding, bom };
}

function withBom(label: TextEncodingName, bytes: Uint8Array, bomLength: number): DecodedText {
  const text = tryDecode(label, bytes.subarray(bomLength));
  if (text === null) {
    throw new IngestError(
      'encoding',
      `starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()}`,
    );
  }
  return result(text, label, true);
}

/** Characters report text is made of: CJK, ASCII, full-width forms, CJK punctuation, white space. */
const REPORT_CHAR =
  /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u0020-\u007e\n\r\t\u00b7\u2014\u2018-\u201d\u2026]/g;

/**
 * UTF-16 without a BOM, read only when there is no doubt: NULs all in high bytes of one byte order
 * (ASCII digits and punctuation), the bytes valid UTF-16, and nearly every character one a report
 * is written in. Anything less certain stays "binary".
 */
function bomlessUtf16(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  if (bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const encoding: TextEncodingName | null =
    oddNul > 0 && evenNul === 0 ? 'utf-16le' : evenNul > 0 && oddNul === 0 ? 'utf-16be' : null;
  if (encoding === null) return null;
  const text = tryDecode(encoding, bytes);
  if (text === null || text.length === 0) return null;
  const fitting = text.match(REPORT_CHAR)?.length ?? 0;
  return fitting >= text.length * 0.95 ? { text, encoding } : null;
}

/** Detects the encoding (BOM, strict UTF-8, else GB18030), decodes and strips the BOM. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return withBom('utf-8', bytes, 3);
  if (b0 === 0xff && b1 === 0xfe) return withBom('utf-16le', bytes, 2);
  if (b0 === 0xfe && b1 === 0xff) return withBom('utf-16be', bytes, 2);

  if (bytes.includes(0)) {
    // NUL bytes: binary, or UTF-16 saved without a byte-order mark (Notepad's "Unicode" once did).
    const utf16 = bomlessUtf16(bytes);
    if (utf16 !== null) return result(utf16.text, utf16.encoding, false);
    throw new IngestError('binary', 'binary file (NUL bytes)');
  }

  const utf8 = tryDecode('utf-8', bytes);
  const hintIsGb = GB_LABELS.has((options.hint ?? '').trim().toLowerCase());
  if (utf8 !== null && !hintIsGb) return result(utf8, 'utf-8', false);

  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    // GB18030 has its own BOM (84 31 95 33), which decodes to U+FEFF.
    const bom = gb.startsWith('\ufeff');
    return result(bom ? gb.slice(1) : gb, 'gb18030', bom);
  }
  if (utf8 !== null) return result(utf8, 'utf-8', false);
  throw new IngestError('encoding', 'not valid UTF-8, UTF-16 (with BOM) or GB18030');
}
