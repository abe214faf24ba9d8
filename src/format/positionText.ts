// A position among peers as the user reads it: "第 812 / 2,886 · 前 28%" / "812th of 2,886 ·
// top 28%". An uncertain position (ties, approximate values) stays a range, and its share counts
// from the worst end of it, so "top" never claims more than the values allow.
import type { Lang } from '../domain/lang.ts';
import type { RankPosition } from '../domain/ranking.ts';
import { t } from './messages.ts';

const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

function ordinal(n: number, lang: Lang): string {
  const text = n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return lang === 'zh' ? text : `${text}${SUFFIX[ORDINAL.select(n)] ?? 'th'}`;
}

/** Share of the peers at or above the position, in whole percent (at least 1). */
export function topPercent(rank: RankPosition, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.max(1, Math.round((100 * rank.to) / total)));
}

/** Fewer peers than this and a share ("top 50%" of two) says nothing: the position alone is shown. */
export const MIN_PEERS_FOR_SHARE = 3;

export function positionText(rank: RankPosition, total: number, lang: Lang): string {
  const r =
    rank.from === rank.to
      ? ordinal(rank.from, lang)
      : `${ordinal(rank.from, lang)}–${ordinal(rank.to, lang)}`;
  const count = total.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  if (total < MIN_PEERS_FOR_SHARE) return t(lang, 'find.positionShort', { rank: r, total: count });
  return t(lang, 'find.position', { rank: r, total: count, pct: topPercent(rank, total) });
}
