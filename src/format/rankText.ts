import type { Lang } from '../domain/lang.ts';
import { type PeerPosition, tooFewPeers } from '../domain/peers.ts';
import type { RankPosition } from '../domain/ranking.ts';
import { t } from './messages.ts';

/** "3" or "2–3": a range when approximate values make the position uncertain. */
export function rankText(rank: RankPosition): string {
  return rank.from === rank.to ? String(rank.from) : `${rank.from}–${rank.to}`;
}

/**
 * An agency's place among its peers in words: "第 1–2 / 5", or "同类机构太少（2 家报告）" when fewer
 * than MIN_PEERS report the indicator, so that nobody is called first (or last) of two.
 */
export function peerRankText(position: Pick<PeerPosition, 'rank' | 'of'>, lang: Lang): string {
  if (tooFewPeers(position)) return t(lang, 'peer.tooFew', { of: position.of });
  return t(lang, 'ui.peerRank', { rank: rankText(position.rank), of: position.of });
}
