// What downloads need beyond the live charts, in its own chunk: the SVG renderer (SVG files) and
// graphic elements (the source line inside the image). Registered by loadExportModules in echarts.ts.
export { GraphicComponent } from 'echarts/components';
export { SVGRenderer } from 'echarts/renderers';
