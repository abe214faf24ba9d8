// One indicator across agencies: definition, coverage, where the focused agency stands, ranking
// chart or district map, the full ranking table, the distribution by agency type, and who did not
// report it. A ranking that fits is labelled bars; a longer one is drawn whole as a distribution
// (every agency, the focused and selected ones labelled); group= draws each group's median.
// Values in units not comparable with the indicator's are ranked apart, below, and said so.
// Every chart can be embedded, downloaded and cited; embed=1 shows the chart alone (EmbedFrame).
import { type ReactNode, useMemo } from 'react';
import {
  groupMedianChartView,
  otherUnitNotes,
  rankingChartView,
  rankingDistributionChartView,
} from '../../charts/chartView.ts';
import { groupMedianOption, groupMedians } from '../../charts/groupMedianOption.ts';
import { distributionNotes, rankingDistributionOption } from '../../charts/rankingDistributionOption.ts';
import { rankingOption } from '../../charts/rankingOption.ts';
import { rankingTableRows } from '../../charts/rankingTableRows.ts';
import { yearChangeCells } from '../../charts/yearChangeCells.ts';
import { categoryName } from '../../domain/categories.ts';
import { isEmptyFilter } from '../../domain/filter.ts';
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
import { FocusPositionPanel } from '../components/FocusPositionPanel.tsx';
import { IndicatorPicker } from '../components/IndicatorPicker.tsx';
import { RankingTable } from '../components/RankingTable.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { TopRowsTable } from '../components/TopRowsTable.tsx';
import { TrendPanel } from '../components/TrendPanel.tsx';
import { usePrefetchLineChart } from '../hooks/useLineChart.ts';
import { useSettledValue } from '../hooks/useSettledValue.ts';
import { useSourceContext } from '../lib/sourceContext.ts';

// Enough bars to read without scrolling; the table below always lists everyone.
const CHART_ROWS = 50;
// Longer than one switch takes (see DistributionPanel).
const PREVIOUS_YEAR_SETTLE_MS = 250;

export default function IndicatorView() {
  const { state, navigate, lang, tr, href, index } = useApp();
  const sources = useSourceContext();
  const dataset = index.dataset;
  const id = state.id ?? 'reconsideration.accepted';
  const ranking = useMemo(
    () => rankIndicator(dataset, id, state.filter, { separateUnits: true }),
    [dataset, id, state.filter],
  );
  // "Among all": the same year without region, district or type, for the focused agency's position.
  const year = state.filter.year;
  const whole = useMemo(() => {
    const agencyFilter = { ...state.filter, year: undefined };
    if (!state.focus || isEmptyFilter(agencyFilter)) return null;
    return rankIndicator(dataset, id, year === undefined ? {} : { year }, { separateUnits: true });
  }, [dataset, id, state.filter, year, state.focus]);
  usePrefetchLineChart();
  // The same ranking a year earlier, for the change computed from the data and the rank movement.
  // Worked out once the reader has stopped switching (a second ranking would slow every switch),
  // and shown only for the ranking it belongs to: a stale one would put numbers on the wrong rows.
  const asked = useMemo(() => ({ ranking, filter: state.filter }), [ranking, state.filter]);
  const settled = useSettledValue(asked, PREVIOUS_YEAR_SETTLE_MS);
  const previous = useMemo(() => {
    const year = settled.ranking.year;
    if (year === null || !index.years.includes(year - 1)) return null;
    return rankIndicator(
      dataset,
      settled.ranking.indicator.id,
      { ...settled.filter, year: year - 1 },
      { separateUnits: true },
    );
  }, [dataset, index, settled]);
  const sinceCells = useMemo(
    () => yearChangeCells(settled.ranking, settled === asked ? previous : null, lang),
    [settled, asked, previous, lang],
  );
  const rows = useMemo(
    () => rankingTableRows(ranking, state.sort, state.group, lang),
    [ranking, state.sort, state.group, lang],
  );
  // Labelled bars while the ranking fits (then, while there is room, the agencies whose report
  // does not state the indicator, each labelled "未报告" so no one reads a missing bar as 0);
  // beyond that every agency as a distribution, never an arbitrary first 50.
  const distribution = ranking.rows.length > CHART_ROWS;
  const top = useMemo(() => {
    const shown = ranking.rows.slice(0, CHART_ROWS);
    const notReported = ranking.notReported.slice(0, Math.max(0, CHART_ROWS - shown.length));
    return {
      ...ranking,
      rows: shown,
      notReported,
      // review: imports under review that lack it, labelled "not found yet", while there is room.
      unreviewed: ranking.unreviewed.slice(0, Math.max(0, CHART_ROWS - shown.length - notReported.length)),
    };
  }, [ranking]);
  const { theme, decal, embed, focus, group } = state;
  const selected = state.agencies;
  const groups = useMemo(
    () => (group === 'none' ? null : groupMedians(ranking, group, lang, focus)),
    [ranking, group, lang, focus],
  );
  const option = useMemo(() => {
    const o = { theme, decal, title: !embed, focus, selected, provenance: sources.provenance };
    if (groups) return groupMedianOption(ranking, groups, group, lang, o);
    return distribution ? rankingDistributionOption(ranking, lang, o) : rankingOption(top, lang, o);
  }, [ranking, groups, group, distribution, top, lang, theme, decal, embed, focus, selected, sources]);
  const view = useMemo(() => {
    if (groups) return groupMedianChartView(ranking, groups, group, dataset.meta, lang, sources);
    if (distribution)
      return rankingDistributionChartView(
        ranking,
        dataset.meta,
        lang,
        [...(focus ? [focus] : []), ...selected],
        sources,
      );
    return rankingChartView(ranking, top, dataset.meta, lang, sources, [
      ...(focus ? [focus] : []),
      ...selected,
    ]);
  }, [ranking, groups, group, distribution, top, dataset, lang, focus, selected, sources]);
  const label = view.ariaLabel;
  const indicator = ranking.indicator;
  const known = index.indicatorById.has(id);
  const definition =
    lang === 'en' ? indicator.definitionEn : indicator.definitionZh || indicator.definitionEn;
  const kind = state.chart ?? 'bar';
  const groupsLabelled = groups !== null && groups.length <= 60;
  const barRows = groups
    ? groupsLabelled
      ? groups.length
      : 14
    : distribution
      ? 16
      : top.rows.length + top.notReported.length + top.unreviewed.length;
  const plotHeight = Math.max(120, barRows * 24 + 60 + (distribution || groups ? 40 : 0));
  const share: ChartShare = {
    ...view,
    embedHeight: plotHeight + 230,
    image: {
      option: () => {
        const o = { theme, decal, title: false, focus, selected, provenance: sources.provenance };
        if (groups) return groupMedianOption(ranking, groups, group, lang, o);
        return distribution ? rankingDistributionOption(ranking, lang, o) : rankingOption(top, lang, o);
      },
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
  const topTable = (
    <TopRowsTable rows={distribution ? ranking.rows.slice(0, CHART_ROWS) : top.rows} caption={label} />
  );
  // Under the chart: what the distribution draws, its ties, and the values ranked apart.
  const chartNotes = [
    ...(distribution && !groups ? distributionNotes(ranking, lang).slice(0, 2) : []),
    ...otherUnitNotes(ranking, lang),
  ];

  const picker = (
    <IndicatorPicker value={id} onChange={(next) => navigate({ ...state, id: next, page: 1 })} />
  );
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
        {chartNotes.map((note) => (
          <p key={note} className="small muted">
            {note}
          </p>
        ))}
      </EmbedFrame>
    );
  } else {
    chartPanel = (
      // Named after the chart (with its year), not the indicator: the panel above already has that
      // name, and two regions of one name fail axe's landmark-unique (non-core indicators).
      <section className="panel" aria-label={view.title}>
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
        {chartNotes.map((note) => (
          <p key={note} className="small muted">
            {note}
          </p>
        ))}
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
          onChange={(g) => navigate({ ...state, group: g as GroupBy, page: 1 })}
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
        <FocusPositionPanel all={whole ?? ranking} filtered={whole ? ranking : null} />
      </section>

      {chartPanel}

      <section className="panel" aria-labelledby="ranking-title">
        <h2 id="ranking-title">{tr('ui.fullRanking')}</h2>
        {ranking.otherUnits.map((u) => (
          <p key={u.unit} className="small">
            {tr('find.otherUnits', { count: u.rows.length, unit: formatUnit(u.unit, lang) })}
          </p>
        ))}
        <RankingTable ranking={ranking} rows={rows} previous={sinceCells} />
        {ranking.otherUnits.map((u) => {
          const sub = { ...ranking, rows: u.rows, notReported: [], otherUnits: [] };
          return (
            <RankingTable
              key={u.unit}
              ranking={sub}
              rows={rankingTableRows(sub, state.sort, state.group, lang)}
              paging="local"
              caption={tr('find.unitRanking', { count: u.rows.length, unit: formatUnit(u.unit, lang) })}
            />
          );
        })}
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
