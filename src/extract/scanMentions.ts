// Finds every number that carries a measure word. One left-to-right pass with bounded look-around,
// so the cost is linear in the text length even on hostile input (long digit runs, 余余余…).
import type { Qualifier } from '../domain/types.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chineseNumber.ts';
import type { Mention } from './mention.ts';
import { INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from './qualifiers.ts';
import { matchUnit } from './units.ts';

const MAX_DIGITS = 15;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isChineseNumeral = (c: string | undefined): boolean =>
  c !== undefined && CHINESE_NUMERAL_CHARS.includes(c);

function skipSpaces(s: string, i: number, limit = 2): number {
  let j = i;
  while (j < s.length && j - i < limit && s[j] === ' ') j++;
  return j;
}

interface NumberCore {
  end: number;
  value: number;
  chinese: boolean;
  /** Set when the core was a fraction or 百分之 form: the value is already a percentage. */
  percent: boolean;
}

/** Reads the number starting at i (Arabic, Chinese, mixed 1.1万, fraction 五分之一, 百分之九十). */
function readCore(s: string, i: number): NumberCore | null {
  if (isDigit(s[i])) {
    let j = i;
    while (isDigit(s[j])) j++;
    // Thousands separators: 1,613 — only well-formed groups of three.
    while (
      s[j] === ',' &&
      isDigit(s[j + 1]) &&
      isDigit(s[j + 2]) &&
      isDigit(s[j + 3]) &&
      !isDigit(s[j + 4])
    ) {
      j += 4;
    }
    if (s[j] === '.' && isDigit(s[j + 1])) {
      j++;
      while (isDigit(s[j])) j++;
    }
    const raw = s.slice(i, j).replaceAll(',', '');
    if (raw.replace('.', '').length > MAX_DIGITS)
      return { end: j, value: Number.NaN, chinese: false, percent: false };
    let value = Number(raw);
    // Mixed forms: 1.1万, 3千, 2.5亿, 1万2千 is rare enough to ignore.
    const m = s[j];
    if (m === '万' || m === '亿' || m === '千' || m === '百') {
      if (m === '千' && s[j + 1] === '万') {
        value *= 1e7;
        j += 2;
      } else {
        value *= m === '万' ? 1e4 : m === '亿' ? 1e8 : m === '千' ? 1e3 : 1e2;
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

function prefixQualifier(s: string, numStart: number): { start: number; qualifier: Qualifier } | null {
  const i = numStart - (s[numStart - 1] === ' ' ? 1 : 0);
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
    const c = s[i];
    if (!isDigit(c) && !isChineseNumeral(c)) {
      i++;
      continue;
    }
    // Part of a longer token already passed (e.g. a letter-digit code like V6 or A1): skip the run.
    const prev = s[i - 1];
    const core0 = readCore(s, i);
    if (!core0) {
      i++;
      continue;
    }
    const next = Math.max(core0.end, i + 1);
    if (prev !== undefined && /[A-Za-z.]/.test(prev)) {
      i = next;
      continue;
    }
    const core = readFraction(s, core0);
    if (!Number.isFinite(core.value)) {
      i = next;
      continue;
    }
    let j = core.end;
    let qualifier: Qualifier = 'exact';
    const pre = prefixQualifier(s, i);
    if (pre) qualifier = pre.qualifier;
    let unit: string | null = core.percent ? '%' : null;
    if (!unit) {
      j = skipSpaces(s, j);
      const infix = afterWord(s, j, INFIX_QUALIFIERS);
      if (infix) {
        if (!pre) qualifier = infix.qualifier;
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
    const suffix = afterWord(s, j, SUFFIX_QUALIFIERS);
    if (suffix) {
      if (!pre && qualifier === 'exact') qualifier = suffix.qualifier;
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
