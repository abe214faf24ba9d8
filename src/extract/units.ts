// Measure words that make a number a countable value. A number without one (years, dates,
// hotline numbers, slogans such as 三会一课 or 十四五) is never a value.
import { groupByCode } from './groupByCode.ts';

/** Longest first, so 人次 wins over 人 and 个百分点 over 个. */
export const UNITS: readonly string[] = [
  '个百分点',
  '人次',
  '件次',
  '场次',
  '家次',
  '学时',
  '课时',
  '小时',
  '元',
  '%',
  '件',
  '次',
  '人',
  '名',
  '场',
  '份',
  '篇',
  '卷',
  '家',
  '个',
  '项',
  '条',
  '期',
  '本',
  '张',
  '册',
  '部',
  '批',
  '户',
  '起',
  '宗',
  '例',
  '堂',
  '班',
  '位',
  '通',
];

// Called after every number in the text: only the units that start with the character there are
// tried (still longest first).
const UNITS_BY_FIRST = groupByCode(UNITS, (u) => u.charCodeAt(0));

export function matchUnit(s: string, at: number): string | null {
  const candidates = UNITS_BY_FIRST.get(s.charCodeAt(at));
  if (!candidates) return null;
  for (const u of candidates) {
    if (s.startsWith(u, at)) return u;
  }
  return null;
}
