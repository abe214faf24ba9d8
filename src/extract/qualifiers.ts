// Words around a number that say how it relates to the true value (770余次, 近千场, 20小时以上).
import type { Qualifier } from '../domain/types.ts';

/** Words written before the number, longest first. */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不少于', 'at_least'],
  ['不低于', 'at_least'],
  ['不超过', 'at_most'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['大约', 'about'],
  ['超过', 'more_than'],
  ['多达', 'more_than'],
  ['突破', 'more_than'],
  ['至少', 'at_least'],
  ['不到', 'less_than'],
  ['不足', 'less_than'],
  ['近', 'nearly'],
  ['约', 'about'],
  ['逾', 'more_than'],
  ['超', 'more_than'],
];

/** Written right after the number (before the unit). */
export const INFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['余', 'more_than'],
  ['多', 'more_than'],
];

/** Written after the unit. */
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'at_least'],
  ['以下', 'at_most'],
  ['以内', 'at_most'],
  ['左右', 'about'],
  ['之多', 'more_than'],
];
