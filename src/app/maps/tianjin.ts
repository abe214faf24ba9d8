// 天津市区界 · Tianjin district boundaries: map/json/province/tianjin.json of the npm package echarts@4.9.0.
// Its own chunk, loaded only when a Tianjin map is shown (loadMap in ../echarts.ts). The notice
// travels in the same chunk and is shown under the map; the full licence is
// public/third-party/echarts-4.9.0-LICENSE.txt.
import geo from 'echarts-maps-4/map/json/province/tianjin.json';

export const notice = '区界 Boundaries: Apache ECharts 4.9.0 (Apache-2.0)';

export default geo;
