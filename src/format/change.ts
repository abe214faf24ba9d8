// A stated year-on-year change as the reader sees it: percent ("+15.59%") or percentage points
// ("−1.5 个百分点" / "−1.5 pts"), never one passed off as the other.
import type { Lang } from '../domain/lang.ts';
import type { Observation } from '../domain/types.ts';
import { formatChangePct, formatNumber } from './number.ts';

const POINTS: Record<Lang, string> = { zh: ' 个百分点', en: ' pts' };

/** The change stated with a value, or null when the report states none. */
export function formatYoy(o: Pick<Observation, 'yoyPct' | 'yoyPoints'>, lang: Lang): string | null {
  if (o.yoyPct !== null) return formatChangePct(o.yoyPct, lang);
  if (o.yoyPoints !== null)
    return `${formatNumber(o.yoyPoints, lang, { signDisplay: 'exceptZero' })}${POINTS[lang]}`;
  return null;
}
