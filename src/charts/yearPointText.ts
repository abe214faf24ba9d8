// One year of a series as text, the same in tooltips, aria labels and the tables beside the
// charts: the value with its qualifier and its origin when it is not a stated one, or why there
// is none ("未报告" when the year's report gives no number, "无报告" when there is no report).
import type { Lang } from '../domain/lang.ts';
import type { YearPoint } from '../domain/yearSeries.ts';
import { t } from '../format/messages.ts';
import { formatValue, NOT_REPORTED } from '../format/value.ts';
import { displayOrigin } from './rankingOption.ts';

export function yearPointText(p: YearPoint, lang: Lang): string {
  if (!p.observation) return p.status === 'no_report' ? t(lang, 'time.noReport') : NOT_REPORTED[lang];
  const origin = displayOrigin(p.observation);
  const value = formatValue(p.observation, lang);
  if (origin === 'extracted') return value;
  const mark = t(lang, `origin.${origin}`);
  return lang === 'zh' ? `${value}（${mark}）` : `${value} (${mark})`;
}
