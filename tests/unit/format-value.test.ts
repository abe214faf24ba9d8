import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/lang.ts';
import { QUALIFIERS, type Qualifier } from '../../src/domain/types.ts';
import { formatYoy } from '../../src/format/change.ts';
import { formatDate } from '../../src/format/date.ts';
import { formatChangePct, formatNumber, formatShare } from '../../src/format/number.ts';
import { formatUnit } from '../../src/format/units.ts';
import {
  formatQualifiedNumber,
  formatValue,
  NOT_REPORTED,
  QUALIFIER_SYMBOLS,
} from '../../src/format/value.ts';

describe('formatValue', () => {
  it.each<[number, string, Qualifier, Lang, string]>([
    [770, '次', 'more_than', 'zh', '>770 次'],
    [1000, '场', 'nearly', 'zh', '≈1,000 场'],
    [1000, '场', 'about', 'zh', '≈1,000 场'],
    [20, '学时', 'at_least', 'zh', '≥20 学时'],
    [95.6, '%', 'exact', 'zh', '95.6%'],
    [85.81, '%', 'exact', 'en', '85.81%'],
    [100, '%', 'exact', 'en', '100%'],
    [932, '件', 'exact', 'zh', '932 件'],
    [932, '件', 'exact', 'en', '932 cases'],
    [770, '次', 'more_than', 'en', '>770 times'],
    [32000, '人次', 'exact', 'en', '32,000 person-times'],
    [0.5, '%', 'less_than', 'zh', '<0.5%'],
    [30, '件', 'at_most', 'zh', '≤30 件'],
    [1234567.891, '件', 'exact', 'zh', '1,234,567.89 件'],
    [0, '件', 'exact', 'zh', '0 件'],
    [5, '宗卷', 'exact', 'en', '5 宗卷'],
  ])('%d %s %s (%s) → %s', (value, unit, qualifier, lang, expected) => {
    expect(formatValue({ value, unit, qualifier }, lang)).toBe(expected);
  });

  it('shows a derived rate with one decimal (our division, not a stated figure); stated rates as written', () => {
    expect(formatValue({ value: 85.81, unit: '%', qualifier: 'exact', derived: true }, 'zh')).toBe('85.8%');
    expect(formatValue({ value: 85.81, unit: '%', qualifier: 'exact', derived: false }, 'zh')).toBe('85.81%');
    expect(formatValue({ value: 1234.56, unit: '件', qualifier: 'exact', derived: true }, 'zh')).toBe(
      '1,234.56 件',
    );
  });

  it('says "not reported", never 0, when there is no value', () => {
    expect(formatValue(null, 'zh')).toBe('未报告');
    expect(formatValue(undefined, 'en')).toBe('not reported');
    expect(NOT_REPORTED).toEqual({ zh: '未报告', en: 'not reported' });
  });

  it('can leave the unit out', () => {
    expect(formatValue({ value: 770, unit: '次', qualifier: 'more_than' }, 'zh', { unit: false })).toBe(
      '>770',
    );
    expect(formatQualifiedNumber({ value: 1000, qualifier: 'nearly' }, 'en')).toBe('≈1,000');
  });

  it('has a symbol for every qualifier, empty only for exact', () => {
    for (const q of QUALIFIERS) expect(QUALIFIER_SYMBOLS[q] === '').toBe(q === 'exact');
  });
});

describe('numbers', () => {
  it.each<[number, Lang, string]>([
    [1234567.891, 'zh', '1,234,567.89'],
    [1234567.891, 'en', '1,234,567.89'],
    [0.125, 'en', '0.13'],
    [-3, 'en', '-3'],
  ])('formatNumber(%d, %s) → %s', (n, lang, expected) => {
    expect(formatNumber(n, lang)).toBe(expected);
  });

  it.each<[number, string]>([
    [-3, '-3%'],
    [12.5, '+12.5%'],
    [0, '0%'],
    // As stated: a report's 9.95% and 15.59% are not rounded to +10% and +15.6%.
    [9.95, '+9.95%'],
    [15.59, '+15.59%'],
  ])('formatChangePct(%d) → %s', (pct, expected) => {
    expect(formatChangePct(pct, 'zh')).toBe(expected);
  });

  it('formats shares and units', () => {
    expect(formatShare(0.75, 'en')).toBe('75%');
    expect(formatUnit('学时', 'en')).toBe('hours');
    expect(formatUnit('学时', 'zh')).toBe('学时');
  });
});

describe('formatDate', () => {
  it.each<[string, 'zh' | 'en', string]>([
    ['2025-01-09', 'zh', '2025年1月9日'],
    ['2025-01-09', 'en', 'Jan 9, 2025'],
    // A timestamp's calendar day in UTC, whatever the reader's time zone (tests pin Asia/Shanghai).
    ['2026-11-22T23:30:00Z', 'zh', '2026年11月22日'],
    // Not a date: shown as given, never as "Invalid Date" or a rolled-over day.
    ['2025-02-30', 'en', '2025-02-30'],
    ['2025年初', 'zh', '2025年初'],
  ])('formatDate(%s, %s) → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

describe('formatYoy', () => {
  const change = (yoyPct: number | null, yoyPoints: number | null) => ({ yoyPct, yoyPoints });
  it('says percent or percentage points, never one for the other', () => {
    expect(formatYoy(change(15.59, null), 'zh')).toBe('+15.59%');
    expect(formatYoy(change(null, -1.5), 'zh')).toBe('-1.5 个百分点');
    expect(formatYoy(change(null, 2), 'en')).toBe('+2 pts');
    expect(formatYoy(change(null, null), 'en')).toBeNull();
  });
});
