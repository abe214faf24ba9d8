// What a missing value is called, in the user's language: 未报告 only when a person has read the
// report (src/domain/absence.ts); "未提取（待核对）" while an imported report awaits its review.
import type { Absence } from '../domain/absence.ts';
import type { Lang } from '../domain/lang.ts';
import { t } from './messages.ts';

export function absenceText(lang: Lang, absence: Absence | null | undefined): string {
  return absence === 'unreviewed' ? t(lang, 'absence.unreviewed') : t(lang, 'value.notReported');
}
