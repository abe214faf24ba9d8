// A stated year-on-year change as the reader sees it: percent ("+15.59%") or percentage points
// ("−1.5 个百分点" / "−1.5 pts"), never one passed off as the other.
import type { ComputedChange } from '../domain/computedChange.ts';
import type { Lang } from '../domain/lang.ts';
import type { RankMovement } from '../domain/rankMovement.ts';
import type { Observation } from '../domain/types.ts';
import { t } from './messages.ts';
import { formatChangePct, formatNumber } from './number.ts';
import { formatUnit } from './units.ts';

const POINTS: Record<Lang, string> = { zh: ' 个百分点', en: ' pts' };

/** The change stated with a value, or null when the report states none. */
export function formatYoy(o: Pick<Observation, 'yoyPct' | 'yoyPoints'>, lang: Lang): string | null {
  if (o.yoyPct !== null) return formatChangePct(o.yoyPct, lang);
  if (o.yoyPoints !== null)
    return `${formatNumber(o.yoyPoints, lang, { signDisplay: 'exceptZero' })}${POINTS[lang]}`;
  return null;
}

/**
 * A change we computed from two years' values, marked as ours: "较上年 +12%（推算）",
 * "+1.5 pts vs previous year (derived)"; an approximate input says so; a refusal says why.
 */
export function formatComputedChange(c: ComputedChange, lang: Lang): string {
  if (c.kind === 'refused') {
    return c.reason === 'unit'
      ? t(lang, 'time.change.refusedUnit', {
          previous: formatUnit(c.previous.unit, lang),
          current: formatUnit(c.current.unit, lang),
        })
      : t(lang, 'time.change.refusedZero');
  }
  const sign = { signDisplay: 'exceptZero' } as const;
  const change =
    c.kind === 'points'
      ? `${formatNumber(c.value, lang, { ...sign, maximumFractionDigits: 1 })}${POINTS[lang]}`
      : `${formatNumber(c.value, lang, { ...sign, maximumFractionDigits: 1 })}%`;
  const note = c.approximate ? t(lang, 'time.change.derivedApprox') : t(lang, 'time.change.derived');
  return t(lang, 'time.change', { change, note });
}

/** Places moved since the previous year: "↑ 12 位" / "up 12 places", a range when ranks are. */
export function formatRankMovement(m: RankMovement, lang: Lang): string {
  if (m.low === 0 && m.high === 0) return t(lang, 'time.move.same');
  if (m.low > 0) {
    return m.low === m.high
      ? t(lang, 'time.move.up', { n: m.low })
      : t(lang, 'time.move.upRange', { low: m.low, high: m.high });
  }
  if (m.high < 0) {
    return m.low === m.high
      ? t(lang, 'time.move.down', { n: -m.high })
      : t(lang, 'time.move.downRange', { low: -m.high, high: -m.low });
  }
  if (m.low === 0) return t(lang, 'time.move.upRange', { low: 0, high: m.high });
  if (m.high === 0) return t(lang, 'time.move.downRange', { low: 0, high: -m.low });
  return t(lang, 'time.move.mixed', { down: -m.low, up: m.high });
}
