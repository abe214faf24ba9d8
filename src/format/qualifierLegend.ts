// What the qualifier symbols in charts and tables mean, for legends next to a chart (embed page)
// and inside downloaded images.
import type { Lang } from '../domain/lang.ts';
import { t } from './messages.ts';

export interface QualifierLegendItem {
  symbol: string;
  text: string;
}

export function qualifierLegend(lang: Lang): QualifierLegendItem[] {
  return [
    { symbol: '>', text: t(lang, 'qualifier.more_than') },
    { symbol: '≥', text: t(lang, 'qualifier.at_least') },
    { symbol: '≈', text: `${t(lang, 'qualifier.about')} / ${t(lang, 'qualifier.nearly')}` },
    { symbol: '<', text: t(lang, 'qualifier.less_than') },
    { symbol: '≤', text: t(lang, 'qualifier.at_most') },
  ];
}

/** The legend on one line: "> 多于（余、多） · ≥ 不少于（以上） · …". */
export function qualifierLegendText(lang: Lang): string {
  return qualifierLegend(lang)
    .map((i) => `${i.symbol} ${i.text}`)
    .join(' · ');
}

/** Which kinds of values a chart draws that are not stated in a published report. */
export interface OriginsDrawn {
  imported: boolean;
  manual: boolean;
  derived: boolean;
}

/**
 * Legend lines for the marks of values not stated in a published report (downloaded PNG and SVG,
 * embed page): only for the kinds the chart draws, so a plain chart keeps a plain legend.
 */
export function originLegendLines(drawn: OriginsDrawn, lang: Lang): string[] {
  const lines: string[] = [];
  if (drawn.imported) lines.push(t(lang, 'legend.imported'));
  if (drawn.manual) lines.push(t(lang, 'legend.manual'));
  if (drawn.derived) lines.push(t(lang, 'legend.derived'));
  return lines;
}
