// One indicator, several values in one report (6场 of courses, 8个 sessions, 3期 of classes): the
// value chosen by the rule the views use too (compareChoice, src/domain/primary.ts) carries the
// others as `alternatives` (../shared/spec/extract-cli.md). Every value stays an observation of its
// own as well, with its evidence, so a reviewer can still accept the one the rule did not choose.
//
// Only stated values without a scope are alternatives of each other: a sub-count after 其中 or a
// figure of one mechanism is not another reading of the total (the alternative's fields have no
// scope to say so), a derived value is computed, not given, and a target is not a result.
import { compareChoice } from '../../domain/primary.ts';
import type { Alternative } from '../../domain/schema.ts';
import type { ExtractedObservation } from '../types.ts';
import { isTargetObservation } from './dropTargets.ts';
import type { Refiner } from './refiner.ts';

/**
 * At most this many alternatives, the first in text order: a generated report with 40,000 values
 * of one indicator must not make one record of megabytes (the command streams in 64 k chunks).
 * Every value beyond stays an observation of its own, so none is lost.
 */
export const MAX_ALTERNATIVES = 16;

const asAlternative = (o: ExtractedObservation): Alternative => ({
  value: o.value,
  unit: o.unit,
  qualifier: o.qualifier,
  text: o.text,
  start: o.start,
  end: o.end,
});

export const chooseAmongValues: Refiner = {
  name: 'alternatives',
  refine(observations, ctx) {
    const groups = new Map<string, ExtractedObservation[]>();
    for (const o of observations) {
      if (o.derived || (o.scope !== null && o.scope !== '')) continue;
      const key =
        ctx.options.includeTargets && isTargetObservation(o, ctx) ? `target ${o.indicator}` : o.indicator;
      const group = groups.get(key);
      if (group) group.push(o);
      else groups.set(key, [o]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const chosen = group.reduce((best, o) => (compareChoice(o, best) < 0 ? o : best));
      // Set on the observation itself rather than a copy: mentionOf is keyed by these objects.
      const others: Alternative[] = [];
      for (const o of group) {
        if (others.length === MAX_ALTERNATIVES) break;
        if (o !== chosen) others.push(asAlternative(o));
      }
      chosen.alternatives = others;
    }
    return observations;
  },
};
