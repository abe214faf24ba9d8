// The steps after classification, as data (chrono's refiners): each takes the observations in text
// order and returns the ones it keeps, changed or added. `extractReport` runs REFINERS in order.
import type { MentionContext } from '../context.ts';
import type { Mention } from '../mention.ts';
import type { ReportMeta } from '../reportMeta.ts';
import type { ExtractedObservation, ExtractOptions } from '../types.ts';
import type { YoyChange } from '../yoy.ts';

export interface RefineContext {
  original: string;
  /** The normalised copy of `original` (same length) that rules match against. */
  normalised: string;
  mentions: readonly Mention[];
  contexts: readonly MentionContext[];
  /** Mention index → the change stated by that mention (同比增长15%). */
  changes: ReadonlyMap<number, YoyChange>;
  /** The mention each classified observation was read from (derived ones have none). */
  mentionOf: ReadonlyMap<ExtractedObservation, number>;
  meta: ReportMeta;
  options: ExtractOptions;
}

export interface Refiner {
  name: string;
  refine(observations: ExtractedObservation[], ctx: RefineContext): ExtractedObservation[];
}
