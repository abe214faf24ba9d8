// One indicator over the years (#/indicator/<id>?chart=trend): the focused and selected agencies
// against the median and interquartile band of the same type in the filter, the basis of that band
// in words, and the numbers by year as a table. Its own chart kind, so switching indicators in the
// bar view never pays for five years of data.
import { useMemo } from 'react';
import { trendChartView } from '../../charts/trendChartView.ts';
import { trendBasisText, trendNotes, trendOption, trendTable } from '../../charts/trendOption.ts';
import { indicatorTrend } from '../../domain/yearSeries.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';
import { useLineChart } from '../hooks/useLineChart.ts';
import { AgencyPicker } from './AgencyPicker.tsx';
import { Chart, type ChartKindChoice } from './Chart.tsx';
import { ChartActions, type ChartShare } from './ChartActions.tsx';
import { EmbedFrame } from './EmbedFrame.tsx';

const MAX_AGENCIES = 6;
const PLOT_HEIGHT = 360;

export function TrendPanel({
  kinds,
  onKind,
}: {
  kinds: readonly ChartKindChoice[];
  onKind: (kind: string) => void;
}) {
  const { state, navigate, lang, tr, href, index } = useApp();
  const ready = useLineChart();
  const id = state.id ?? 'reconsideration.accepted';
  const { focus, agencies: selected, filter, theme, embed } = state;
  const ids = useMemo(
    () => [...new Set([...(focus !== null ? [focus] : []), ...selected])].slice(0, MAX_AGENCIES),
    [focus, selected],
  );
  // The band is taken over one agency type: the filter's, else that of the agency in view.
  const type =
    filter.type ?? (ids.map((a) => index.agencyById.get(a)?.type).find((t) => t !== undefined) || null);
  const trend = useMemo(() => indicatorTrend(index, id, ids, filter, type), [index, id, ids, filter, type]);
  const option = useMemo(
    () => (trend ? trendOption(trend, lang, { theme, focus }) : null),
    [trend, lang, theme, focus],
  );
  const view = useMemo(
    () => (trend ? trendChartView(trend, focus, index.reportById, index.dataset.meta, lang) : null),
    [trend, focus, index, lang],
  );
  if (!trend || !option || !view) return null;
  const label = view.ariaLabel;
  const share: ChartShare = {
    ...view,
    embedHeight: PLOT_HEIGHT + 260,
    image: { option: () => trendOption(trend, lang, { theme, focus }), plotHeight: PLOT_HEIGHT },
  };
  const placeholder = ready ? undefined : <span className="small muted">{tr('time.loading')}</span>;
  if (embed) {
    return (
      <EmbedFrame
        title={view.title}
        subtitle={view.subtitle}
        source={view.source}
        derived={view.derived}
        notReported={view.notReported}
        notes={view.notes}
      >
        <Chart
          option={option}
          label={label}
          height="fill"
          minHeight={PLOT_HEIGHT}
          kinds={[{ id: 'trend', text: tr('indicator.chart.trend') }]}
          table={null}
          placeholder={placeholder}
        />
      </EmbedFrame>
    );
  }
  const table = trendTable(trend, lang, focus);
  const from = trend.years[0] ?? '';
  const to = trend.years[trend.years.length - 1] ?? '';
  const title = tr('time.trendTitle', { indicator: indicatorName(trend.indicator, lang), from, to });
  const remove = (agencyId: string) =>
    navigate({
      ...state,
      agencies: selected.filter((a) => a !== agencyId),
      focus: focus === agencyId ? null : focus,
    });
  return (
    <section className="panel" aria-labelledby="trend-title">
      <h2 id="trend-title">{title}</h2>
      <p className="small">{trendBasisText(trend, lang)}</p>
      {trendNotes(trend, lang).map((n) => (
        <p key={n} className="small muted">
          {n}
        </p>
      ))}
      <Chart
        option={option}
        label={label}
        height={PLOT_HEIGHT}
        kinds={kinds}
        kind="trend"
        onKind={onKind}
        table={null}
        placeholder={placeholder}
        toolbar={<ChartActions share={share} />}
      />
      <details className="trend-table">
        <summary>{tr('ui.table')}</summary>
        <div className="table-wrap">
          <table className="data">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {table.header.map((h, i) => (
                  <th key={h} scope="col" className={i === 0 ? undefined : 'num'}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([year, ...cells]) => (
                <tr key={year}>
                  <th scope="row">
                    <a
                      href={href('indicator', id, {
                        filter: { ...filter, year: Number(year) },
                        chart: 'bar',
                      })}
                    >
                      {year}
                    </a>
                  </th>
                  {cells.map((c, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
                    <td key={i} className="num">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {
        <>
          {ids.length === 0 ? <p className="small">{tr('time.noAgencies')}</p> : null}
          {trend.agencies.length > 0 ? (
            <ul className="chips" aria-label={tr('indicator.agency')}>
              {trend.agencies.map(({ agency }) => (
                <li key={agency.id}>
                  <button type="button" onClick={() => remove(agency.id)}>
                    × {tr('time.remove', { name: agencyName(agency, lang) })}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <AgencyPicker
            selected={ids}
            onAdd={(agencyId) =>
              ids.length < MAX_AGENCIES && navigate({ ...state, agencies: [...selected, agencyId] })
            }
          />
        </>
      }
    </section>
  );
}
