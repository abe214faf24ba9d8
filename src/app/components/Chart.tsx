// The one component that owns an ECharts instance. Options come ready-made from src/charts; this
// only mounts them, states what they show in words (role="img" + aria-label) and offers the same
// numbers as a table for people who cannot or would rather not read a chart.
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useId, useState } from 'react';
import { echarts } from '../echarts.ts';

export interface ChartProps {
  option: EChartsOption;
  /** What the chart shows in words (from ariaSummary): indicator, how many agencies, extremes. */
  label: string;
  /** The same data as a table; shown instead of the chart when the reader asks for it. */
  table: ReactNode;
  /** Pixel height of the drawing area. */
  height: number;
  /** Text of the toggle buttons ("图表"/"表格" in the reader's language). */
  chartText: string;
  tableText: string;
  /** Controlled mode (e.g. the chart kind lives in the address); uncontrolled when absent. */
  showTable?: boolean;
  onShowTable?: (show: boolean) => void;
  /** SVG stays crisp and selectable for small charts; canvas is faster for hundreds of bars. */
  renderer?: 'canvas' | 'svg';
  onClickItem?: (dataIndex: number, seriesIndex: number) => void;
}

// Stable objects: echarts-for-react re-creates the instance whenever opts change identity-deeply.
const CANVAS = { renderer: 'canvas' } as const;
const SVG = { renderer: 'svg' } as const;

export function Chart(props: ChartProps) {
  const [localTable, setLocalTable] = useState(false);
  const showTable = props.showTable ?? localTable;
  const setShowTable = props.onShowTable ?? setLocalTable;
  const tableId = useId();
  const onEvents = props.onClickItem
    ? {
        click: (e: { dataIndex: number; seriesIndex?: number }) =>
          props.onClickItem?.(e.dataIndex, e.seriesIndex ?? 0),
      }
    : undefined;
  return (
    <div className="chart">
      <fieldset className="segmented chart-toggle">
        <legend className="sr-only">
          {props.chartText} / {props.tableText}
        </legend>
        <button type="button" aria-pressed={!showTable} onClick={() => setShowTable(false)}>
          {props.chartText}
        </button>
        <button
          type="button"
          aria-pressed={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable(true)}
        >
          {props.tableText}
        </button>
      </fieldset>
      {showTable ? (
        <div id={tableId} className="chart-table">
          {props.table}
        </div>
      ) : (
        <div role="img" aria-label={props.label} className="chart-canvas" style={{ height: props.height }}>
          <ReactEChartsCore
            echarts={echarts}
            option={props.option}
            notMerge={true}
            lazyUpdate={true}
            opts={props.renderer === 'svg' ? SVG : CANVAS}
            style={{ height: props.height, width: '100%' }}
            onEvents={onEvents}
          />
        </div>
      )}
    </div>
  );
}
