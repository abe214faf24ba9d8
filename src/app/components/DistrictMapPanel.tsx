// One indicator on a district map of Shanghai or Tianjin (#/indicator/<id>?chart=map). The map code
// and the region's boundaries load only now. Region and agency type are chosen here and kept in the
// address (mapregion=, maptype=); the region and type filters win when set. The districts' values
// are also a table (the map's text alternative), and the map can be embedded, downloaded and cited.
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { mapAriaLabel } from '../../charts/ariaSummary.ts';
import { districtMapCsvRows } from '../../charts/chartCsv.ts';
import { districtShortValue, mapOption, mapTypeLabel } from '../../charts/mapOption.ts';
import { type DistrictMapData, districtMapData } from '../../domain/districtMap.ts';
import { MAP_REGIONS, placeName } from '../../domain/places.ts';
import { citationText } from '../../format/citation.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { qualifierLegendText } from '../../format/qualifierLegend.ts';
import { sourceLine } from '../../format/sourceLine.ts';
import { formatValue } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { loadMap } from '../echarts.ts';
import { Chart, type ChartKindChoice } from './Chart.tsx';
import { ChartActions, type ChartShare } from './ChartActions.tsx';
import { EmbedFrame } from './EmbedFrame.tsx';
import { ValueButton } from './ValueButton.tsx';

const MAP_HEIGHT = 520;
const LICENCE_FILE = './third-party/echarts-4.9.0-LICENSE.txt';

function DistrictTable({ data, caption }: { data: DistrictMapData; caption: string }) {
  const { lang, tr } = useApp();
  const indicator = data.ranking.indicator;
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr('csv.district')}</th>
          <th scope="col" className="num">
            {tr('indicator.value')}
          </th>
          <th scope="col">{tr('ui.agency')}</th>
        </tr>
      </thead>
      <tbody>
        {data.districts.map((cell) => (
          <tr key={cell.district}>
            <th scope="row">{placeName(cell.district, lang)}</th>
            <td className="num">
              {cell.status === 'reported' ? (
                districtShortValue(cell, indicator, lang)
              ) : (
                <span className={cell.status === 'not_reported' ? 'not-reported' : 'muted'}>
                  {tr(`map.status.${cell.status}`)}
                </span>
              )}
              {cell.aggregate === 'median' ? (
                <span className="small muted"> ({tr('map.median', { n: cell.rows.length })})</span>
              ) : null}
            </td>
            <td>
              <ul className="plain">
                {cell.rows.map((r) => (
                  <li key={r.agency.id}>
                    {agencyName(r.agency, lang)}: <ValueButton observation={r.observation} />
                  </li>
                ))}
                {cell.notReported.map((a) => (
                  <li key={a.id}>
                    {agencyName(a, lang)}: <span className="not-reported">{tr('value.notReported')}</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DistrictMapPanel({
  kinds,
  onKind,
}: {
  /** The chart kinds the indicator view offers (bar / map / table); ignored in embeds. */
  kinds: readonly ChartKindChoice[];
  onKind: (kind: string) => void;
}) {
  const { state, navigate, lang, tr, index } = useApp();
  const id = state.id ?? 'reconsideration.accepted';
  const data = useMemo(
    () => districtMapData(index.dataset, id, state.filter, { region: state.mapRegion, type: state.mapType }),
    [index, id, state.filter, state.mapRegion, state.mapType],
  );
  const region = data?.region ?? null;
  const [loaded, setLoaded] = useState<{ region: string | null; notice: string; error: string | null }>({
    region: null,
    notice: '',
    error: null,
  });
  useEffect(() => {
    if (region === null) return;
    let live = true;
    loadMap(region).then(
      (m) => live && setLoaded({ region, notice: m.notice, error: null }),
      (e: Error) => live && setLoaded({ region: null, notice: '', error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [region]);
  const ready = region !== null && loaded.region === region;
  const { theme, decal, embed } = state;
  const option = useMemo(
    () => (data ? mapOption(data, lang, { theme, decal, title: !embed }) : null),
    [data, lang, theme, decal, embed],
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
  const label = mapAriaLabel(data, lang);
  const year = data.ranking.year;
  const title = `${indicatorName(indicator, lang)}${year === null ? '' : ` · ${year}`}`;
  const subtitle = `${placeName(data.region, lang)} · ${mapTypeLabel(data.type, lang)} · ${tr(
    'map.districtsReported',
    {
      reported: data.districts.filter((c) => c.status === 'reported').length,
      of: data.districts.length,
    },
  )}`;
  const source = sourceLine(
    [...data.ranking.rows.map((r) => r.report), ...data.ranking.notReported.map((n) => n.report)],
    index.dataset.meta,
    lang,
  );
  const approx = data.ranking.rows.some((r) => r.observation.qualifier !== 'exact');
  const table = <DistrictTable data={data} caption={label} />;
  const drawing = ready ? option : null;
  const share: ChartShare = {
    title,
    subtitle,
    source,
    notes: [...(approx ? [qualifierLegendText(lang)] : []), loaded.notice],
    fileBase: `${indicator.id}-${placeName(data.region, lang)}-${year ?? ''}-${lang}`,
    embedHeight: MAP_HEIGHT + 200,
    image: ready
      ? { option: () => mapOption(data, lang, { theme, decal, title: false }), plotHeight: MAP_HEIGHT }
      : undefined,
    csv: () => districtMapCsvRows(data, lang),
    citations: data.districts.flatMap((cell) =>
      cell.rows.map((r) => ({
        id: r.observation.id,
        label: `${placeName(cell.district, lang)} · ${agencyName(r.agency, lang)} · ${formatValue(r.observation, lang)}`,
        text: citationText(
          { agency: r.agency, report: r.report, indicator, observation: r.observation },
          lang,
        ),
      })),
    ),
  };

  const canvas: ReactNode = loaded.error ? (
    <p className="banner-error">{tr('map.loadError', { message: loaded.error })}</p>
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

  const controls = (
    <div className="toolbar map-controls">
      <label className="field">
        {tr('map.region')}
        <select
          value={data.region}
          disabled={state.filter.region !== undefined}
          onChange={(e) => navigate({ ...state, mapRegion: e.target.value, mapType: null })}
        >
          {MAP_REGIONS.map((r) => (
            <option key={r} value={r}>
              {placeName(r, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {tr('map.type')}
        <select
          value={data.type}
          disabled={data.typeSource === 'filter'}
          onChange={(e) => navigate({ ...state, mapType: e.target.value })}
        >
          {data.typeSource === 'filter' ? (
            <option value={data.type}>{mapTypeLabel(data.type, lang)}</option>
          ) : null}
          {!data.shared ? <option value="all">{mapTypeLabel('all', lang)}</option> : null}
          {data.types.map((t) => (
            <option key={t.type} value={t.type}>
              {mapTypeLabel(t.type, lang)} ({t.agencies})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
  const notes = (
    <>
      <p className="small map-showing">
        <strong>
          {tr('map.showing', { region: placeName(data.region, lang), type: mapTypeLabel(data.type, lang) })}
        </strong>
        {data.shared ? ` ${tr('map.sharedNote')}` : ''}
        {data.typeSource === 'filter' ? ` ${tr('map.typeFromFilter')}` : ''}
      </p>
      {data.offMap.length > 0 ? (
        <p className="small muted">
          {tr('map.offMap', {
            count: data.offMap.length,
            names: data.offMap
              .slice(0, 10)
              .map((a) => agencyName(a, lang))
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </>
  );

  if (embed) {
    return (
      <EmbedFrame
        title={title}
        subtitle={subtitle}
        source={source}
        notReported={data.districts.some((c) => c.status === 'not_reported')}
        notes={ready ? [loaded.notice] : []}
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
      {controls}
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
            note={notes}
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
          {loaded.notice} ·{' '}
          <a href={LICENCE_FILE} target="_blank" rel="noopener">
            LICENSE
          </a>
        </p>
      ) : null}
    </section>
  );
}
