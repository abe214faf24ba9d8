// The one place that registers ECharts modules. Importing from echarts/core and registering only
// what the views draw keeps the bundle small: the first page needs bars (with scatter markers for
// approximate values) on canvas; radar is registered on demand by the compare view. The coverage
// matrix is an HTML table (text, links, sticky headers), so no heatmap/visualMap is shipped.
import { BarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  AriaComponent,
  CanvasRenderer,
]);

let radar: Promise<void> | null = null;

/** Registers the radar chart (compare view) once, loading its code only when first asked for. */
export function loadRadar(): Promise<void> {
  radar ??= import('./echartsRadar.ts').then((m) => {
    echarts.use([m.RadarChart, m.RadarComponent]);
  });
  return radar;
}

export { echarts };
