// A chart option framed for a downloaded image: the title (and subtitle) on top and the source
// line (plus, when given, notes such as the qualifier legend) at the bottom, drawn by ECharts
// itself as title and graphic elements, so they are inside the PNG/SVG and travel with it. The
// chart's own components move down by the header and up by the footer.
import type { EChartsOption } from 'echarts';
import { type ChartTheme, THEME_COLORS } from './palette.ts';

export interface ExportFrame {
  title: string;
  subtitle?: string;
  /** Lines under the chart, in order (e.g. the qualifier legend, then the source line). */
  footer: readonly string[];
  theme?: ChartTheme;
  /** Image width in CSS pixels (the PNG is drawn at 2×). */
  width: number;
  /** Height of the chart itself, without header and footer. */
  plotHeight: number;
}

export interface FramedOption {
  option: EChartsOption;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE_SIZE = 16;
const SUB_SIZE = 12;
const FOOT_SIZE = 11;
const FOOT_LINE = 16;

/** Rough width of a text in pixels at a font size (CJK and full-width characters count as one em). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\uffff]/.test(ch) ? 1 : 0.58;
  return em * fontSize;
}

/** How many lines a text wraps to in a box of this width. */
export function lineCount(text: string, fontSize: number, width: number): number {
  return Math.max(1, Math.ceil(textWidth(text, fontSize) / Math.max(40, width)));
}

type Obj = Record<string, unknown>;

// Moves a positioned component (grid, legend, visualMap, map series) clear of header and footer.
// Series other than maps are laid out by their grid and stay as they are.
function shift(component: unknown, header: number, footer: number, isSeries: boolean): unknown {
  if (Array.isArray(component)) return component.map((c) => shift(c, header, footer, isSeries));
  if (typeof component !== 'object' || component === null) return component;
  const c = { ...(component as Obj) };
  if (isSeries && c.type !== 'map') return c;
  if (typeof c.top === 'number') c.top += header;
  else if (c.top === undefined && c.bottom === undefined) c.top = header;
  if (typeof c.bottom === 'number') c.bottom += footer;
  return c;
}

export function framedOption(option: EChartsOption, frame: ExportFrame): FramedOption {
  const colors = THEME_COLORS[frame.theme ?? 'light'];
  const inner = frame.width - 2 * PAD;
  const titleLines = lineCount(frame.title, TITLE_SIZE, inner);
  const subLines = frame.subtitle ? lineCount(frame.subtitle, SUB_SIZE, inner) : 0;
  const header = PAD + titleLines * (TITLE_SIZE + 6) + (subLines > 0 ? subLines * (SUB_SIZE + 6) + 4 : 0) + 8;
  const footLines = frame.footer.map((line) => lineCount(line, FOOT_SIZE, inner));
  const footer = 8 + footLines.reduce((s, n) => s + n * FOOT_LINE, 0) + PAD;
  const height = header + frame.plotHeight + footer;

  const o = { ...(option as Obj) };
  for (const key of ['grid', 'legend', 'visualMap', 'series']) {
    if (o[key] !== undefined) o[key] = shift(o[key], header, footer, key === 'series');
  }
  if (o.radar !== undefined && !Array.isArray(o.radar)) {
    const avail = frame.plotHeight;
    o.radar = {
      ...(o.radar as Obj),
      center: ['50%', header + avail / 2 + 12],
      radius: Math.max(60, Math.min(avail / 2 - 48, frame.width / 2 - 120)),
    };
  }
  o.backgroundColor = frame.theme === 'dark' ? '#121212' : '#FFFFFF';
  o.animation = false;
  o.title = {
    text: frame.title,
    subtext: frame.subtitle ?? '',
    left: PAD,
    top: PAD,
    textStyle: {
      color: colors.text,
      fontSize: TITLE_SIZE,
      fontWeight: 'bold',
      width: inner,
      overflow: 'break',
    },
    subtextStyle: { color: colors.subtleText, fontSize: SUB_SIZE, width: inner, overflow: 'break' },
  };
  let y = header + frame.plotHeight + 8;
  // The chart's own graphic elements (a map's striped legend swatch) move down with the chart.
  const own = Array.isArray(o.graphic) ? (o.graphic as Obj[]) : [];
  const ownShifted = own.map((g) => (typeof g.y === 'number' ? { ...g, y: g.y + header } : g));
  const footerText = frame.footer.map((line, i) => {
    const el = {
      type: 'text',
      id: `footer-${i}`,
      left: PAD,
      top: y,
      silent: true,
      style: {
        text: line,
        fill: i === frame.footer.length - 1 ? colors.text : colors.subtleText,
        fontSize: FOOT_SIZE,
        lineHeight: FOOT_LINE,
        width: inner,
        overflow: 'break',
      },
    };
    y += footLines[i]! * FOOT_LINE;
    return el;
  });
  o.graphic = [...ownShifted, ...footerText];
  // Tooltips and hover states mean nothing in a still image.
  o.tooltip = { show: false };
  return { option: o as EChartsOption, width: frame.width, height };
}
