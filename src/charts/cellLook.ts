// How a coverage cell looks: background from the colour-blind-safe peer scale, a symbol so the
// status never rests on colour alone, and a text colour that keeps contrast on that background.

import type { CoverageCell } from '../domain/coverage.ts';
import { tooFewPeers } from '../domain/peers.ts';
import { PEER_SCALE, THEME_COLORS } from './palette.ts';

export interface CellLook {
  background: string;
  color: string;
  symbol: string;
  /** 0 worst … 4 best; null when not reported or not comparable. */
  bin: number | null;
}

export function peerBin(percentile: number): number {
  return Math.min(4, Math.floor(percentile * 5));
}

export function cellLook(cell: CoverageCell): CellLook {
  if (cell.status === 'not_reported')
    return { background: '#ffffff', color: '#4a5360', symbol: '–', bin: null };
  const derivedMark = cell.status === 'derived' ? '※' : '';
  if (cell.percentile === null) {
    // Not placed: the indicator has no better direction (○), or fewer than three peers report it
    // (◇), when calling one of two "worst" would say nothing.
    const fewPeers = cell.position !== null && tooFewPeers(cell.position);
    return {
      background: THEME_COLORS.light.notComparable,
      color: '#1b1f24',
      symbol: derivedMark || (fewPeers ? '◇' : '○'),
      bin: null,
    };
  }
  const bin = peerBin(cell.percentile);
  const symbol = derivedMark || (bin === 0 ? '▼' : bin === 4 ? '▲' : '●');
  // The darkest purple needs white text; every other step reads best in near-black.
  return { background: PEER_SCALE[bin]!, color: bin === 4 ? '#ffffff' : '#1b1f24', symbol, bin };
}
