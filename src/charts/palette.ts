// Colours that stay distinguishable with colour-vision deficiencies: the Okabe–Ito palette for
// categories, ColorBrewer PuOr (orange = weak, purple = strong) for peer position, and decal
// patterns so meaning never rests on colour alone.
import type { Origin } from '../domain/types.ts';

export type ChartTheme = 'light' | 'dark';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Series colours in order (yellow last: weakest contrast on white). */
export const CATEGORY_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

export function categoryColor(index: number): string {
  return CATEGORY_COLORS[index % CATEGORY_COLORS.length]!;
}

/** Bar colour by where a value came from; derived also gets a hatch (DERIVED_DECAL). */
export const ORIGIN_COLORS: Readonly<Record<Origin, string>> = {
  extracted: OKABE_ITO.blue,
  derived: OKABE_ITO.skyBlue,
  manual: OKABE_ITO.orange,
  imported: OKABE_ITO.bluishGreen,
  synthetic: '#8C8C8C',
};

/** Peer position, worst → best (5 bins of the 0..1 percentile). */
export const PEER_SCALE: readonly string[] = ['#E66101', '#FDB863', '#F7F7F7', '#B2ABD2', '#5E3C99'];

export interface ThemeColors {
  text: string;
  subtleText: string;
  axisLine: string;
  splitLine: string;
  background: string;
  notReported: string;
  notComparable: string;
}

export const THEME_COLORS: Readonly<Record<ChartTheme, ThemeColors>> = {
  light: {
    text: '#1A1A1A',
    subtleText: '#595959',
    axisLine: '#8C8C8C',
    splitLine: '#E5E5E5',
    background: 'transparent',
    notReported: '#FFFFFF',
    notComparable: '#BDBDBD',
  },
  dark: {
    text: '#F0F0F0',
    subtleText: '#BFBFBF',
    axisLine: '#8C8C8C',
    splitLine: '#3A3A3A',
    background: 'transparent',
    notReported: '#1F1F1F',
    notComparable: '#6E6E6E',
  },
};

export interface Decal {
  symbol: string;
  symbolSize: number;
  color: string;
  dashArrayX: number[];
  dashArrayY: number[];
  rotation: number;
}

/** Diagonal hatching for derived values (ECharts applies itemStyle.decal without aria). */
export function hatchDecal(theme: ChartTheme = 'light'): Decal {
  return {
    symbol: 'rect',
    symbolSize: 1,
    color: theme === 'dark' ? 'rgba(0, 0, 0, 0.45)' : 'rgba(255, 255, 255, 0.7)',
    dashArrayX: [1, 0],
    dashArrayY: [2, 4],
    rotation: Math.PI / 4,
  };
}

/** Distinct patterns for categorical series when the decal option is on. */
export function seriesDecal(index: number, theme: ChartTheme = 'light'): Decal {
  const symbols = ['rect', 'circle', 'triangle', 'diamond', 'rect', 'circle'];
  return {
    symbol: symbols[index % symbols.length]!,
    symbolSize: index % 2 === 0 ? 0.6 : 0.8,
    color: theme === 'dark' ? 'rgba(0, 0, 0, 0.4)' : 'rgba(255, 255, 255, 0.6)',
    dashArrayX: [1, index % 3],
    dashArrayY: [1, 2 + (index % 2)],
    rotation: (index * Math.PI) / 6,
  };
}
