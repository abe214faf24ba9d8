// GBK encoder for tests, without a dependency: invert the platform's GB18030 decoder over every
// two-byte sequence. ASCII passes through; anything outside the two-byte table is an error.

let table: Map<string, readonly [number, number]> | null = null;

function reverseTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const map = reverseTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = map.get(char);
    if (!pair) throw new Error(`not encodable in GBK: ${char}`);
    bytes.push(pair[0], pair[1]);
  }
  return new Uint8Array(bytes);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const body = bom ? `\ufeff${text}` : text;
  const bytes = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes[2 * i] = endian === 'le' ? lo : hi;
    bytes[2 * i + 1] = endian === 'le' ? hi : lo;
  }
  return bytes;
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
