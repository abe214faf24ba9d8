// Values no report can mean: a rate above 100 %, a negative count, a fraction of a person, more
// cases than there are people in the country. A wrong number is worse than none, so such a value is
// never emitted; the reviewer sees it as a rejected candidate with the reason given here.

/** Measure words of things counted whole (a person, a case, a session). */
const WHOLE_UNITS = new Set([
  ...['人', '名', '位', '户', '人次', '件次', '场次', '家次'],
  ...['件', '次', '场', '份', '篇', '卷', '家', '个', '项', '条', '期', '本', '张', '册', '部', '批'],
  ...['起', '宗', '例', '堂', '班', '通'],
]);
/** Visits and attendances count one person many times. */
const REPEATED = new Set(['人次', '件次', '场次', '家次']);

// Bounds far above any district's or department's year, far below a misread digit run: 10^9 of
// anything counted whole is more than one per resident of the country.
const COUNT_MAX = 1e9;
const REPEATED_MAX = 1e10;
const HOURS_MAX = 1e8;
const YUAN_MAX = 1e13;

const HOURS = new Set(['小时', '学时', '课时']);

/** Why a value with this measure word cannot be right, or null when it may be. */
export function implausibility(value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return 'not a finite number';
  if (unit === '%') {
    if (value < 0) return 'a rate below 0 %';
    if (value > 100) return 'a rate above 100 %';
    return null;
  }
  if (unit === '个百分点')
    return Math.abs(value) > 100 ? 'a change of more than 100 percentage points' : null;
  if (value < 0) return `a negative count (${unit})`;
  if (WHOLE_UNITS.has(unit)) {
    if (!Number.isInteger(value)) return `a fraction of a whole ${unit}`;
    const max = REPEATED.has(unit) ? REPEATED_MAX : COUNT_MAX;
    if (value > max) return `more than 10^${Math.log10(max)} ${unit}`;
    return null;
  }
  if (HOURS.has(unit) && value > HOURS_MAX) return `more than 10^${Math.log10(HOURS_MAX)} ${unit}`;
  if (unit === '元' && value > YUAN_MAX) return `more than 10^${Math.log10(YUAN_MAX)} 元`;
  return null;
}
