import type { Qualifier } from '../domain/types.ts';

/** A number with its measure word, found in the text. Offsets index the original text. */
export interface Mention {
  /** Start of the words as written (including a qualifier prefix such as 近 or 超过). */
  start: number;
  /** End of the words as written (after the unit and any suffix such as 以上). */
  end: number;
  /** Start/end of the number itself (with its sign, when one is written: -5件). */
  numStart: number;
  numEnd: number;
  /** As written, sign included: a negative count is kept here and rejected later (plausibility.ts). */
  value: number;
  /** '%' for percentages, '个百分点' for percentage points, else the measure word. */
  unit: string;
  qualifier: Qualifier;
  /** True when the number was written with Chinese numerals (两千, 十余). */
  chinese: boolean;
  /** Why the number as written has no sure reading (then it is never a value, only a candidate). */
  doubt: string | null;
}
