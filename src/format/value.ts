// A value as people should read it: qualifier kept (">770 次", "≈1,000 场", "≥20 学时"),
// percentages without a space ("95.6%"), and "not reported" — never 0 — when there is none.
//
// Qualifier symbols: more_than ">", at_least "≥", nearly "≈", about "≈", less_than "<",
// at_most "≤". 近 (nearly) and 约 (about) share "≈" as the contract shows ("≈1000" for 近千);
// the words (qualifierLabel) keep them apart in tooltips and tables.
import type { Lang } from '../domain/lang.ts';
import type { Qualifier } from '../domain/types.ts';
import { formatNumber } from './number.ts';
import { formatUnit } from './units.ts';

export const QUALIFIER_SYMBOLS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  more_than: '>',
  at_least: '≥',
  nearly: '≈',
  about: '≈',
  less_than: '<',
  at_most: '≤',
};

export const NOT_REPORTED: Readonly<Record<Lang, string>> = { zh: '未报告', en: 'not reported' };

export interface ValueLike {
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** A derived rate is our own division (26264 ÷ 30607): shown with one decimal, like reports print rates. */
  derived?: boolean;
}

export interface FormatValueOptions {
  /** Show the unit (default true). */
  unit?: boolean;
  maximumFractionDigits?: number;
}

/** The number with its qualifier symbol, no unit: ">770", "≈1,000", "95.6". */
export function formatQualifiedNumber(
  v: Pick<ValueLike, 'value' | 'qualifier'>,
  lang: Lang,
  opts: Pick<FormatValueOptions, 'maximumFractionDigits'> = {},
): string {
  return `${QUALIFIER_SYMBOLS[v.qualifier]}${formatNumber(v.value, lang, opts)}`;
}

export function formatValue(
  v: ValueLike | null | undefined,
  lang: Lang,
  opts: FormatValueOptions = {},
): string {
  if (!v) return NOT_REPORTED[lang];
  const digits = v.derived && v.unit === '%' ? { maximumFractionDigits: 1, ...opts } : opts;
  const number = formatQualifiedNumber(v, lang, digits);
  if (opts.unit === false || v.unit === '') return number;
  if (v.unit === '%') return `${number}%`;
  return `${number} ${formatUnit(v.unit, lang)}`;
}

/** True when the qualifier makes the value approximate (anything but exact). */
export function isApproximate(q: Qualifier): boolean {
  return q !== 'exact';
}
