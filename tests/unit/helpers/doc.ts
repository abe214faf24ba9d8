// A minimal Word 97 binary document built in memory for tests: a compound file (cfb) with a
// WordDocument stream (FIB + text) and a 1Table stream holding the piece table, as [MS-DOC] lays
// them out. Only what a text reader looks at is filled in.
import * as CFB from 'cfb';

export interface DocPiece {
  text: string;
  /** Stored as 8-bit Windows-1252 ("compressed") instead of UTF-16LE. */
  compressed?: boolean;
}

export interface DocOptions {
  /** Characters after the main document (headers, footnotes …), left out of ccpText. */
  trailing?: string;
  encrypted?: boolean;
  /** Leave out the table stream. */
  noTable?: boolean;
}

const FIB_SIZE = 0x200;

export function buildDoc(pieces: readonly DocPiece[], options: DocOptions = {}): Uint8Array {
  const all = options.trailing ? [...pieces, { text: options.trailing }] : pieces;
  const bodies = all.map((p) =>
    p.compressed
      ? Uint8Array.from([...p.text].map((c) => c.charCodeAt(0)))
      : new Uint8Array(new Uint16Array([...p.text].map((c) => c.charCodeAt(0))).buffer),
  );
  const textBytes = bodies.reduce((n, b) => n + b.length, 0);
  const word = new Uint8Array(FIB_SIZE + textBytes);
  const w = new DataView(word.buffer);
  w.setUint16(0, 0xa5ec, true);
  w.setUint16(2, 0x00c1, true); // nFib of Word 97
  w.setUint16(0x0a, 0x0200 | (options.encrypted ? 0x0100 : 0), true); // 1Table
  const mainChars = pieces.reduce((n, p) => n + p.text.length, 0);
  w.setInt32(0x4c, mainChars, true);

  // Piece table: CP boundaries, then one 8-byte PCD per piece.
  const n = all.length;
  const plc = new DataView(new ArrayBuffer((n + 1) * 4 + n * 8));
  let cp = 0;
  let fc = FIB_SIZE;
  all.forEach((piece, i) => {
    plc.setUint32(i * 4, cp, true);
    cp += piece.text.length;
    word.set(bodies[i]!, fc);
    plc.setUint32((n + 1) * 4 + i * 8 + 2, piece.compressed ? (fc * 2) | 0x40000000 : fc, true);
    fc += bodies[i]!.length;
  });
  plc.setUint32(n * 4, cp, true);
  const table = new Uint8Array(5 + plc.byteLength);
  table[0] = 0x02;
  new DataView(table.buffer).setUint32(1, plc.byteLength, true);
  table.set(new Uint8Array(plc.buffer), 5);
  w.setUint32(0x1a2, 0, true); // fcClx
  w.setUint32(0x1a6, table.length, true); // lcbClx

  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/WordDocument', word);
  if (!options.noTable) CFB.utils.cfb_add(container, '/1Table', table);
  return Uint8Array.from(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}
