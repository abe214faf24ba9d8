// The line chart, in its own chunk: only the trends (agency small multiples, the indicator's
// trend view) draw lines, and echarts.ts registers it when asked (loadLine).
export { LineChart } from 'echarts/charts';
