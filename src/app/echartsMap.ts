// The map modules, in their own chunk: only the indicator view's district map needs them, and
// echarts.ts registers them when asked (loadMap), so the first page does not carry them.
export { MapChart } from 'echarts/charts';
export { VisualMapPiecewiseComponent } from 'echarts/components';
