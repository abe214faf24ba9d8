// The one component that owns an ECharts instance. Options come ready-made from src/charts; this
// only mounts them, states what they show in words (role="img" + aria-label) and offers the same
// numbers as a table for people who cannot or would rather not read a chart.
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { echarts } from '../echarts.ts';

export interface ChartKindChoice {
  id: string;
  text: string;
}

export interface ChartProps {
  option: EChartsOption;
  /** What the chart shows in words (from src/charts/ariaSummary): indicator, agencies, extremes. */
  label: string;
  /** The same data as a table; shown instead of the drawing when the reader picks "table". */
  table: ReactNode;
  /** Pixel height of the drawing area. */
  height: number;
  /**
   * The choices offered, in order; the one with id "table" shows `table`. Default: chart/table
   * with the texts given in chartText/tableText.
   */
  kinds?: readonly ChartKindChoice[];
  chartText?: string;
  tableText?: string;
  /** Controlled mode (the chart kind lives in the address); uncontrolled when absent. */
  kind?: string;
  onKind?: (kind: string) => void;
  onClickItem?: (dataIndex: number, seriesIndex: number) => void;
}

// Canvas only (the SVG renderer would add ~15 kB to the first page). A stable object, because
// echarts-for-react re-creates the instance whenever opts change.
const OPTS = { renderer: 'canvas' } as const;

export function Chart(props: ChartProps) {
  const kinds = props.kinds ?? [
    { id: 'chart', text: props.chartText ?? 'Chart' },
    { id: 'table', text: props.tableText ?? 'Table' },
  ];
  const [localKind, setLocalKind] = useState(kinds[0]!.id);
  const kind = props.kind ?? localKind;
  const setKind = props.onKind ?? setLocalKind;
  const regionId = useId();
  const onClickItem = props.onClickItem;
  const onEvents = useMemo(
    () =>
      onClickItem
        ? {
            click: (e: { dataIndex: number; seriesIndex?: number }) =>
              onClickItem(e.dataIndex, e.seriesIndex ?? 0),
          }
        : undefined,
    [onClickItem],
  );
  return (
    <div className="chart">
      <div className="segmented chart-toggle">
        {kinds.map((k) => (
          <button
            key={k.id}
            type="button"
            aria-pressed={kind === k.id}
            aria-controls={regionId}
            onClick={() => setKind(k.id)}
          >
            {k.text}
          </button>
        ))}
      </div>
      <div id={regionId}>
        {kind === 'table' ? (
          <div className="chart-table">{props.table}</div>
        ) : (
          <div role="img" aria-label={props.label} className="chart-canvas" style={{ height: props.height }}>
            <ReactEChartsCore
              echarts={echarts}
              option={props.option}
              notMerge={true}
              lazyUpdate={true}
              opts={OPTS}
              style={{ height: props.height, width: '100%' }}
              onEvents={onEvents}
            />
          </div>
        )}
      </div>
    </div>
  );
}
