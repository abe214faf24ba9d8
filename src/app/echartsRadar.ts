// The radar modules, in their own chunk: only the compare view's radar needs them, and echarts.ts
// registers them when asked (loadRadar), so the first page does not carry them.
export { RadarChart } from 'echarts/charts';
export { RadarComponent } from 'echarts/components';
