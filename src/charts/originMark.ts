// The mark a value not stated in a published report carries in every chart: one function, so the
// ranking bars, the map, the compare chart and the coverage cells mark the same values the same
// way (and the table's badges agree). Colour is never the only cue: a decal pattern and a word.
import type { Observation, Origin } from '../domain/types.ts';
import { type SourceKind, type ValueProvenance, valueSource } from '../domain/valueSource.ts';
import type { MessageKey } from '../format/messages.ts';
import type { OriginsDrawn } from '../format/qualifierLegend.ts';

export type MarkKind = 'stated' | 'imported' | 'manual' | 'derived' | 'synthetic';

export interface OriginMark {
  kind: MarkKind;
  /** The word beside the value (badge, label suffix); null for a stated value. */
  labelKey: MessageKey | null;
  /** ECharts decal for the bar or area; null draws it plain. */
  decal: { symbol: string; dashArrayX: number[]; dashArrayY: number[]; rotation: number } | null;
  /** Opacity of the fill, so a marked bar reads lighter even without patterns. */
  opacity: number;
}

const KIND: Record<SourceKind, MarkKind> = {
  report: 'stated',
  derived: 'derived',
  importedReport: 'imported',
  file: 'imported',
  manual: 'manual',
  synthetic: 'synthetic',
};

const MARKS: Record<MarkKind, OriginMark> = {
  stated: { kind: 'stated', labelKey: null, decal: null, opacity: 1 },
  derived: {
    kind: 'derived',
    labelKey: 'origin.derived',
    decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
    opacity: 0.75,
  },
  imported: {
    kind: 'imported',
    labelKey: 'origin.imported',
    decal: { symbol: 'circle', dashArrayX: [3, 3], dashArrayY: [3, 3], rotation: 0 },
    opacity: 0.7,
  },
  manual: {
    kind: 'manual',
    labelKey: 'origin.manual',
    decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4 },
    opacity: 0.7,
  },
  synthetic: { kind: 'synthetic', labelKey: null, decal: null, opacity: 1 },
};

export function originMark(
  o: Pick<Observation, 'id' | 'reportId' | 'origin' | 'derived'>,
  provenance: ValueProvenance,
): OriginMark {
  return MARKS[KIND[valueSource(o, provenance).kind]];
}

const LEGEND_ORIGIN: Record<MarkKind, Origin> = {
  stated: 'extracted',
  derived: 'derived',
  imported: 'imported',
  manual: 'manual',
  synthetic: 'synthetic',
};

/**
 * The legend entry (series) of a bar: as the origin column says, except that a value a dataset file
 * or a local import brought is "imported" whatever its column claims. Derived stays derived (hatched).
 */
export function markOrigin(
  o: Pick<Observation, 'id' | 'reportId' | 'origin' | 'derived'>,
  provenance: ValueProvenance,
): Origin {
  if (o.derived && o.origin === 'extracted' && !provenance.fileOf(o.id)) return 'derived';
  return LEGEND_ORIGIN[originMark(o, provenance).kind];
}

/** Which marks a set of drawn values needs in the legend. */
export function originsDrawn(
  observations: readonly Pick<Observation, 'id' | 'reportId' | 'origin' | 'derived'>[],
  provenance: ValueProvenance,
): OriginsDrawn {
  const drawn: OriginsDrawn = { imported: false, manual: false, derived: false };
  for (const o of observations) {
    const kind = originMark(o, provenance).kind;
    if (kind === 'imported') drawn.imported = true;
    else if (kind === 'manual') drawn.manual = true;
    if (o.derived || o.origin === 'derived') drawn.derived = true;
  }
  return drawn;
}
