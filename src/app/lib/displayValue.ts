// A value for display. A derived rate is our own division (26264 ÷ 30607), not a figure the report
// states, so it gets one decimal like the rates reports print (85.8%), never spurious precision.
import type { Lang } from '../../domain/lang.ts';
import type { Observation } from '../../domain/types.ts';
import { formatValue } from '../../format/value.ts';

export function displayValue(o: Observation | null | undefined, lang: Lang): string {
  return formatValue(o, lang);
}
