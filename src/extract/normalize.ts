// Matching runs on a normalised copy of the text with EXACTLY the same length, so every offset
// found in it is an offset into the original (original.slice(start, end) === text holds).
// Only one-code-unit → one-code-unit replacements are allowed here.

const MAP: Record<string, string> = {
  '％': '%',
  '．': '.',
  '＋': '+',
  '－': '-',
  '−': '-', // U+2212 MINUS SIGN
  '﹣': '-',
  '﹢': '+',
  '　': ' ',
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\r': '\n',
  '（': '(',
  '）': ')',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '—': '-',
  '–': '-',
  '～': '~',
};

/** The replacement code unit for each code unit the map or the full-width range touches, else 0. */
export const NORMALISED = new Uint16Array(0x10000);
for (let c = 0xff10; c <= 0xff5a; c++) NORMALISED[c] = c - 0xfee0; // full-width digits and letters
for (const [from, to] of Object.entries(MAP)) {
  if (from.length !== 1 || to.length !== 1)
    throw new Error(`normalize: ${from} → ${to} is not one code unit`);
  NORMALISED[from.charCodeAt(0)] = to.charCodeAt(0);
}

export function normalizeForMatching(text: string): string {
  // A loop over a lookup table (faster than a regex replace with its scattered character class);
  // the text is copied run by run only where something is replaced.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const to = NORMALISED[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
