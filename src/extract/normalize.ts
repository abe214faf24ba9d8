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

// Every character the map or the full-width range touches; all others pass through untouched,
// so one native regex pass does the work (per-character concatenation was the extractor's
// largest cost).
const TOUCHED = new RegExp(
  `[\\uff10-\\uff5a${Object.keys(MAP)
    .join('')
    .replace(/[\\\]\-^]/g, '\\$&')}]`,
  'g',
);

function replace(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff5a) return String.fromCharCode(c - 0xfee0);
  return MAP[ch] ?? ch;
}

export function normalizeForMatching(text: string): string {
  return text.replace(TOUCHED, replace);
}
