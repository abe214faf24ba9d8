// What the district map and the country map share on the page: controls, notes, the drawing with
// its legend beside it (below on a narrow screen), the toolbar (embed, download, cite), the table
// as the map's text alternative, and the boundaries' notice and licence. Embeds get the drawing,
// the legend and the notice only.
import type { EChartsOption } from 'echarts';
import type { ReactNode } from 'react';
import type { MapChartView } from '../../../charts/chartView.ts';
import { useApp } from '../../AppContext.ts';
import { Chart, type ChartKindChoice } from '../Chart.tsx';
import { ChartActions, type ChartShare } from '../ChartActions.tsx';
import { EmbedFrame } from '../EmbedFrame.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapNotes } from './MapNotes.tsx';

export const MAP_HEIGHT = 520;
const LICENCE_FILE = './third-party/echarts-4.9.0-LICENSE.txt';

export interface MapPanelBodyProps {
  kinds: readonly ChartKindChoice[];
  onKind: (kind: string) => void;
  panelLabel: string;
  view: MapChartView;
  /** The live option; null while the boundaries load. */
  option: EChartsOption | null;
  /** The option of a downloaded image (legend inside). */
  imageOption: () => EChartsOption;
  boundaries: { ready: boolean; error: string | null; notice: string };
  controls: ReactNode;
  table: ReactNode;
  tableSummary: string;
  /** Show the table open (the country map: its province links are the keyboard way in). */
  tableOpen?: boolean;
  onClickItem?: (dataIndex: number) => void;
}

export function MapPanelBody(p: MapPanelBodyProps) {
  const { state, tr } = useApp();
  const { embed } = state;
  const ready = p.boundaries.ready;
  const share: ChartShare = {
    ...p.view,
    embedHeight: MAP_HEIGHT + 320,
    image: ready ? { option: p.imageOption, plotHeight: MAP_HEIGHT } : undefined,
  };
  const error =
    p.boundaries.error === null ? null : (
      <p className="banner-error">{tr('map.loadError', { message: p.boundaries.error })}</p>
    );
  const loading = (
    <div
      className="chart-canvas map-loading"
      aria-busy="true"
      style={embed ? undefined : { height: MAP_HEIGHT }}
    >
      <p className="muted">{tr('map.loading')}</p>
    </div>
  );
  const legend = <MapLegend legend={p.view.legend} />;

  if (embed) {
    return (
      <EmbedFrame
        title={p.view.title}
        subtitle={p.view.subtitle}
        source={p.view.source}
        notReported={p.view.notReported}
        derived={p.view.derived}
        notes={ready ? [p.boundaries.notice] : []}
      >
        {error ??
          (p.option ? (
            <>
              <Chart
                option={p.option}
                label={p.view.ariaLabel}
                height="fill"
                minHeight={240}
                kinds={[
                  { id: 'map', text: tr('indicator.chart.map') },
                  { id: 'table', text: tr('indicator.chart.table') },
                ]}
                table={p.table}
                onClickItem={p.onClickItem}
              />
              {legend}
            </>
          ) : (
            loading
          ))}
      </EmbedFrame>
    );
  }

  return (
    <section className="panel" aria-label={p.panelLabel}>
      {p.controls}
      {error ??
        (p.option ? (
          <Chart
            option={p.option}
            label={p.view.ariaLabel}
            height={MAP_HEIGHT}
            kinds={p.kinds}
            kind="map"
            onKind={p.onKind}
            table={p.table}
            toolbar={<ChartActions share={share} />}
            note={<MapNotes lines={p.view.screenNotes} />}
            aside={legend}
            onClickItem={p.onClickItem}
          />
        ) : (
          loading
        ))}
      {p.option ? (
        <details className="map-table" open={p.tableOpen}>
          <summary>{p.tableSummary}</summary>
          <div className="table-wrap">{p.table}</div>
        </details>
      ) : null}
      {ready ? (
        <p className="small muted">
          {p.boundaries.notice} ·{' '}
          <a href={LICENCE_FILE} target="_blank" rel="noopener">
            LICENSE
          </a>
        </p>
      ) : null}
    </section>
  );
}
