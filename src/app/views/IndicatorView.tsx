// One indicator across agencies: definition, coverage, ranking chart (top of the list) or district
// map, the full ranking table, the distribution by agency type, and who did not report it. Every
// chart can be embedded, downloaded and cited; embed=1 shows the chart alone (EmbedFrame).
import { type ReactNode, useMemo } from 'react';
import { rankingChartView } from '../../charts/chartView.ts';
import { rankingOption } from '../../charts/rankingOption.ts';
import { rankingTableRows } from '../../charts/rankingTableRows.ts';
import { yearChangeCells } from '../../charts/yearChangeCells.ts';
import { categoryName } from '../../domain/categories.ts';
import { rankIndicator } from '../../domain/ranking.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { formatUnit } from '../../format/units.ts';
import { type ChartKind, GROUP_BYS, type GroupBy } from '../../state/viewState.ts';
import { useApp } from '../AppContext.ts';
import { Chart } from '../components/Chart.tsx';
import { ChartActions, type ChartShare } from '../components/ChartActions.tsx';
import { DistributionPanel } from '../components/DistributionPanel.tsx';
import { DistrictMapPanel } from '../components/DistrictMapPanel.tsx';
import { EmbedFrame } from '../components/EmbedFrame.tsx';
import { IndicatorPicker } from '../components/IndicatorPicker.tsx';
import { RankingTable } from '../components/RankingTable.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { TopRowsTable } from '../components/TopRowsTable.tsx';
import { TrendPanel } from '../components/TrendPanel.tsx';
import { usePrefetchLineChart } from '../hooks/useLineChart.ts';
import { useSettledValue } from '../hooks/useSettledValue.ts';

// Enough bars to read without scrolling; the table below always lists everyone.
const CHART_ROWS = 50;
// Longer than one switch takes (see DistributionPanel).
const PREVIOUS_YEAR_SETTLE_MS = 250;

export default function IndicatorView() {
  const { state, navigate, lang, tr, href, index } = useApp();
  const dataset = index.dataset;
  const id = state.id ?? 'reconsideration.accepted';
  const ranking = useMemo(() => rankIndicator(dataset, id, state.filter), [dataset, id, state.filter]);
  usePrefetchLineChart();
  // The same ranking a year earlier, for the change computed from the data and the rank movement.
  // Worked out once the reader has stopped switching (a second ranking would slow every switch),
  // and shown only for the ranking it belongs to: a stale one would put numbers on the wrong rows.
  const asked = useMemo(() => ({ ranking, filter: state.filter }), [ranking, state.filter]);
  const settled = useSettledValue(asked, PREVIOUS_YEAR_SETTLE_MS);
  const previous = useMemo(() => {
    const year = settled.ranking.year;
    if (year === null || !index.years.includes(year - 1)) return null;
    return rankIndicator(dataset, settled.ranking.indicator.id, { ...settled.filter, year: year - 1 });
  }, [dataset, index, settled]);
  const sinceCells = useMemo(
    () => yearChangeCells(settled.ranking, settled === asked ? previous : null, lang),
    [settled, asked, previous, lang],
  );
  const rows = useMemo(
    () => rankingTableRows(ranking, state.sort, state.group, lang),
    [ranking, state.sort, state.group, lang],
  );
  // The chart draws the top of the ranking, then (while there is room) the agencies whose report
  // does not state the indicator, each labelled "未报告" so no one reads a missing bar as 0.
  const top = useMemo(() => {
    const shown = ranking.rows.slice(0, CHART_ROWS);
    return {
      ...ranking,
      rows: shown,
      notReported: ranking.notReported.slice(0, Math.max(0, CHART_ROWS - shown.length)),
    };
  }, [ranking]);
  const { theme, decal, embed } = state;
  const option = useMemo(
    () => rankingOption(top, lang, { theme, decal, title: !embed }),
    [top, lang, theme, decal, embed],
  );
  const view = useMemo(
    () => rankingChartView(ranking, top, dataset.meta, lang),
    [ranking, top, dataset, lang],
  );
  const label = view.ariaLabel;
  const indicator = ranking.indicator;
  const known = index.indicatorById.has(id);
  const definition =
    lang === 'en' ? indicator.definitionEn : indicator.definitionZh || indicator.definitionEn;
  const kind = state.chart ?? 'bar';
  const barRows = top.rows.length + top.notReported.length;
  const plotHeight = Math.max(120, barRows * 24 + 60);
  const share: ChartShare = {
    ...view,
    embedHeight: plotHeight + 230,
    image: {
      option: () => rankingOption(top, lang, { theme, decal, title: false }),
      plotHeight,
    },
  };
  const kinds = [
    { id: 'bar', text: tr('indicator.chart.bar') },
    { id: 'map', text: tr('indicator.chart.map') },
    { id: 'table', text: tr('indicator.chart.table') },
    { id: 'trend', text: tr('indicator.chart.trend') },
  ];
  const onKind = (k: string) => navigate({ ...state, chart: k as ChartKind });
  const topTable = <TopRowsTable rows={top.rows} caption={label} />;

  const picker = <IndicatorPicker value={id} onChange={(next) => navigate({ ...state, id: next })} />;
  // An address naming no indicator of the catalogue (a typo, a renamed link) gets the picker and
  // the reason, not a ranking of nobody: a list of "未报告" rows would read as a finding.
  if (!known) {
    const message = (
      <p className="banner-error" role="alert">
        {tr('ui.unknownIndicator', { id })}
      </p>
    );
    return embed ? (
      <section className="panel">{message}</section>
    ) : (
      <>
        <div className="toolbar">{picker}</div>
        <section className="panel" aria-label={tr('ui.indicator')}>
          {message}
        </section>
      </>
    );
  }

  let chartPanel: ReactNode;
  if (kind === 'map') {
    chartPanel = <DistrictMapPanel kinds={kinds} onKind={onKind} />;
  } else if (kind === 'trend') {
    chartPanel = <TrendPanel kinds={kinds} onKind={onKind} />;
  } else if (embed) {
    // Embedded in another site: the chart (and its table) only.
    chartPanel = (
      <EmbedFrame
        title={view.title}
        subtitle={view.subtitle}
        source={view.source}
        derived={view.derived}
        notReported={view.notReported}
      >
        <Chart
          option={option}
          label={label}
          height="fill"
          minHeight={barRows * 20 + 70}
          kinds={[
            { id: 'bar', text: tr('indicator.chart.bar') },
            { id: 'table', text: tr('indicator.chart.table') },
          ]}
          defaultKind={kind === 'table' ? 'table' : 'bar'}
          table={topTable}
        />
        {ranking.rows.length > CHART_ROWS ? (
          <p className="small muted">{tr('ui.chartTop', { n: CHART_ROWS })}</p>
        ) : null}
      </EmbedFrame>
    );
  } else {
    chartPanel = (
      <section className="panel" aria-label={indicatorName(indicator, lang)}>
        <Chart
          option={option}
          label={label}
          height={plotHeight + 56}
          kinds={kinds}
          kind={kind}
          onKind={onKind}
          table={topTable}
          toolbar={<ChartActions share={share} />}
        />
        {ranking.rows.length > CHART_ROWS ? (
          <p className="small muted">{tr('ui.chartTop', { n: CHART_ROWS })}</p>
        ) : null}
      </section>
    );
  }
  if (embed) return chartPanel;

  return (
    <>
      <div className="toolbar">
        {picker}
        <SelectField
          id="group"
          label={tr('filters.group')}
          value={state.group}
          options={GROUP_BYS.map((g) => ({ value: g, label: tr(`filters.group.${g}`) }))}
          onChange={(g) => navigate({ ...state, group: g as GroupBy })}
        />
      </div>
      <section className="panel" aria-labelledby="indicator-title">
        <h2 id="indicator-title">
          {indicatorName(indicator, lang)}
          {indicator.core ? <span className="badge badge-ok">{tr('indicator.core')}</span> : null}
        </h2>
        <p className="definition">{definition}</p>
        <dl className="stat-row small">
          <div className="stat">
            <dt>{tr('ui.kind')}</dt>
            <dd className="small">{categoryName(indicator.category, lang)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('indicator.unit')}</dt>
            <dd className="small">{formatUnit(indicator.unit, lang)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('ui.direction')}</dt>
            <dd className="small">{tr(`indicator.better.${indicator.better}`)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.year')}</dt>
            <dd className="small">{ranking.year ?? '—'}</dd>
          </div>
          <div className="stat">
            <dt>{tr('ui.agencyCount')}</dt>
            <dd className="small">
              <strong>{tr('ui.coverageShort', ranking.coverage)}</strong>
            </dd>
          </div>
        </dl>
        {ranking.rows.some((r) => r.observation.qualifier !== 'exact') ? (
          <p className="small muted">{tr('indicator.approxNote')}</p>
        ) : null}
      </section>

      {chartPanel}

      <section className="panel" aria-labelledby="ranking-title">
        <h2 id="ranking-title">{tr('ui.fullRanking')}</h2>
        <RankingTable ranking={ranking} rows={rows} previous={sinceCells} />
        {ranking.noReport.length > 0 ? (
          <details>
            <summary>
              {tr('indicator.noReport')} ({ranking.noReport.length})
            </summary>
            <ul className="small">
              {ranking.noReport.slice(0, 200).map((a) => (
                <li key={a.id}>
                  <a href={href('agency', a.id)}>{agencyName(a, lang)}</a>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {ranking.rows.length > 1 ? <DistributionPanel ranking={ranking} /> : null}
    </>
  );
}
