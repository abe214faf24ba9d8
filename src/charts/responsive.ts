// Live charts are drawn at any width from 320 px up (embeds in narrow columns, phones). ECharts
// media queries narrow the category labels and thin the value axis when the chart is narrow, so
// the bars keep most of the width. Downloads use the option as it is (fixed width).
import type { EChartsOption } from 'echarts';

type Obj = Record<string, unknown>;

// Narrow category labels wrap onto two lines instead of being cut to a few characters in one: an
// agency name of some 24 characters stays readable on a phone. A longer one loses its third line;
// the bar's tooltip, the chart's table and its aria summary keep the whole name.
const NARROW_LINE_HEIGHT = 12;
const NARROW_LINES = 2;

function narrowAxis(axis: unknown, labelWidth: number): unknown {
  if (Array.isArray(axis)) return axis.map((a) => narrowAxis(a, labelWidth));
  const a = (axis ?? {}) as Obj;
  if (a.type === 'category')
    return {
      axisLabel: {
        width: labelWidth,
        fontSize: 11,
        overflow: 'break',
        lineHeight: NARROW_LINE_HEIGHT,
        height: NARROW_LINE_HEIGHT * NARROW_LINES,
        lineOverflow: 'truncate',
      },
    };
  if (a.type === 'value') return { splitNumber: 3, axisLabel: { hideOverlap: true, fontSize: 11 } };
  return {};
}

export function responsiveOption(option: EChartsOption): EChartsOption {
  const o = option as Obj;
  if (o.media !== undefined || o.baseOption !== undefined) return option;
  const narrow = (labelWidth: number): Obj => {
    const patch: Obj = {};
    if (o.yAxis !== undefined) patch.yAxis = narrowAxis(o.yAxis, labelWidth);
    if (o.xAxis !== undefined) patch.xAxis = narrowAxis(o.xAxis, labelWidth);
    if (o.visualMap !== undefined)
      patch.visualMap = { itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 10 } };
    if (o.title !== undefined) patch.title = { textStyle: { fontSize: 13 } };
    // A legend of one name per line (compare) shortens names to the width there is.
    const legend = o.legend as Obj | undefined;
    if (legend && !Array.isArray(legend) && legend.orient === 'vertical')
      patch.legend = { textStyle: { width: Math.round(labelWidth * 2.4), overflow: 'truncate' } };
    // The right margin holds the value labels ("95.6%", "未报告"); at full width it is generous, on
    // a phone it would leave the bars a third of the chart.
    const grid = o.grid as Obj | undefined;
    if (grid && !Array.isArray(grid) && typeof grid.right === 'number' && grid.right > 56)
      patch.grid = { right: 56 };
    // Small maps: only the districts with a value keep their labels (they set label.show themselves).
    const series = Array.isArray(o.series) ? (o.series as Obj[]) : [];
    if (series.some((x) => x.type === 'map')) patch.series = series.map(() => ({ label: { show: false } }));
    return patch;
  };
  // Media at the root, not { baseOption, media }: with a declared baseOption ECharts sets
  // baseOption.timeline (to undefined), and its development build then logs "Component timeline
  // is used but not imported" on every chart.
  return {
    ...option,
    media: [
      { query: { maxWidth: 420 }, option: narrow(128) },
      { query: { minWidth: 421, maxWidth: 640 }, option: narrow(170) },
    ],
  } as EChartsOption;
}
