// Old binary Word (.doc, Word 97–2003) → plain text, one paragraph per line. The compound file is
// opened with cfb (pure JavaScript, runs in Node and in a worker; imported on first use); the
// text itself is read from the document's piece table as [MS-DOC] describes it. Only the main
// document is read: headers, footers, footnotes and comments follow it in the same character
// stream and are left out, like the running headers of a PDF.
import { IngestError, type RefusalKind } from './IngestError.ts';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORD_IDENT = 0xa5ec;

type Entry = { content?: ArrayLike<number> | null } | null;

// Bytes 0x80–0x9F of Windows-1252, used by "compressed" (8-bit) pieces.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Every refusal says what to do; damage is the one case whose message would not by itself.
const DAMAGED_ADVICE = '; open it in Word or WPS and save it as .docx';
const refuse = (message: string, kind: RefusalKind = 'damaged') =>
  new IngestError(
    'doc',
    `cannot read .doc: ${message}${message.startsWith('the file is damaged') ? DAMAGED_ADVICE : ''}`,
    kind,
  );

function toBytes(entry: Entry): Uint8Array | null {
  const content = entry?.content;
  if (!content || content.length === 0) return null;
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

function pieceText(word: Uint8Array, fcField: number, chars: number): string {
  const compressed = (fcField & 0x40000000) !== 0;
  const fc = fcField & 0x3fffffff;
  if (compressed) {
    const start = fc / 2;
    if (start + chars > word.length) throw refuse('the file is damaged (text beyond its end)');
    let out = '';
    for (let i = 0; i < chars; i++) {
      const b = word[start + i]!;
      out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    return out;
  }
  if (fc + chars * 2 > word.length) throw refuse('the file is damaged (text beyond its end)');
  return new TextDecoder('utf-16le').decode(word.subarray(fc, fc + chars * 2));
}

/** The main document's characters, through the piece table (CLX) in the table stream. */
function mainText(
  word: Uint8Array,
  table: Uint8Array,
  fcClx: number,
  lcbClx: number,
  ccpText: number,
): string {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let at = fcClx;
  const end = fcClx + lcbClx;
  if (end > table.length) throw refuse('the file is damaged (piece table beyond its end)');
  // Prc entries (formatting) come first; the Pcdt (0x02) holds the pieces.
  while (at < end && table[at] === 0x01) at += 3 + view.getUint16(at + 1, true);
  if (table[at] !== 0x02) throw refuse('the file is damaged (no piece table)');
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  const pieces = (lcb - 4) / 12;
  if (!Number.isInteger(pieces) || plc + lcb > table.length)
    throw refuse('the file is damaged (piece table)');
  let text = '';
  for (let i = 0; i < pieces && text.length < ccpText; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = view.getUint32(plc + (i + 1) * 4, true);
    const pcd = plc + (pieces + 1) * 4 + i * 8;
    const chars = Math.min(cpEnd, ccpText) - cpStart;
    if (chars <= 0) continue;
    text += pieceText(word, view.getUint32(pcd + 2, true), chars);
  }
  return text;
}

// Word's control characters: paragraph and cell ends become line ends, fields keep only their
// shown result (code between 0x13 and 0x14 dropped), objects and soft hyphens vanish.
function plainText(raw: string): string {
  let out = '';
  let fieldDepth = 0;
  const inCode: boolean[] = [];
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code === 0x13) {
      fieldDepth++;
      inCode.push(true);
      continue;
    }
    if (code === 0x14) {
      if (fieldDepth > 0) inCode[inCode.length - 1] = false;
      continue;
    }
    if (code === 0x15) {
      if (fieldDepth > 0) {
        fieldDepth--;
        inCode.pop();
      }
      continue;
    }
    if (inCode.includes(true)) continue;
    if (code === 0x0d || code === 0x07 || code === 0x0b || code === 0x0c) out += '\n';
    else if (code === 0x09) out += '\t';
    else if (code === 0x1e) out += '-';
    else if (code === 0xa0 || code === 0x3000) out += ch === '\u3000' ? ch : ' ';
    else if (code < 0x20 || code === 0x1f) continue;
    else out += ch;
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Paragraph text of a Word 97–2003 document, one paragraph per line. */
export async function docToText(bytes: Uint8Array): Promise<string> {
  if (!isOleFile(bytes)) throw refuse('not an old Word document; save it as .docx or .txt', 'wrong-format');
  const module = await import('cfb');
  // cfb is CommonJS: bundlers hand it over as the default export, Node as named ones.
  const CFB = module.default ?? module;
  let word: Uint8Array | null;
  let container: ReturnType<typeof CFB.read>;
  try {
    container = CFB.read(bytes, { type: 'array' });
    word = toBytes(CFB.find(container, 'WordDocument'));
  } catch {
    throw refuse('the file is damaged (its compound-file structure cannot be read)');
  }
  if (!word || word.length < 0x1aa) {
    throw refuse(
      'not a Word document (no WordDocument stream; a .wps or .xls renamed?); save it as .docx',
      'wrong-format',
    );
  }
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (view.getUint16(0, true) !== WORD_IDENT)
    throw refuse('not a Word 97–2003 document; save it as .docx', 'wrong-format');
  const flags = view.getUint16(0x0a, true);
  if (flags & 0x0100)
    throw refuse('the document is password-protected; remove the password and save it as .docx', 'password');
  const tableName = flags & 0x0200 ? '1Table' : '0Table';
  const table = toBytes(CFB.find(container, tableName));
  if (!table) throw refuse(`the file is damaged (no ${tableName} stream)`);
  const ccpText = view.getInt32(0x4c, true);
  const fcClx = view.getUint32(0x1a2, true);
  const lcbClx = view.getUint32(0x1a6, true);
  if (ccpText < 0 || lcbClx === 0) throw refuse('the file is damaged (no text table)');
  let raw: string;
  try {
    raw = mainText(word, table, fcClx, lcbClx, ccpText);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw refuse('the file is damaged (its text table cannot be read)');
  }
  return plainText(raw);
}
