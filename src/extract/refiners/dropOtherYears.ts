// Totals since an earlier year and last year's figures are not the report year's value.
import { isOutsideReportYear } from '../period.ts';
import { sentenceHead } from '../sentenceHead.ts';
import type { Refiner } from './refiner.ts';

export const dropOtherYears: Refiner = {
  name: 'report-year',
  refine(observations, ctx) {
    return observations.filter((o) => {
      const k = ctx.mentionOf.get(o);
      if (k === undefined) return true;
      const c = ctx.contexts[k]!;
      return !isOutsideReportYear(sentenceHead(ctx.normalised, c, ctx.mentions[k]!), c.before, ctx.meta.year);
    });
  },
};
