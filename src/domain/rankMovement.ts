// How far an agency moved in a ranking since the previous year. Positions of approximate or tied
// values are ranges ("2–3"), so the movement is a range too: from the least to the most it can be.
import type { RankPosition } from './ranking.ts';

export interface RankMovement {
  /** Places moved up (positive = better), least and most; equal when both positions are certain. */
  low: number;
  high: number;
}

/** null when either year has no position (not reported, no report): no movement is invented. */
export function rankMovement(
  previous: RankPosition | null | undefined,
  current: RankPosition | null | undefined,
): RankMovement | null {
  if (!previous || !current) return null;
  return { low: previous.from - current.to, high: previous.to - current.from };
}
