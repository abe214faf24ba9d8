// The colour scale of a map, stated in words. Rates sit on a FIXED domain chosen per indicator from
// what the rate measures, never stretched from the lowest to the highest value shown (85.8 % and
// 95.6 % must not come out as opposite ends): rates the rules expect near 100 % on 80–100 % with
// everything below 80 % one band (a break the legend shows), rates that are small by nature
// (loss, correction) on 0–20 % with everything above one band, any other rate on 0–100 %. Counts
// have no natural top: five equal bands from 0 to a round number at or above the highest value,
// and the statement says the scale comes from the data.
import type { Lang } from '../domain/lang.ts';
import type { Indicator } from '../domain/types.ts';
import { t } from '../format/messages.ts';
import { formatNumber } from '../format/number.ts';
import { formatUnit } from '../format/units.ts';

/** Viridis in five steps, light (low) → dark (high): ordered by lightness, safe for colour blindness. */
export const MAP_SCALE: readonly string[] = ['#FDE725', '#5DC863', '#21908C', '#3B528B', '#440154'];

export interface MapBin {
  /** Inclusive lower bound. */
  min: number;
  /** Upper bound: inclusive for the last bin, exclusive otherwise; equal to min for a one-value bin. */
  max: number;
  label: string;
  color: string;
  /** The bin folds a stretch of the domain the scale does not resolve (the legend says so). */
  folded: boolean;
}

export type MapScaleKind = 'rate_high' | 'rate_low' | 'rate_full' | 'count';

export interface MapScale {
  kind: MapScaleKind;
  bins: MapBin[];
  /** The scale in words, for the legend, the notes, the image and the aria label. */
  statement: string;
}

/** Rates the rules expect at or near 100 %. */
const HIGH_RATES: ReadonlySet<string> = new Set([
  'mediation.success_rate',
  'litigation.head_appearance_rate',
  'litigation.first_case_rate',
  'petition.on_time_rate',
  'reconsideration.hearing_head_rate',
]);
/** Rates that are small by nature: a few per cent of cases. */
const LOW_RATES: ReadonlySet<string> = new Set(['litigation.loss_rate', 'reconsideration.correction_rate']);

function numberText(value: number, lang: Lang): string {
  return formatNumber(value, lang, { maximumFractionDigits: value !== 0 && Math.abs(value) < 10 ? 2 : 1 });
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value` (5 for nothing above 0). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function mapScaleKind(indicator: Pick<Indicator, 'id' | 'unit'>): MapScaleKind {
  if (indicator.unit !== '%') return 'count';
  if (HIGH_RATES.has(indicator.id)) return 'rate_high';
  if (LOW_RATES.has(indicator.id)) return 'rate_low';
  return 'rate_full';
}

export function mapScale(
  indicator: Pick<Indicator, 'id' | 'unit'>,
  values: readonly number[],
  lang: Lang,
): MapScale {
  const kind = mapScaleKind(indicator);
  const pct = (v: number) => `${numberText(v, lang)}%`;
  const range = (a: string, b: string) => `${a}–${b}`;
  const foldedNote = t(lang, 'map.scale.folded');
  const bins = (edges: readonly number[], label: (i: number) => string, folded: number | null): MapBin[] =>
    edges.slice(0, -1).map((min, i) => ({
      min,
      max: edges[i + 1]!,
      label: i === folded ? `${label(i)}${lang === 'zh' ? '' : ' '}${foldedNote}` : label(i),
      color: MAP_SCALE[i]!,
      folded: i === folded,
    }));
  if (kind === 'rate_high') {
    // 0 | 80 | 90 | 95 | 100 (exclusive) | exactly 100: the last band is the norm itself.
    const edges = [0, 80, 90, 95, 100];
    const list = bins(
      edges,
      (i) =>
        i === edges.length - 2
          ? `${range(numberText(edges[i]!, lang), `<${numberText(100, lang)}`)}%`
          : `${range(numberText(edges[i]!, lang), numberText(edges[i + 1]!, lang))}%`,
      0,
    ).slice(0, 4);
    list.push({ min: 100, max: 100, label: pct(100), color: MAP_SCALE[4]!, folded: false });
    return { kind, bins: list, statement: t(lang, 'map.scale.rateHigh') };
  }
  if (kind === 'rate_low') {
    const edges = [0, 5, 10, 15, 20, 100];
    return {
      kind,
      bins: bins(edges, (i) => `${range(numberText(edges[i]!, lang), numberText(edges[i + 1]!, lang))}%`, 4),
      statement: t(lang, 'map.scale.rateLow'),
    };
  }
  if (kind === 'rate_full') {
    const edges = [0, 20, 40, 60, 80, 100];
    return {
      kind,
      bins: bins(
        edges,
        (i) => `${range(numberText(edges[i]!, lang), numberText(edges[i + 1]!, lang))}%`,
        null,
      ),
      statement: t(lang, 'map.scale.rateFull'),
    };
  }
  const top = niceCeiling(Math.max(0, ...values));
  const unit = ` ${formatUnit(indicator.unit, lang)}`;
  const edges = Array.from({ length: MAP_SCALE.length + 1 }, (_, i) => (top * i) / MAP_SCALE.length);
  return {
    kind,
    bins: bins(
      edges,
      (i) => `${range(numberText(edges[i]!, lang), numberText(edges[i + 1]!, lang))}${unit}`,
      null,
    ),
    statement: t(lang, 'map.scale.count', { max: `${numberText(top, lang)}${unit}` }),
  };
}

/** Index of the bin a value falls in (-1 when none). */
export function binIndex(bins: readonly MapBin[], value: number): number {
  return bins.findIndex((b, i) =>
    b.min === b.max
      ? value === b.min
      : value >= b.min && (i === bins.length - 1 ? value <= b.max : value < b.max),
  );
}
