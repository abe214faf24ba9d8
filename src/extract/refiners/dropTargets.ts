// Targets and plans are not results: values in the next-year section or after 力争/预计… are
// dropped unless the caller asks for targets.
import { sentenceHead } from '../sentenceHead.ts';
import { isTarget } from '../targets.ts';
import type { Refiner } from './refiner.ts';

export const dropTargets: Refiner = {
  name: 'targets',
  refine(observations, ctx) {
    if (ctx.options.includeTargets) return observations;
    return observations.filter((o) => {
      if (o.section === 'next_year_plan') return false;
      const k = ctx.mentionOf.get(o);
      return k === undefined || !isTarget(sentenceHead(ctx.normalised, ctx.contexts[k]!, ctx.mentions[k]!));
    });
  },
};
