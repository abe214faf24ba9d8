// Matching runs on a normalised copy of the text with EXACTLY the same length, so every offset
// found in it is an offset into the original (original.slice(start, end) === text holds).
// Only one-code-unit → one-code-unit replacements are allowed here.

const MAP: Record<string, string> = {
  '％': '%',
  '．': '.',
  '＋': '+',
  '－': '-',
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

export function normalizeForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Full-width digits and Latin letters (U+FF10–U+FF5A) → ASCII.
    if (c >= 0xff10 && c <= 0xff5a) {
      out += String.fromCharCode(c - 0xfee0);
      continue;
    }
    const ch = text[i]!;
    out += MAP[ch] ?? ch;
  }
  return out;
}
