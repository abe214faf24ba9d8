// Targets and plans are not results: values in the next-year section or after 力争/预计… are
// dropped unless the caller asks for targets.

import { sentenceHead } from '../sentenceHead.ts';
import { isTarget } from '../targets.ts';
import type { ExtractedObservation } from '../types.ts';
import type { RefineContext, Refiner } from './refiner.ts';

/** A value of the next-year plan or of a 力争/预计 sentence. */
export function isTargetObservation(o: ExtractedObservation, ctx: RefineContext): boolean {
  if (o.section === 'next_year_plan') return true;
  const k = ctx.mentionOf.get(o);
  return k !== undefined && isTarget(sentenceHead(ctx.normalised, ctx.contexts[k]!, ctx.mentions[k]!));
}

export const dropTargets: Refiner = {
  name: 'targets',
  refine(observations, ctx) {
    if (ctx.options.includeTargets) return observations;
    return observations.filter((o) => !isTargetObservation(o, ctx));
  },
};
