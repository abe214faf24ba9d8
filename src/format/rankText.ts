import type { RankPosition } from '../domain/ranking.ts';

/** "3" or "2–3": a range when approximate values make the position uncertain. */
export function rankText(rank: RankPosition): string {
  return rank.from === rank.to ? String(rank.from) : `${rank.from}–${rank.to}`;
}
