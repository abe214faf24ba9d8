// A consistency warning in words, with the numbers it rests on as the report wrote them
// (qualifiers kept: "约5000件", ">770").
import { type ConsistencyWarning, RATE_TOLERANCE_POINTS } from '../domain/consistency.ts';
import type { DatasetIndex } from '../domain/datasetIndex.ts';
import type { Lang } from '../domain/lang.ts';
import type { Observation } from '../domain/types.ts';
import { t } from './messages.ts';
import { indicatorName } from './names.ts';
import { formatNumber } from './number.ts';
import { formatValue } from './value.ts';

export type ConsistencyLookup = Pick<DatasetIndex, 'indicatorById' | 'observationById'>;

function nameOf(o: Observation | undefined, id: string, index: ConsistencyLookup, lang: Lang): string {
  const indicator = index.indicatorById.get(o?.indicator ?? id);
  return indicator ? indicatorName(indicator, lang) : (o?.indicator ?? id);
}

export function consistencyText(w: ConsistencyWarning, index: ConsistencyLookup, lang: Lang): string {
  const o = index.observationById.get(w.observationId);
  const related = w.relatedIds.map((id) => index.observationById.get(id));
  if (w.rule === 'part_above_whole') {
    const whole = related[0];
    return t(lang, 'consistency.part_above_whole', {
      part: nameOf(o, w.indicatorId, index, lang),
      value: formatValue(o, lang),
      whole: nameOf(whole, w.relatedIds[0] ?? '', index, lang),
      wholeValue: formatValue(whole, lang),
    });
  }
  const [num, den] = related;
  const ratio = w.ratio;
  const percent = (n: number) => `${formatNumber(n, lang, { maximumFractionDigits: 1 })}%`;
  const ratioText = !ratio
    ? '—'
    : ratio.low === ratio.high
      ? percent(ratio.low)
      : Number.isFinite(ratio.high)
        ? `${percent(ratio.low)}–${percent(ratio.high)}`
        : `≥${percent(ratio.low)}`;
  return t(lang, 'consistency.rate_mismatch', {
    rate: nameOf(o, w.indicatorId, index, lang),
    value: formatValue(o, lang),
    numerator: nameOf(num, w.relatedIds[0] ?? '', index, lang),
    num: formatValue(num, lang),
    denominator: nameOf(den, w.relatedIds[1] ?? '', index, lang),
    den: formatValue(den, lang),
    ratio: ratioText,
    tolerance: RATE_TOLERANCE_POINTS,
  });
}
