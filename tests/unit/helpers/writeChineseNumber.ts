// Writes numbers the way reports do (一万零五百, 两千, 十二, 三点二万), independently of the
// extractor's reader, so that reading them back tests the reader against the written convention.

const DIGIT = '零一二三四五六七八九';
const PLACES: readonly [number, string][] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
];

/** 1..9999 without the leading 零; inner runs of zeros are one 零 (一千零八). */
function writeGroup(g: number, useLiang: boolean): string {
  let out = '';
  let pendingZero = false;
  for (const [place, unit] of PLACES) {
    const d = Math.floor(g / place) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += (d === 2 && useLiang && place >= 100 ? '两' : DIGIT[d]) + unit;
  }
  return out;
}

/** An integer in [0, 10^12) as written: 一亿零五万, 十万零五, 两千三百. */
export function writeChineseInteger(n: number, useLiang = false): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new Error(`cannot write ${n}`);
  if (n === 0) return '零';
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ];
  let out = '';
  let skipped = false;
  for (const [g, unit] of groups) {
    if (g === 0) {
      if (out !== '') skipped = true;
      continue;
    }
    // A gap in the places is one 零: 一亿零五万, 一万零五百.
    if (out !== '' && (skipped || g < 1000)) out += '零';
    skipped = false;
    out += (g === 2 && unit !== '' && useLiang ? '两' : writeGroup(g, useLiang)) + unit;
  }
  // 十五, not 一十五 (but 一百一十五 keeps its 一).
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** The digits after 点, one character each. */
export const writeChineseDigits = (digits: string): string =>
  [...digits].map((d) => DIGIT[Number(d)]).join('');
