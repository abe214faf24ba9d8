// The map's legend as data, for the page to show beside the map (never over it, at any width):
// the value bins highest first, the stripes of a derived value when one is shown, "not
// reported" and "no data", and the scale in words. Downloaded images draw the same inside.
import type { Lang } from '../domain/lang.ts';
import { t } from '../format/messages.ts';
import { MAP_STATUS_COLORS } from './mapOption.ts';
import { MAP_SCALE, type MapScale } from './mapScale.ts';
import type { ChartTheme } from './palette.ts';

export interface MapLegendEntry {
  label: string;
  color: string;
  pattern: 'none' | 'derived' | 'not_reported';
}

export interface MapLegend {
  heading: string;
  /** The scale in words: fixed domain and its break, or taken from the data. */
  statement: string;
  entries: MapLegendEntry[];
}

export function mapLegend(scale: MapScale, derivedShown: boolean, theme: ChartTheme, lang: Lang): MapLegend {
  const status = MAP_STATUS_COLORS[theme];
  return {
    heading: t(lang, 'map.legend.heading'),
    statement: scale.statement,
    entries: [
      ...[...scale.bins]
        .reverse()
        .map((b): MapLegendEntry => ({ label: b.label, color: b.color, pattern: 'none' })),
      ...(derivedShown
        ? [{ label: t(lang, 'map.legend.derived'), color: MAP_SCALE[2]!, pattern: 'derived' as const }]
        : []),
      { label: t(lang, 'map.legend.notReported'), color: status.notReported, pattern: 'not_reported' },
      { label: t(lang, 'map.legend.noData'), color: status.noData, pattern: 'none' },
    ],
  };
}
