// The one component that owns an ECharts instance. Options come ready-made from src/charts; this
// only mounts them, states what they show in words (role="img" + aria-label) and offers the same
// numbers as a table for people who cannot or would rather not read a chart.
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { responsiveOption } from '../../charts/responsive.ts';
import { echarts, LAZY_SERIES_TYPES } from '../echarts.ts';

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
  /** Pixel height of the drawing area, or 'fill' to take the height of its container (embeds). */
  height: number | 'fill';
  /** Fill mode: the least height the drawing needs to stay legible (the page scrolls below that). */
  minHeight?: number;
  /** More controls on the chart's toolbar, after the kind choice (embed, download, cite …). */
  toolbar?: ReactNode;
  /** Text under the toolbar that belongs to the chart (e.g. what the map shows). */
  note?: ReactNode;
  /** Shown instead of the drawing when the chosen kind cannot draw this data (says why). */
  placeholder?: ReactNode;
  /** Shown beside the drawing (below it on a narrow screen), never over it: a map's legend. */
  aside?: ReactNode;
  /**
   * The choices offered, in order; the one with id "table" shows `table`. Default: chart/table
   * with the texts given in chartText/tableText.
   */
  kinds?: readonly ChartKindChoice[];
  chartText?: string;
  tableText?: string;
  /** Controlled mode (the chart kind lives in the address); uncontrolled when absent. */
  kind?: string;
  /** The kind shown first in uncontrolled mode (default: the first of `kinds`). */
  defaultKind?: string;
  onKind?: (kind: string) => void;
  onClickItem?: (dataIndex: number, seriesIndex: number) => void;
  /** The drawing alone, without the kind choice (small multiples: their list offers one table for all). */
  bare?: boolean;
}

// Canvas only (the SVG renderer would add ~15 kB to the first page). A stable object, because
// echarts-for-react re-creates the instance whenever opts change.
const OPTS = { renderer: 'canvas' } as const;

/**
 * The lazily registered series types an option draws (radar, map), as one string. ECharts copies
 * its list of layout and visual stages into an instance when the instance is created, so a chart
 * type registered later gets no layout in an existing instance: nothing is drawn, and the next
 * update throws. Keying the instance by this string gives a new instance when such a type comes or
 * goes; types registered at start (bars, the scatter markers) keep the instance, so switching an
 * indicator animates from the old bars instead of drawing a new canvas.
 */
export function lazySeriesKey(option: EChartsOption): string {
  const series = option.series;
  const list = Array.isArray(series) ? series : series ? [series] : [];
  const types = new Set(list.map((s) => String((s as { type?: unknown }).type ?? '')));
  return LAZY_SERIES_TYPES.filter((t) => types.has(t)).join(',');
}

/** Fill mode (embeds): the pixel height of the region the chart may take, followed as it resizes. */
function useFillHeight(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(240);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setHeight(Math.max(160, Math.floor(el.getBoundingClientRect().height)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [active]);
  return { ref: active ? ref : undefined, height };
}

export function Chart(props: ChartProps) {
  const kinds = props.kinds ?? [
    { id: 'chart', text: props.chartText ?? 'Chart' },
    { id: 'table', text: props.tableText ?? 'Table' },
  ];
  const [localKind, setLocalKind] = useState(props.defaultKind ?? kinds[0]!.id);
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
  // Narrow charts (embeds, phones) get narrower labels through ECharts media queries.
  const option = useMemo(() => responsiveOption(props.option), [props.option]);
  const fill = props.height === 'fill';
  const fillHeight = useFillHeight(fill);
  const height = fill ? fillHeight.height : (props.height as number);
  const canvas = (
    <div role="img" aria-label={props.label} className="chart-canvas" style={{ height }}>
      <ReactEChartsCore
        key={lazySeriesKey(props.option)}
        echarts={echarts}
        option={option}
        notMerge={true}
        lazyUpdate={true}
        opts={OPTS}
        style={{ height, width: '100%' }}
        onEvents={onEvents}
      />
    </div>
  );
  return (
    <div className={fill ? 'chart chart-fill' : 'chart'}>
      {props.bare ? null : (
        <div className="chart-bar">
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
          {props.toolbar}
        </div>
      )}
      {props.note}
      <div
        id={regionId}
        className="chart-region"
        ref={fillHeight.ref}
        style={fill && props.minHeight ? { minHeight: props.minHeight } : undefined}
      >
        {kind === 'table' ? (
          <div className="chart-table">{props.table}</div>
        ) : props.placeholder ? (
          <div className="chart-placeholder">{props.placeholder}</div>
        ) : props.aside ? (
          <div className="chart-with-aside">
            {canvas}
            {props.aside}
          </div>
        ) : (
          canvas
        )}
      </div>
    </div>
  );
}
