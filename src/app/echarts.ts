// The one place that registers ECharts modules. Importing from echarts/core and registering only
// what the views draw keeps the bundle small: the first page needs bars (with scatter markers for
// approximate values) on canvas; radar (compare view), the district map (with its boundaries) and
// what downloads need (SVG renderer, graphic text) are registered on demand. The coverage matrix is
// an HTML table (text, links, sticky headers), so no heatmap is shipped.
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
import { MAP_NAMES } from '../charts/mapOption.ts';

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

/** Series types registered on demand (loadRadar, loadMap, loadLine), not at start. */
export const LAZY_SERIES_TYPES: readonly string[] = ['radar', 'map', 'line'];

let radar: Promise<void> | null = null;
let line: Promise<void> | null = null;
let mapModules: Promise<void> | null = null;
let exportModules: Promise<void> | null = null;
const maps = new Map<string, Promise<LoadedMap>>();

export interface LoadedMap {
  /** The name the boundaries are registered under (series.map). */
  name: string;
  /** Where the boundaries come from and their licence (shipped in the same chunk). */
  notice: string;
}

// District boundaries per region, and the provinces of China: each file is its own lazy chunk
// (see src/app/maps/).
const GEO_LOADERS: Readonly<Record<string, () => Promise<{ default: unknown; notice: string }>>> = {
  上海市: () => import('./maps/shanghai.ts'),
  天津市: () => import('./maps/tianjin.ts'),
  // The province map of China (mapregion=china).
  china: () => import('./maps/china.ts'),
};

/**
 * Registers the map chart, the piecewise visual map and one region's district boundaries, loading
 * their code the first time a map of that region is shown. Resolves to the map's name and notice.
 */
export function loadMap(region: string): Promise<LoadedMap> {
  const name = MAP_NAMES[region];
  const loader = GEO_LOADERS[region];
  if (!name || !loader) return Promise.reject(new Error(`no district map for ${region}`));
  mapModules ??= import('./echartsMap.ts').then((m) => {
    echarts.use([m.MapChart, m.VisualMapPiecewiseComponent]);
  });
  let map = maps.get(region);
  if (!map) {
    map = Promise.all([mapModules, loader()]).then(([, geo]) => {
      echarts.registerMap(name, geo.default as Parameters<typeof echarts.registerMap>[1]);
      return { name, notice: geo.notice };
    });
    // A failed load (network) may be retried by asking again.
    map.catch(() => maps.delete(region));
    maps.set(region, map);
  }
  return map;
}

/** Registers the SVG renderer and graphic elements (downloads) once, loading them when first asked for. */
export function loadExportModules(): Promise<void> {
  exportModules ??= import('./echartsExport.ts').then((m) => {
    echarts.use([m.SVGRenderer, m.GraphicComponent]);
  });
  return exportModules;
}

/** Registers the radar chart (compare view) once, loading its code only when first asked for. */
export function loadRadar(): Promise<void> {
  radar ??= import('./echartsRadar.ts').then((m) => {
    echarts.use([m.RadarChart, m.RadarComponent]);
  });
  return radar;
}

/** Registers the line chart (trends over the years) once, loading its code only when first asked for. */
export function loadLine(): Promise<void> {
  line ??= import('./echartsLine.ts').then(
    (m) => {
      echarts.use([m.LineChart]);
    },
    (e: unknown) => {
      // A failed fetch (network) may be retried by asking again.
      line = null;
      throw e;
    },
  );
  return line;
}

export { echarts };
