// A value that cannot be right, or a number with no sure reading (digits broken by spaces), is not
// emitted: it goes to the reviewer as a candidate instead (see candidates.ts). First in REFINERS, so
// that no change attaches to it and no rate is derived from it.
import { implausibility } from '../plausibility.ts';
import type { Refiner } from './refiner.ts';

export const REJECT_IMPLAUSIBLE = 'plausibility';

export const rejectImplausible: Refiner = {
  name: REJECT_IMPLAUSIBLE,
  refine(observations, ctx) {
    return observations.filter((o) => {
      const k = ctx.mentionOf.get(o);
      if (k !== undefined && ctx.mentions[k]!.doubt) return false;
      return implausibility(o.value, o.unit) === null;
    });
  },
};
