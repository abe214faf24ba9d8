// What the compare view says where an agency has no value for an indicator: at the bar's place,
// in the aria summary, the tooltip, the CSV and the table. One function, so every place words it
// the same way: 未报告 for a reviewed report, "未提取（待核对）" for one nobody has reviewed yet
// (the comparison row's `absences`, from domain/absence.ts).
import type { Absence } from '../domain/absence.ts';
import type { Lang } from '../domain/lang.ts';
import { absenceText } from '../format/absenceText.ts';

export function compareAbsentText(absence: Absence | null | undefined, lang: Lang): string {
  return absenceText(lang, absence);
}
