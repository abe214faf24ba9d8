// 中国省级行政区界 · Province boundaries of China: map/json/china.json of the npm package
// echarts@4.9.0, unchanged. Its own chunk, loaded only when the country map is shown (loadMap in
// ../echarts.ts). Registered as "china", so ECharts adds the South China Sea islands inset. The
// notice travels in the same chunk and is shown under the map; the full licence is
// public/third-party/echarts-4.9.0-LICENSE.txt.
import geo from 'echarts-maps-4/map/json/china.json';

export const notice = '省界 Boundaries: Apache ECharts 4.9.0 (Apache-2.0)';

export default geo;
