// Bytes → text for report files in any encoding Chinese agencies publish in.
//
// Offsets contract: the returned text has CRLF and lone CR turned into LF. Extraction offsets
// (start/end/evidence_start) refer to this normalised text, so the same report saved as UTF-8,
// GBK, UTF-16 or with Windows line ends yields identical observations and offsets.
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

function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
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
  return { text: normaliseLineEnds(text), encoding, bom };
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

/** Detects the encoding (BOM, strict UTF-8, else GB18030), decodes, strips the BOM, normalises line ends. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return withBom('utf-8', bytes, 3);
  if (b0 === 0xff && b1 === 0xfe) return withBom('utf-16le', bytes, 2);
  if (b0 === 0xfe && b1 === 0xff) return withBom('utf-16be', bytes, 2);

  // UTF-16 without a BOM is indistinguishable from binary by NULs; we do not guess it.
  if (bytes.includes(0)) throw new IngestError('binary', 'binary file (NUL bytes)');

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
