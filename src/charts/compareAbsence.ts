// What the compare view says where an agency has no value for an indicator: at the bar's place,
// in the aria summary, the tooltip, the CSV and the table. One function, so the wording can become
// "未提取（待核对）" for a report nobody has reviewed yet (the review work brings a pure absence
// function for that) by changing this file alone.
import type { Lang } from '../domain/lang.ts';
import type { Agency } from '../domain/types.ts';
import { NOT_REPORTED } from '../format/value.ts';

export function compareAbsentText(_agency: Pick<Agency, 'id'>, lang: Lang): string {
  return NOT_REPORTED[lang];
}
