// The refiners `extractReport` runs, in order. Order matters: a change attaches to the nearest value
// that is kept (so targets and other years' values go first), and a rate is derived only from the
// counts that survive deduplication. Implausible values go first: nothing may attach to them. The
// choice among several values of one indicator comes last, when every value it may choose from is known.
import { attachChanges } from './attachChanges.ts';
import { chooseAmongValues } from './chooseAmongValues.ts';
import { dedupe } from './dedupe.ts';
import { deriveRate } from './deriveSuccessRate.ts';
import { dropOtherYears } from './dropOtherYears.ts';
import { dropTargets } from './dropTargets.ts';
import type { Refiner } from './refiner.ts';
import { rejectImplausible } from './rejectImplausible.ts';

export const REFINERS: readonly Refiner[] = [
  rejectImplausible,
  dropTargets,
  dropOtherYears,
  attachChanges,
  dedupe,
  deriveRate,
  chooseAmongValues,
];
