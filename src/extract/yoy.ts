// A year-on-year change stated next to a value (同比增长15.59%) belongs to that value; it is never a
// value of its own.
import type { Mention } from './mention.ts';

const CHANGE =
  /(同比|环比|较上年|较去年|比上年|比去年|较上一年|较20\d\d年|与上年相比|与去年相比)?(同期)?\s*(负增长|增长|增加|上升|提高|提升|下降|减少|降低|下滑|回落|增幅|降幅|增|减|降)(了|为|达|约|近)?\s*$/;
// 负增长 is a fall: read as 增长 alone it would flip the sign.
const FALL = /负增长|下降|减少|降低|下滑|回落|降幅|减|降/;

export interface YoyChange {
  /** Percent change (negative for a fall), or null for a percentage-point change. */
  pct: number | null;
  points: number | null;
  /** Why the change has no sure reading (then neither pct nor points is given). */
  doubt: string | null;
}

/** 下降-5%: a fall of 5 % with a stray sign, or a rise? Either reading may be wrong, so neither is kept. */
const DOUBLE_FALL = 'a fall written with a minus sign: a fall or a rise';

/** If the mention is a stated change, returns it; else null. */
export function readChange(m: Mention, before: string): YoyChange | null {
  if (m.unit !== '%' && m.unit !== '个百分点') return null;
  const match = CHANGE.exec(before.slice(-16));
  if (!match) return null;
  const sign = FALL.test(match[3] ?? '') ? -1 : 1;
  if (sign < 0 && m.value < 0) return { pct: null, points: null, doubt: DOUBLE_FALL };
  return m.unit === '%'
    ? { pct: sign * m.value, points: null, doubt: null }
    : { pct: null, points: sign * m.value, doubt: null };
}
