// How a coverage cell looks: background from the colour-blind-safe peer scale, a symbol so the
// status never rests on colour alone, and a text colour that keeps contrast on that background.

import type { CoverageCell } from '../domain/coverage.ts';
import { tooFewPeers } from '../domain/peers.ts';
import { NO_PROVENANCE, type ValueProvenance } from '../domain/valueSource.ts';
import type { MessageKey } from '../format/messages.ts';
import { originMark } from './originMark.ts';
import { PEER_SCALE, THEME_COLORS } from './palette.ts';

export interface CellLook {
  background: string;
  color: string;
  symbol: string;
  /** 0 worst … 4 best; null when not reported or not comparable. */
  bin: number | null;
  /** The word for a value not stated in a published report (imported, manual); null otherwise. */
  markKey: MessageKey | null;
}

// Imported and hand-corrected values carry their own symbol (derived keeps ※), and a word (markKey).
const MARK_SYMBOL: Partial<Record<string, string>> = { imported: '□', manual: '✎' };

export function peerBin(percentile: number): number {
  return Math.min(4, Math.floor(percentile * 5));
}

/** Symbol of a cell whose report awaits review: not known yet, so not the "–" of not reported. */
export const UNREVIEWED_SYMBOL = '?';

export function cellLook(cell: CoverageCell, provenance: ValueProvenance = NO_PROVENANCE): CellLook {
  if (cell.status === 'not_reported' && cell.absence === 'unreviewed')
    return { background: '#ffffff', color: '#4a5360', symbol: UNREVIEWED_SYMBOL, bin: null, markKey: null };
  if (cell.status === 'not_reported')
    return { background: '#ffffff', color: '#4a5360', symbol: '–', bin: null, markKey: null };
  const mark = cell.observation ? originMark(cell.observation, provenance) : null;
  const markKey = mark && (mark.kind === 'imported' || mark.kind === 'manual') ? mark.labelKey : null;
  const derivedMark = cell.status === 'derived' ? '※' : ((mark && MARK_SYMBOL[mark.kind]) ?? '');
  if (cell.percentile === null) {
    // Not placed: the indicator has no better direction (○), or fewer than three peers report it
    // (◇), when calling one of two "worst" would say nothing.
    const fewPeers = cell.position !== null && tooFewPeers(cell.position);
    return {
      background: THEME_COLORS.light.notComparable,
      color: '#1b1f24',
      symbol: derivedMark || (fewPeers ? '◇' : '○'),
      bin: null,
      markKey,
    };
  }
  const bin = peerBin(cell.percentile);
  const symbol = derivedMark || (bin === 0 ? '▼' : bin === 4 ? '▲' : '●');
  // The darkest purple needs white text; every other step reads best in near-black.
  return { background: PEER_SCALE[bin]!, color: bin === 4 ? '#ffffff' : '#1b1f24', symbol, bin, markKey };
}
