// One indicator on a district map of Shanghai or Tianjin (#/indicator/<id>?chart=map). The map code
// and the region's boundaries load only now. Region and agency type are chosen here and kept in the
// address (mapregion=, maptype=); the region and type filters win when set. The districts' values
// are also a table (the map's text alternative), and the map can be embedded, downloaded and cited.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { districtMapChartView } from '../../charts/chartView.ts';
import { mapOption, mapTypeLabel } from '../../charts/mapOption.ts';
import { districtMapData } from '../../domain/districtMap.ts';
import { placeName } from '../../domain/places.ts';
import { indicatorName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';
import { useSourceContext } from '../lib/sourceContext.ts';
import { Chart, type ChartKindChoice } from './Chart.tsx';
import { ChartActions, type ChartShare } from './ChartActions.tsx';
import { EmbedFrame } from './EmbedFrame.tsx';
import { DistrictTable } from './map/DistrictTable.tsx';
import { MapControls } from './map/MapControls.tsx';
import { MapNotes } from './map/MapNotes.tsx';
import { mapBoundariesQuery } from './map/mapBoundariesQuery.ts';

const MAP_HEIGHT = 520;
const LICENCE_FILE = './third-party/echarts-4.9.0-LICENSE.txt';

export function DistrictMapPanel({
  kinds,
  onKind,
}: {
  /** The chart kinds the indicator view offers (bar / map / table); ignored in embeds. */
  kinds: readonly ChartKindChoice[];
  onKind: (kind: string) => void;
}) {
  const { state, lang, tr, index } = useApp();
  const sources = useSourceContext();
  const id = state.id ?? 'reconsideration.accepted';
  const data = useMemo(
    () => districtMapData(index.dataset, id, state.filter, { region: state.mapRegion, type: state.mapType }),
    [index, id, state.filter, state.mapRegion, state.mapType],
  );
  const region = data?.region ?? null;
  const boundaries = useQuery(mapBoundariesQuery(region));
  const notice = boundaries.data?.notice ?? '';
  const ready = region !== null && boundaries.isSuccess;
  const { theme, decal, embed } = state;
  const option = useMemo(
    () =>
      data ? mapOption(data, lang, { theme, decal, title: !embed, provenance: sources.provenance }) : null,
    [data, lang, theme, decal, embed, sources],
  );

  if (!data) {
    const message = tr('map.noMap', { region: placeName(state.filter.region ?? '', lang) });
    return embed ? (
      <p className="panel">{message}</p>
    ) : (
      <section className="panel" aria-label={tr('indicator.chart.map')}>
        <Chart
          option={{}}
          label={message}
          height={160}
          kinds={kinds}
          kind="map"
          onKind={onKind}
          table={null}
          note={<p className="banner-error small">{message}</p>}
        />
      </section>
    );
  }

  const indicator = data.ranking.indicator;
  const view = districtMapChartView(data, notice, index.dataset.meta, lang, sources);
  const label = view.ariaLabel;
  const table = <DistrictTable data={data} caption={label} />;
  const drawing = ready ? option : null;
  const share: ChartShare = {
    ...view,
    embedHeight: MAP_HEIGHT + 200,
    image: ready
      ? {
          option: () => mapOption(data, lang, { theme, decal, title: false, provenance: sources.provenance }),
          plotHeight: MAP_HEIGHT,
        }
      : undefined,
  };

  const canvas: ReactNode = boundaries.isError ? (
    <p className="banner-error">{tr('map.loadError', { message: boundaries.error.message })}</p>
  ) : null;
  const loading = (
    <div
      className="chart-canvas map-loading"
      aria-busy="true"
      style={embed ? undefined : { height: MAP_HEIGHT }}
    >
      <p className="muted">{tr('map.loading')}</p>
    </div>
  );

  if (embed) {
    return (
      <EmbedFrame
        title={view.title}
        subtitle={view.subtitle}
        source={view.source}
        notReported={view.notReported}
        notes={ready ? [notice] : []}
      >
        {canvas ??
          (drawing ? (
            <Chart
              option={drawing}
              label={label}
              height="fill"
              kinds={[
                { id: 'map', text: tr('indicator.chart.map') },
                { id: 'table', text: tr('indicator.chart.table') },
              ]}
              table={table}
            />
          ) : (
            loading
          ))}
      </EmbedFrame>
    );
  }

  return (
    <section
      className="panel"
      aria-label={`${indicatorName(indicator, lang)} · ${tr('indicator.chart.map')}`}
    >
      <MapControls data={data} />
      {canvas ??
        (drawing ? (
          <Chart
            option={drawing}
            label={label}
            height={MAP_HEIGHT}
            kinds={kinds}
            kind="map"
            onKind={onKind}
            table={table}
            toolbar={<ChartActions share={share} />}
            note={<MapNotes data={data} />}
          />
        ) : (
          loading
        ))}
      {drawing ? (
        <details className="map-table">
          <summary>
            {tr('map.tableCaption', {
              indicator: indicatorName(indicator, lang),
              region: placeName(data.region, lang),
              type: mapTypeLabel(data.type, lang),
            })}
          </summary>
          <div className="table-wrap">{table}</div>
        </details>
      ) : null}
      {ready ? (
        <p className="small muted">
          {notice} ·{' '}
          <a href={LICENCE_FILE} target="_blank" rel="noopener">
            LICENSE
          </a>
        </p>
      ) : null}
    </section>
  );
}
