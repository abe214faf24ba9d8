// Finds every number that carries a measure word. One left-to-right pass with bounded look-around,
// so the cost is linear in the text length even on hostile input (long digit runs, 余余余…).
//
// Characters are read as code units (charCodeAt), not as one-character strings: s[i] allocates a
// new string for every CJK character, and the scan looks at a few around each of the text's numbers.
import type { Qualifier } from '../domain/types.ts';
import { CHINESE_NUMERAL_CHARS, MAX_CHINESE_RUN, parseChineseNumber } from './chineseNumber.ts';
import { groupByCode } from './groupByCode.ts';
import type { Mention } from './mention.ts';
import { INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from './qualifiers.ts';
import { shiftDecimal } from './shiftDecimal.ts';
import { matchUnit } from './units.ts';

const MAX_DIGITS = 15;
const code = (ch: string): number => ch.charCodeAt(0);
const SPACE = 32;
const DOT = code('.');
const WAN = code('万');
const YI = code('亿');
const QIAN = code('千');
const BAI = code('百');

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i); // NaN past either end
  return c >= 48 && c <= 57;
};

/** Non-zero for the code units a number may start with: 1 for ASCII digits, 2 for Chinese numerals. */
export const NUMBER_START = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) NUMBER_START[c] = 1;
for (const ch of CHINESE_NUMERAL_CHARS) NUMBER_START[code(ch)] = 2;

const isChineseNumeralAt = (s: string, i: number): boolean =>
  i >= 0 && i < s.length && NUMBER_START[s.charCodeAt(i)] === 2;

/** Offsets where a number may start, in order. */
export function numberStarts(s: string): number[] {
  // A plain loop over a lookup table: a regex character class of scattered CJK code points was
  // the scanner's largest cost.
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (NUMBER_START[s.charCodeAt(i)] !== 0) out.push(i);
  return out;
}

function skipSpaces(s: string, i: number, limit = 2): number {
  let j = i;
  while (j < s.length && j - i < limit && s.charCodeAt(j) === SPACE) j++;
  return j;
}

/** Exactly three digits at `at`, not followed by another digit. */
function isGroupOfThree(s: string, at: number): boolean {
  return isDigitAt(s, at) && isDigitAt(s, at + 1) && isDigitAt(s, at + 2) && !isDigitAt(s, at + 3);
}

interface NumberCore {
  end: number;
  value: number;
  chinese: boolean;
  /** Set when the core was a fraction or 百分之 form: the value is already a percentage. */
  percent: boolean;
}

/** 数百场, 几千份: "some hundreds" is no count. 人数百余人 is a count after the noun 人数. */
function isVague(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  if (prev === JI) return true;
  return prev === SHU && !NOUN_BEFORE_SHU.includes(s[i - 2] ?? '');
}
const JI = code('几');
const SHU = code('数');
const NOUN_BEFORE_SHU = '人件次场户总个份篇条家名册本卷项期';

const COMMA = code(',');
const FULL_COMMA = code('，');

/** Reads the number starting at i (Arabic, Chinese, mixed 1.1万, fraction 五分之一, 百分之九十). */
function readCore(s: string, i: number): NumberCore | null {
  if (isDigitAt(s, i)) {
    let j = i;
    while (isDigitAt(s, j)) j++;
    // Thousands groups: 1,613, 1，613 (typed in full-width mode) and 1 856 (where PDF conversion left
    // a space for the separator). Only after a leading run of 1–3 digits and in groups of exactly
    // three, so "2024 年 12 月", "3 个", "2 3 4 件" and "12，调解…" stay apart.
    let grouped = false;
    if (j - i <= 3) {
      const sep = s.charCodeAt(j);
      if (sep === COMMA || sep === FULL_COMMA || sep === SPACE) {
        while (s.charCodeAt(j) === sep && isGroupOfThree(s, j + 1)) {
          j += 4;
          grouped = true;
        }
      }
    }
    let fraction = false;
    if (s.charCodeAt(j) === DOT && isDigitAt(s, j + 1)) {
      fraction = true;
      j++;
      while (isDigitAt(s, j)) j++;
    }
    const slice = s.slice(i, j);
    const raw = grouped ? slice.replace(/[,， ]/g, '') : slice;
    if (raw.length - (fraction ? 1 : 0) > MAX_DIGITS)
      return { end: j, value: Number.NaN, chinese: false, percent: false };
    let value = Number(raw);
    // Mixed forms: 1.1万, 3千, 2.5亿, 1万2千 is rare enough to ignore. "12.6 万" keeps its 万 across
    // a stray space, or the 万 would be read alone as ten thousand.
    if (s.charCodeAt(j) === SPACE) {
      const after = s.charCodeAt(j + 1);
      if (after === WAN || after === YI) j++;
    }
    const m = s.charCodeAt(j);
    if (m === WAN || m === YI || m === QIAN || m === BAI) {
      if (m === QIAN && s.charCodeAt(j + 1) === WAN) {
        value = shiftDecimal(raw, 7);
        j += 2;
      } else {
        value = shiftDecimal(raw, m === WAN ? 4 : m === YI ? 8 : m === QIAN ? 3 : 2);
        j++;
      }
    }
    return { end: j, value, chinese: false, percent: false };
  }
  if (isChineseNumeralAt(s, i)) {
    // 百分之九十五 → 95 (%)
    if (s.startsWith('百分之', i)) {
      const inner = readCore(s, i + 3);
      if (inner && !inner.percent && Number.isFinite(inner.value)) {
        return { end: inner.end, value: inner.value, chinese: true, percent: true };
      }
      return null;
    }
    const j = chineseRunEnd(s, i);
    // A run longer than any number is none, not a number and a tail.
    if (wholeRunEnd(s, j) !== j) return null;
    const value = parseChineseNumber(s.slice(i, j));
    if (value === null) return null;
    return { end: j, value, chinese: true, percent: false };
  }
  return null;
}

const POINT = code('点');
const isChineseDecimalDigitAt = (s: string, i: number): boolean =>
  isChineseNumeralAt(s, i) && DECIMAL_DIGIT_CODES.has(s.charCodeAt(i));
const DECIMAL_DIGIT_CODES = new Set([...'零〇一二三四五六七八九'].map(code));

/** End of the Chinese numeral run at i, taking one 点 between numerals (九十九点九, 三点二万). */
function chineseRunEnd(s: string, i: number): number {
  let j = i;
  let point = false;
  while (j - i < MAX_CHINESE_RUN) {
    if (isChineseNumeralAt(s, j)) j++;
    else if (!point && j > i && s.charCodeAt(j) === POINT && isChineseDecimalDigitAt(s, j + 1)) {
      point = true;
      j++;
    } else break;
  }
  return j;
}

/** End of the whole run of numerals and 点 at i, however long (a failed run's tails are no numbers either). */
function wholeRunEnd(s: string, i: number): number {
  let j = i;
  while (isChineseNumeralAt(s, j) || (s.charCodeAt(j) === POINT && isChineseDecimalDigitAt(s, j + 1))) j++;
  return j;
}

function readFraction(s: string, core: NumberCore): NumberCore {
  // 五分之一 → 20 (%); the denominator comes first in Chinese.
  if (!s.startsWith('分之', core.end)) return core;
  const num = readCore(s, core.end + 2);
  if (!num || num.percent || !Number.isFinite(num.value) || core.value === 0) return core;
  const pct = Math.round((num.value / core.value) * 10000) / 100;
  return { end: num.end, value: pct, chinese: core.chinese || num.chinese, percent: true };
}

/** Verbs that may stand between a qualifier and its number: 约为, 约占, 近达. */
const LINKING_VERBS = new Set([...'为占达'].map(code));
const SHANG = code('上');
const ROUND_MAGNITUDES = new Set([BAI, QIAN, WAN]);

function prefixQualifier(s: string, numStart: number): { start: number; qualifier: Qualifier } | null {
  const i = numStart - (s.charCodeAt(numStart - 1) === SPACE ? 1 : 0);
  // 上千场, 上万人: "upwards of"; 成千上万 is a figure of speech.
  if (
    s.charCodeAt(i - 1) === SHANG &&
    ROUND_MAGNITUDES.has(s.charCodeAt(numStart)) &&
    !isChineseNumeralAt(s, i - 2)
  )
    return { start: i - 1, qualifier: 'more_than' };
  const found = qualifierEndingAt(s, i);
  if (found || i < 1 || !LINKING_VERBS.has(s.charCodeAt(i - 1))) return found;
  return qualifierEndingAt(s, i - 1);
}

type QualifierWords = ReadonlyMap<number, (readonly [string, Qualifier])[]>;
// Longest first within each group, as in the lists.
const PREFIX_BY_LAST: QualifierWords = groupByCode(PREFIX_QUALIFIERS, ([w]) => w.charCodeAt(w.length - 1));
const INFIX_BY_FIRST: QualifierWords = groupByCode(INFIX_QUALIFIERS, ([w]) => w.charCodeAt(0));
const SUFFIX_BY_FIRST: QualifierWords = groupByCode(SUFFIX_QUALIFIERS, ([w]) => w.charCodeAt(0));

function qualifierEndingAt(s: string, i: number): { start: number; qualifier: Qualifier } | null {
  const words = PREFIX_BY_LAST.get(s.charCodeAt(i - 1));
  if (!words) return null;
  for (const [word, q] of words) {
    if (i >= word.length && s.startsWith(word, i - word.length))
      return { start: i - word.length, qualifier: q };
  }
  return null;
}

function afterWord(s: string, at: number, byFirst: QualifierWords) {
  const words = byFirst.get(s.charCodeAt(at));
  if (!words) return null;
  for (const [word, q] of words) if (s.startsWith(word, at)) return { end: at + word.length, qualifier: q };
  return null;
}

/** 三点二点五: a number right after 点 and a numeral is the tail of a decimal that was not read. */
const isDecimalTail = (s: string, i: number): boolean =>
  s.charCodeAt(i - 1) === POINT && isChineseNumeralAt(s, i - 2);

const MINUS = code('-');
const PLUS = code('+');
const CLOSING = new Set([...')]}】」』”'].map(code));

/**
 * -1 or +1 when a sign stands right before the number at i, else 0. Not after a number, a letter
 * or a dash (3-5场 and 1——5 are ranges and punctuation, A-3 a code).
 */
function signBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c !== MINUS && c !== PLUS) return 0;
  let k = i - 2;
  while (k >= 0 && i - 2 - k < 2 && s.charCodeAt(k) === SPACE) k--;
  if (k >= 0) {
    const p = s.charCodeAt(k);
    if (p === MINUS || p === PLUS || CLOSING.has(p) || isLetterOrDot(p) || NUMBER_START[p] !== 0) return 0;
  }
  return c === MINUS ? -1 : 1;
}

/** Digits broken by spaces ("9 3 2 件") may be one number or several, so no reading is sure. */
const SPACED_DIGITS = 'digits broken by spaces: one number or several';
const MAX_SPACED_RUN = 24;

/** Start of the digits-and-spaces run that ends with the number at i, or -1 when no digit precedes. */
function spacedDigitsStart(s: string, i: number): number {
  let k = i;
  let start = -1;
  while (i - k < MAX_SPACED_RUN) {
    let p = k - 1;
    let spaces = 0;
    while (p >= 0 && spaces < 2 && s.charCodeAt(p) === SPACE) {
      p--;
      spaces++;
    }
    if (spaces === 0 || !isDigitAt(s, p)) break;
    while (isDigitAt(s, p - 1) && i - p < MAX_SPACED_RUN) p--;
    start = p;
    k = p;
  }
  return start;
}

/** The digits of start..end read as one number: what a reader would take the run for, if anything. */
function joinedDigits(s: string, start: number, end: number): number {
  let digits = '';
  for (let k = start; k < end; k++) if (isDigitAt(s, k) || s.charCodeAt(k) === DOT) digits += s[k];
  const m = s.charCodeAt(end - 1);
  const places = m === WAN ? 4 : m === YI ? 8 : m === QIAN ? 3 : m === BAI ? 2 : 0;
  return shiftDecimal(digits, places);
}

/** Part of a longer token (a letter-digit code like V6 or A1, or a decimal already passed). */
const isLetterOrDot = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === DOT;

/**
 * Scans the normalised text for numbers with measure words.
 * @param starts numberStarts(s), when already known (prepareText finds them with the other scans)
 */
export function scanMentions(s: string, starts: readonly number[] = numberStarts(s)): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let p = 0; // next candidate in starts
  while (i < s.length) {
    while (p < starts.length && starts[p]! < i) p++;
    if (p === starts.length) break;
    i = starts[p]!;
    const chineseStart = NUMBER_START[s.charCodeAt(i)] === 2;
    const core0 = readCore(s, i);
    if (!core0) {
      // 三四十, 七八次, 一两次, 十四五: a run that is not one number is an estimate or a name, and so
      // is every tail of it ("四十场" inside 三四十场).
      i++;
      if (chineseStart) i = wholeRunEnd(s, i);
      continue;
    }
    const next = Math.max(core0.end, i + 1);
    if (i > 0 && (isLetterOrDot(s.charCodeAt(i - 1)) || isDecimalTail(s, i))) {
      i = next;
      continue;
    }
    if (core0.chinese && isVague(s, i)) {
      i = next;
      continue;
    }
    const core = readFraction(s, core0);
    if (!Number.isFinite(core.value)) {
      i = next;
      continue;
    }
    // The measure word first: most numerals (一是, 进一步, 统一) have none, and then nothing else
    // needs to be read.
    let j = core.end;
    let infixQualifier: Qualifier | null = null;
    let unit: string | null = core.percent ? '%' : null;
    if (!unit) {
      j = skipSpaces(s, j);
      const infix = afterWord(s, j, INFIX_BY_FIRST);
      if (infix) {
        infixQualifier = infix.qualifier;
        j = infix.end;
      }
      j = skipSpaces(s, j);
      unit = matchUnit(s, j);
      if (!unit) {
        i = next;
        continue;
      }
      j += unit.length;
    }
    const sign = signBefore(s, i);
    const numStart = sign === 0 ? i : i - 1;
    const brokenStart = core0.chinese ? -1 : spacedDigitsStart(s, i);
    const pre = brokenStart < 0 ? prefixQualifier(s, numStart) : null;
    let qualifier: Qualifier = pre?.qualifier ?? infixQualifier ?? 'exact';
    const suffix = afterWord(s, j, SUFFIX_BY_FIRST);
    if (suffix) {
      if (qualifier === 'exact') qualifier = suffix.qualifier;
      j = suffix.end;
    }
    out.push({
      start: pre ? pre.start : brokenStart >= 0 ? brokenStart : numStart,
      end: j,
      numStart: brokenStart >= 0 ? brokenStart : numStart,
      numEnd: core.end,
      value: brokenStart >= 0 ? joinedDigits(s, brokenStart, core.end) : sign < 0 ? -core.value : core.value,
      unit,
      qualifier,
      chinese: core.chinese,
      // Written out rather than spread in: every mention keeps one object shape.
      doubt: brokenStart >= 0 ? SPACED_DIGITS : null,
    });
    i = Math.max(j, i + 1);
  }
  return out;
}
