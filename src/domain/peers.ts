// An agency's position among its peers (same agency type, same year) on each indicator.
// Shared by the coverage matrix and the agency profile so both show the same number.

import { rankRanges, valueInterval } from './interval.ts';
import type { PrimaryObservation } from './primary.ts';
import { findIndicator, type RankPosition, rankOrder } from './ranking.ts';
import type { Agency, Dataset } from './types.ts';

export interface PeerPosition {
  rank: RankPosition;
  /** Peers (including this agency) that report the indicator. */
  of: number;
  /**
   * 1 = best among peers, 0 = worst, from the middle of the rank range; null when the indicator
   * has no better direction (neutral) or fewer than MIN_PEERS peers report it (tooFewPeers).
   */
  percentile: number | null;
}

/**
 * Peers (this agency included) that must report an indicator before anyone among them is called
 * best or worst: of two, one is always "worst 0–20 %", which says nothing about either.
 */
export const MIN_PEERS = 3;

/** Too few reporting peers to place this agency: say so instead of a rank or a colour. */
export function tooFewPeers(position: Pick<PeerPosition, 'of'>): boolean {
  return position.of < MIN_PEERS;
}

export function peerKey(agencyId: string, indicatorId: string): string {
  return `${agencyId}\u0000${indicatorId}`;
}

/** Percentile (1 best … 0 worst) of a rank range among n; null when n < MIN_PEERS. */
export function rankPercentile(rank: RankPosition, n: number): number | null {
  if (n < MIN_PEERS) return null;
  const mid = (rank.from + rank.to) / 2;
  return 1 - (mid - 1) / (n - 1);
}

/**
 * Positions keyed by peerKey(agencyId, indicatorId), for the agencies given (already filtered to
 * one year) using their primary observations of that year.
 */
export function peerPositions(
  dataset: Pick<Dataset, 'indicators'>,
  agencies: readonly Agency[],
  primaries: ReadonlyMap<string, PrimaryObservation>,
): Map<string, PeerPosition> {
  const typeOf = new Map(agencies.map((a) => [a.id, a.type]));
  // (indicator, type) → primary observations of the peers
  const groups = new Map<string, PrimaryObservation[]>();
  for (const group of primaries.values()) {
    const type = typeOf.get(group.primary.agencyId);
    if (type === undefined) continue;
    const key = `${group.primary.indicator}\u0000${type}`;
    const list = groups.get(key);
    if (list) list.push(group);
    else groups.set(key, [group]);
  }
  const result = new Map<string, PeerPosition>();
  for (const list of groups.values()) {
    const first = list[0]!.primary;
    const indicator = findIndicator(dataset, first.indicator);
    const order = rankOrder(indicator);
    const ranks = rankRanges(
      list.map((g) => valueInterval(g.primary.value, g.primary.qualifier, indicator.unit)),
      order === 'desc',
    );
    list.forEach((g, i) => {
      const rank = ranks[i]!;
      result.set(peerKey(g.primary.agencyId, g.primary.indicator), {
        rank,
        of: list.length,
        percentile: indicator.better === 'neutral' ? null : rankPercentile(rank, list.length),
      });
    });
  }
  return result;
}
