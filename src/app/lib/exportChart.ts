// Rendering a chart option to a file, off screen: PNG at twice the size (canvas renderer) and SVG
// (server-side-rendering mode of the SVG renderer, no DOM needed). Loaded only when someone asks
// for a download; the title and source line are part of the option (charts/exportOption.ts).
import type { EChartsOption } from 'echarts';
import { echarts, loadExportModules } from '../echarts.ts';

export const PIXEL_RATIO = 2;

function dataUrlToBlob(url: string): Blob {
  const [head, body = ''] = url.split(',');
  const type = /data:([^;]+)/.exec(head ?? '')?.[1] ?? 'application/octet-stream';
  const bytes = atob(body);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return new Blob([out], { type });
}

export async function renderPng(option: EChartsOption, width: number, height: number): Promise<Blob> {
  await loadExportModules();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px;`;
  document.body.appendChild(host);
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    width,
    height,
    devicePixelRatio: PIXEL_RATIO,
  });
  try {
    chart.setOption(option);
    const bg = (option as { backgroundColor?: string }).backgroundColor ?? '#FFFFFF';
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: bg }));
  } finally {
    chart.dispose();
    host.remove();
  }
}

export async function renderSvg(option: EChartsOption, width: number, height: number): Promise<Blob> {
  await loadExportModules();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], {
      type: 'image/svg+xml;charset=utf-8',
    });
  } finally {
    chart.dispose();
  }
}
