// One agency's indicators over the years: a small line chart per indicator (gaps where a year has
// no value), or the same numbers as one table. Options, labels and cell texts come from
// src/charts/smallMultiplesOption.ts; this only lays them out.
import { useMemo, useState } from 'react';
import { type SmallMultiple, smallMultiples, sparklineOption } from '../../charts/smallMultiplesOption.ts';
import { yearPointText } from '../../charts/yearPointText.ts';
import { agencySeries, seriesYears } from '../../domain/yearSeries.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';
import { useLineChart } from '../hooks/useLineChart.ts';
import { Chart } from './Chart.tsx';

function SmallChart({ chart, ready }: { chart: SmallMultiple; ready: boolean }) {
  const { state, lang, href, tr } = useApp();
  const option = useMemo(
    () => sparklineOption(chart, lang, { theme: state.theme }),
    [chart, lang, state.theme],
  );
  return (
    <li className="small-multiple">
      <h3>
        <a href={href('indicator', chart.indicator.id, { chart: 'trend' })}>
          {indicatorName(chart.indicator, lang)}
        </a>
      </h3>
      <Chart
        bare
        option={option}
        label={chart.ariaLabel}
        height={110}
        table={null}
        placeholder={ready ? undefined : <span className="small muted">{tr('time.loading')}</span>}
      />
    </li>
  );
}

export function SmallMultiples({ agencyId }: { agencyId: string }) {
  const { lang, tr, href, index } = useApp();
  const [kind, setKind] = useState<'chart' | 'table'>('chart');
  const ready = useLineChart();
  const years = useMemo(() => seriesYears(index), [index]);
  const sm = useMemo(
    () => smallMultiples(index.dataset.indicators, agencySeries(index, agencyId, years), years, lang),
    [index, agencyId, years, lang],
  );
  const agency = index.agencyById.get(agencyId);
  if (years.length < 2 || !agency) return null;
  const from = years[0]!;
  const to = years[years.length - 1]!;
  return (
    <section className="panel" aria-labelledby="agency-trends">
      <h2 id="agency-trends">{tr('time.trends', { from, to })}</h2>
      <p className="small muted">{tr('time.gapNote')}</p>
      <div className="segmented chart-toggle">
        <button type="button" aria-pressed={kind === 'chart'} onClick={() => setKind('chart')}>
          {tr('ui.chart')}
        </button>
        <button type="button" aria-pressed={kind === 'table'} onClick={() => setKind('table')}>
          {tr('ui.table')}
        </button>
      </div>
      {kind === 'chart' ? (
        <ul className="small-multiples">
          {sm.charts.map((c) => (
            <SmallChart key={c.indicator.id} chart={c} ready={ready} />
          ))}
        </ul>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="sr-only">
              {tr('time.tableCaption', { agency: agencyName(agency, lang) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tr('ui.indicator')}</th>
                {years.map((y) => (
                  <th key={y} scope="col" className="num">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sm.charts.map((c) => (
                <tr key={c.indicator.id}>
                  <th scope="row">
                    <a href={href('indicator', c.indicator.id, { chart: 'trend' })}>
                      {indicatorName(c.indicator, lang)}
                    </a>
                  </th>
                  {c.points.map((p) => (
                    <td key={p.year} className={p.observation ? 'num' : 'num muted'}>
                      {yearPointText(p, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sm.neverReported.length > 0 ? (
        <p className="small muted">{tr('time.neverReported', { count: sm.neverReported.length })}</p>
      ) : null}
    </section>
  );
}
