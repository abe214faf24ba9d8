// One indicator on a map (#/indicator/<id>?chart=map): the province map of China, or the district
// map of Shanghai or Tianjin. Which one: the region filter when it names a region with a district
// map, else the address (mapregion=), else the country when agencies lie outside those regions.
// The map code and the boundaries load only now. One agency type at a time (maptype=; the type
// filter wins). The areas' values are also a table, and the map can be embedded, downloaded, cited.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { districtMapChartView, provinceMapChartView } from '../../charts/chartView.ts';
import { mapOption, mapTypeLabel } from '../../charts/mapOption.ts';
import { provinceAggregationText, provinceMapOption } from '../../charts/provinceMapOption.ts';
import { districtMapData } from '../../domain/districtMap.ts';
import { MAP_REGIONS, placeName } from '../../domain/places.ts';
import {
  COUNTRY_MAP,
  type ProvinceCell,
  provinceMapData,
  resolveMapScope,
} from '../../domain/provinceMap.ts';
import { indicatorName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';
import { useSourceContext } from '../lib/sourceContext.ts';
import { Chart, type ChartKindChoice } from './Chart.tsx';
import { DistrictTable } from './map/DistrictTable.tsx';
import { MapControls } from './map/MapControls.tsx';
import { MapPanelBody } from './map/MapPanelBody.tsx';
import { mapBoundariesQuery } from './map/mapBoundariesQuery.ts';
import { ProvinceTable } from './map/ProvinceTable.tsx';

interface PanelProps {
  /** The chart kinds the indicator view offers (bar / map / table); ignored in embeds. */
  kinds: readonly ChartKindChoice[];
  onKind: (kind: string) => void;
}

export function DistrictMapPanel({ kinds, onKind }: PanelProps) {
  const { state, lang, tr, index } = useApp();
  const scope = useMemo(
    () => resolveMapScope(index.dataset, state.filter, state.mapRegion),
    [index, state.filter, state.mapRegion],
  );
  if (scope === COUNTRY_MAP) return <CountryMap kinds={kinds} onKind={onKind} />;
  if (scope !== null) return <RegionMap region={scope} kinds={kinds} onKind={onKind} />;
  const message = tr('map.noMap', { region: placeName(state.filter.region ?? '', lang) });
  return state.embed ? (
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

function useBoundaries(scope: string) {
  const boundaries = useQuery(mapBoundariesQuery(scope));
  return {
    ready: boundaries.isSuccess,
    error: boundaries.isError ? boundaries.error.message : null,
    notice: boundaries.data?.notice ?? '',
  };
}

function RegionMap({ region, kinds, onKind }: PanelProps & { region: string }) {
  const { state, lang, tr, index } = useApp();
  const id = state.id ?? 'reconsideration.accepted';
  const data = useMemo(
    () => districtMapData(index.dataset, id, state.filter, { region, type: state.mapType })!,
    [index, id, state.filter, region, state.mapType],
  );
  const boundaries = useBoundaries(region);
  const sources = useSourceContext();
  const { theme, decal, embed } = state;
  const option = useMemo(
    () =>
      boundaries.ready
        ? mapOption(data, lang, { theme, decal, title: !embed, provenance: sources.provenance })
        : null,
    [boundaries.ready, data, lang, theme, decal, embed, sources],
  );
  const view = useMemo(
    () => districtMapChartView(data, boundaries.notice, index.dataset.meta, lang, theme, sources),
    [data, boundaries.notice, index, lang, theme, sources],
  );
  const indicator = data.ranking.indicator;
  return (
    <MapPanelBody
      kinds={kinds}
      onKind={onKind}
      panelLabel={`${indicatorName(indicator, lang)} · ${tr('indicator.chart.map')}`}
      view={view}
      option={option}
      imageOption={() =>
        mapOption(data, lang, { theme, decal, title: false, legend: true, provenance: sources.provenance })
      }
      boundaries={boundaries}
      controls={<MapControls scope={data.region} choice={data} />}
      table={<DistrictTable data={data} caption={view.ariaLabel} />}
      tableSummary={tr('map.tableCaption', {
        indicator: indicatorName(indicator, lang),
        region: placeName(data.region, lang),
        type: mapTypeLabel(data.type, lang),
      })}
    />
  );
}

function CountryMap({ kinds, onKind }: PanelProps) {
  const { state, lang, tr, href, navigate, index } = useApp();
  const id = state.id ?? 'reconsideration.accepted';
  const data = useMemo(
    () => provinceMapData(index.dataset, id, state.filter, { type: state.mapType }),
    [index, id, state.filter, state.mapType],
  );
  const boundaries = useBoundaries(COUNTRY_MAP);
  const sources = useSourceContext();
  const { theme, decal, embed } = state;
  const option = useMemo(
    () => (boundaries.ready ? provinceMapOption(data, lang, { theme, decal, title: !embed }) : null),
    [boundaries.ready, data, lang, theme, decal, embed],
  );
  const view = useMemo(
    () => provinceMapChartView(data, boundaries.notice, index.dataset.meta, lang, theme, sources),
    [data, boundaries.notice, index, lang, theme, sources],
  );
  // A province opens its agencies: the region filter set to it, its district map where there is
  // one, else the ranking table; the type shown stays chosen for the district map.
  const target = useCallback(
    (cell: ProvinceCell) => {
      const extra = {
        filter: { ...state.filter, region: cell.region },
        chart: MAP_REGIONS.includes(cell.province) ? ('map' as const) : ('table' as const),
        mapRegion: null,
        mapType: state.mapType ?? data.type,
        page: 1,
      };
      return extra;
    },
    [state.filter, state.mapType, data.type],
  );
  const hrefOf = useCallback((cell: ProvinceCell) => href('indicator', id, target(cell)), [href, id, target]);
  const onClickItem = useCallback(
    (dataIndex: number) => {
      const cell = data.provinces[dataIndex];
      if (!cell || cell.rows.length + cell.notReported.length + cell.noReport.length === 0) return;
      navigate({ ...state, ...target(cell) });
    },
    [data, navigate, state, target],
  );
  const indicator = data.ranking.indicator;
  const aggregation = provinceAggregationText(data, lang);
  return (
    <MapPanelBody
      kinds={kinds}
      onKind={onKind}
      panelLabel={`${indicatorName(indicator, lang)} · ${tr('indicator.chart.map')}`}
      view={view}
      option={option}
      imageOption={() => provinceMapOption(data, lang, { theme, decal, title: false, legend: true })}
      boundaries={boundaries}
      controls={<MapControls scope={COUNTRY_MAP} choice={data} />}
      table={<ProvinceTable data={data} caption={view.ariaLabel} hrefOf={hrefOf} />}
      tableSummary={tr('map.province.tableCaption', {
        indicator: indicatorName(indicator, lang),
        aggregation,
      })}
      tableOpen={!embed}
      onClickItem={embed ? undefined : onClickItem}
    />
  );
}
