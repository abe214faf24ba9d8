// Finds every number that carries a measure word. One left-to-right pass with bounded look-around,
// so the cost is linear in the text length even on hostile input (long digit runs, 余余余…).
import type { Qualifier } from '../domain/types.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chineseNumber.ts';
import type { Mention } from './mention.ts';
import { INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from './qualifiers.ts';
import { matchUnit } from './units.ts';

const MAX_DIGITS = 15;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const NUMERAL_SET: ReadonlySet<string> = new Set(CHINESE_NUMERAL_CHARS);
const isChineseNumeral = (c: string | undefined): boolean => c !== undefined && NUMERAL_SET.has(c);
/** Where a number may start: the scan jumps between these natively instead of testing every character. */
const NUMBER_START = new RegExp(`[0-9${CHINESE_NUMERAL_CHARS}]`, 'g');

function skipSpaces(s: string, i: number, limit = 2): number {
  let j = i;
  while (j < s.length && j - i < limit && s[j] === ' ') j++;
  return j;
}

/** Exactly three digits at `at`, not followed by another digit. */
function isGroupOfThree(s: string, at: number): boolean {
  return isDigit(s[at]) && isDigit(s[at + 1]) && isDigit(s[at + 2]) && !isDigit(s[at + 3]);
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
  const prev = s[i - 1];
  if (prev === '几') return true;
  return prev === '数' && !NOUN_BEFORE_SHU.includes(s[i - 2] ?? '');
}
const NOUN_BEFORE_SHU = '人件次场户总个份篇条家名册本卷项期';

/** "1.13" × 10^4 by moving the decimal point, so 1.13万 is 11300 and not 11299.999999999998. */
function shiftDecimal(raw: string, places: number): number {
  const dot = raw.indexOf('.');
  const int = dot < 0 ? raw : raw.slice(0, dot);
  const frac = dot < 0 ? '' : raw.slice(dot + 1);
  return Number(`${int}${frac.slice(0, places).padEnd(places, '0')}.${frac.slice(places) || '0'}`);
}

/** Reads the number starting at i (Arabic, Chinese, mixed 1.1万, fraction 五分之一, 百分之九十). */
function readCore(s: string, i: number): NumberCore | null {
  if (isDigit(s[i])) {
    let j = i;
    while (isDigit(s[j])) j++;
    // Thousands groups: 1,613, 1，613 (typed in full-width mode) and 1 856 (where PDF conversion left
    // a space for the separator). Only after a leading run of 1–3 digits and in groups of exactly
    // three, so "2024 年 12 月", "3 个", "2 3 4 件" and "12，调解…" stay apart.
    if (j - i <= 3) {
      const sep = s[j];
      if (sep === ',' || sep === '，' || sep === ' ') {
        while (s[j] === sep && isGroupOfThree(s, j + 1)) j += 4;
      }
    }
    if (s[j] === '.' && isDigit(s[j + 1])) {
      j++;
      while (isDigit(s[j])) j++;
    }
    const raw = s.slice(i, j).replace(/[,， ]/g, '');
    if (raw.replace('.', '').length > MAX_DIGITS)
      return { end: j, value: Number.NaN, chinese: false, percent: false };
    let value = Number(raw);
    // Mixed forms: 1.1万, 3千, 2.5亿, 1万2千 is rare enough to ignore. "12.6 万" keeps its 万 across
    // a stray space, or the 万 would be read alone as ten thousand.
    if (s[j] === ' ' && (s[j + 1] === '万' || s[j + 1] === '亿')) j++;
    const m = s[j];
    if (m === '万' || m === '亿' || m === '千' || m === '百') {
      if (m === '千' && s[j + 1] === '万') {
        value = shiftDecimal(raw, 7);
        j += 2;
      } else {
        value = shiftDecimal(raw, m === '万' ? 4 : m === '亿' ? 8 : m === '千' ? 3 : 2);
        j++;
      }
    }
    return { end: j, value, chinese: false, percent: false };
  }
  if (isChineseNumeral(s[i])) {
    // 百分之九十五 → 95 (%)
    if (s.startsWith('百分之', i)) {
      const inner = readCore(s, i + 3);
      if (inner && !inner.percent && Number.isFinite(inner.value)) {
        return { end: inner.end, value: inner.value, chinese: true, percent: true };
      }
      return null;
    }
    let j = i;
    while (isChineseNumeral(s[j]) && j - i < 12) j++;
    const value = parseChineseNumber(s.slice(i, j));
    if (value === null) return null;
    return { end: j, value, chinese: true, percent: false };
  }
  return null;
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
const LINKING_VERBS = '为占达';

function prefixQualifier(s: string, numStart: number): { start: number; qualifier: Qualifier } | null {
  const i = numStart - (s[numStart - 1] === ' ' ? 1 : 0);
  // 上千场, 上万人: "upwards of"; 成千上万 is a figure of speech.
  if (s[i - 1] === '上' && '百千万'.includes(s[numStart]!) && !isChineseNumeral(s[i - 2]))
    return { start: i - 1, qualifier: 'more_than' };
  const found = qualifierEndingAt(s, i);
  if (found || i < 1 || !LINKING_VERBS.includes(s[i - 1]!)) return found;
  return qualifierEndingAt(s, i - 1);
}

function qualifierEndingAt(s: string, i: number): { start: number; qualifier: Qualifier } | null {
  for (const [word, q] of PREFIX_QUALIFIERS) {
    if (i >= word.length && s.startsWith(word, i - word.length))
      return { start: i - word.length, qualifier: q };
  }
  return null;
}

function afterWord(s: string, at: number, words: ReadonlyArray<readonly [string, Qualifier]>) {
  for (const [word, q] of words) if (s.startsWith(word, at)) return { end: at + word.length, qualifier: q };
  return null;
}

/** Scans the normalised text for numbers with measure words. */
export function scanMentions(s: string): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < s.length) {
    NUMBER_START.lastIndex = i;
    const hit = NUMBER_START.exec(s);
    if (!hit) break;
    i = hit.index;
    const c = s[i]!;
    // Part of a longer token already passed (e.g. a letter-digit code like V6 or A1): skip the run.
    const prev = s[i - 1];
    const core0 = readCore(s, i);
    if (!core0) {
      // 三四十, 七八次, 一两次, 十四五: a run that is not one number is an estimate or a name, and so
      // is every tail of it ("四十场" inside 三四十场).
      i++;
      if (isChineseNumeral(c)) while (isChineseNumeral(s[i])) i++;
      continue;
    }
    const next = Math.max(core0.end, i + 1);
    if (prev !== undefined && /[A-Za-z.]/.test(prev)) {
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
      const infix = afterWord(s, j, INFIX_QUALIFIERS);
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
    const pre = prefixQualifier(s, i);
    let qualifier: Qualifier = pre?.qualifier ?? infixQualifier ?? 'exact';
    const suffix = afterWord(s, j, SUFFIX_QUALIFIERS);
    if (suffix) {
      if (qualifier === 'exact') qualifier = suffix.qualifier;
      j = suffix.end;
    }
    out.push({
      start: pre ? pre.start : i,
      end: j,
      numStart: i,
      numEnd: core.end,
      value: core.value,
      unit,
      qualifier,
      chinese: core.chinese,
    });
    i = Math.max(j, i + 1);
  }
  return out;
}
