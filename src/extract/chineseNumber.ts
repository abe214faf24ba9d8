// Chinese numerals: 两千余 → 2000, 十五 → 15, 三千五百 → 3500, 千 → 1000, 一万二千 → 12000, and
// decimals with 点: 九十九点九 → 99.9, 三点二万 → 32000, 一千二百点五 → 1200.5.
// Returns null for runs that are not a well-formed number (十四五, 二十大's 二十 is fine, 三会一课 is not a run):
// a run read wrongly would be a wrong number marked exact.
import { shiftDecimal } from './shiftDecimal.ts';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
/** Longest run read as one number (九千九百九十九亿九千九百九十九万九千九百九十九点九九九 is 27). */
export const MAX_CHINESE_RUN = 32;
const POINT = '点';
/** Digits written after 点, one per place (两 is never a decimal digit). */
const DECIMAL_DIGITS = '零〇一二三四五六七八九';

export function parseChineseNumber(run: string): number | null {
  if (run.length === 0 || run.length > MAX_CHINESE_RUN) return null;
  const point = run.indexOf(POINT);
  return point < 0 ? parseInteger(run) : parseDecimal(run.slice(0, point), run.slice(point + 1));
}

/** 九十九 | 九 → 99.9; 三 | 二万 → 32000: the digits after 点, then at most one 万 or 亿 for all of it. */
function parseDecimal(intPart: string, rest: string): number | null {
  let k = 0;
  let digits = '';
  while (k < rest.length && DECIMAL_DIGITS.includes(rest[k]!)) digits += DIGITS[rest[k++]!];
  if (digits === '') return null;
  const unit = rest.slice(k);
  const places = unit === '' ? 0 : unit === '万' ? 4 : unit === '亿' ? 8 : -1;
  if (places < 0) return null;
  // 一万二点五万 has two 万 for one number.
  if (places > 0 && /[万亿]/.test(intPart)) return null;
  const int = parseInteger(intPart);
  if (int === null) return null;
  return shiftDecimal(`${int}.${digits}`, places);
}

function parseInteger(run: string): number | null {
  if (run.length === 0) return null;
  let total = 0; // completed big-unit sections
  let section = 0; // current section below 万
  let digit: number | null = null;
  let lastSmall = Infinity; // small units must descend within a section (千 > 百 > 十)
  let lastBig = Infinity;
  let prevWasZero = false;
  let zeroSinceUnit = false; // 一千零八: after a 零 the trailing digit is ones, not hundreds
  for (const ch of run) {
    if (ch in DIGITS) {
      // Two digits in a row ("十四五" → 十, 四, 五) is not a number, except 零 as a placeholder.
      if (digit !== null && !prevWasZero) return null;
      digit = DIGITS[ch]!;
      prevWasZero = digit === 0;
      if (prevWasZero) zeroSinceUnit = true;
      continue;
    }
    prevWasZero = false;
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      zeroSinceUnit = false;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      if (big >= lastBig) return null;
      section += digit ?? 0;
      if (section === 0) section = 1; // "万" alone
      total += section * big;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = big;
      zeroSinceUnit = false;
      continue;
    }
    return null;
  }
  if (digit !== null) {
    // A trailing digit after a unit is the next lower place: 两千五 → 2500, 三万五 → 35000.
    if (zeroSinceUnit) {
      section += digit;
    } else if (lastSmall !== Infinity && lastSmall >= 100 && section % lastSmall === 0) {
      section += digit * (lastSmall / 10);
    } else if (lastSmall === Infinity && lastBig !== Infinity && section === 0) {
      total += digit * (lastBig / 10);
    } else {
      section += digit;
    }
  }
  return total + section;
}
