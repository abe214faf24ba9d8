// The other values one report gives for the same indicator, said beside the value shown, so a
// reader knows one was chosen: "同一报告还报告了：6 场、3 期" / "also reported: 6 场, 3 期".
import type { Lang } from '../domain/lang.ts';
import type { Alternative } from '../domain/schema.ts';
import { t } from './messages.ts';
import { formatValue } from './value.ts';

/** null when the report gives no other value. */
export function alternativesText(alternatives: readonly Alternative[], lang: Lang): string | null {
  if (alternatives.length === 0) return null;
  const values = alternatives.map((a) => formatValue(a, lang)).join(lang === 'zh' ? '、' : ', ');
  return t(lang, 'find.alsoReported', { values });
}
