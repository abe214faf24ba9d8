// A number as a person types it into a correction field: thousands separators (1,234 or 1，234),
// full-width digits from a Chinese input method (１２３．５), surrounding spaces. Anything else
// (units, words, two numbers) is refused, so a correction is never a guess.

const FULL_WIDTH = /[０-９．－＋]/g;

export function parseTypedNumber(raw: string): number | null {
  const text = raw
    .trim()
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[,，](?=\d{3}(?:\D|$))/g, '')
    .replace(/^\+/, '');
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}
