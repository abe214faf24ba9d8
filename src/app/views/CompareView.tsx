// Agencies side by side (2–6): grouped bars or radar of each value as a share of the highest
// among them, and the full table. Not reported is a gap ("未报告"), never 0.
import { useEffect, useMemo, useState } from 'react';
import { compareAriaLabel } from '../../charts/ariaSummary.ts';
import { compareOption, compareRadarOption } from '../../charts/compareOption.ts';
import { compareAgencies } from '../../domain/compare.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import type { ChartKind } from '../../state/viewState.ts';
import { useApp } from '../AppContext.ts';
import { AgencyPicker } from '../components/AgencyPicker.tsx';
import { Chart } from '../components/Chart.tsx';
import { ValueButton } from '../components/ValueButton.tsx';
import { loadRadar } from '../echarts.ts';

export default function CompareView() {
  const { state, navigate, lang, tr, href, index } = useApp();
  const ids = state.agencies;
  const year = state.filter.year;
  const comparison = useMemo(
    () => compareAgencies(index.dataset, ids, year === undefined ? {} : { year }),
    [index, ids, year],
  );
  const kind = state.chart ?? 'bar';
  // The radar's code is fetched the first time someone asks for it; bars until then.
  const [radarReady, setRadarReady] = useState(false);
  useEffect(() => {
    if (kind === 'radar') loadRadar().then(() => setRadarReady(true));
  }, [kind]);
  const drawn = kind === 'radar' && !radarReady ? 'bar' : kind;
  const option = useMemo(
    () => (drawn === 'radar' ? compareRadarOption(comparison, lang) : compareOption(comparison, lang)),
    [comparison, lang, drawn],
  );
  const setAgencies = (agencies: string[]) => navigate({ ...state, agencies });
  const table = (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{compareAriaLabel(comparison, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('ui.indicator')}</th>
            {comparison.agencies.map((a) => (
              <th scope="col" key={a.id} className="num">
                <a href={href('agency', a.id)}>{agencyName(a, lang)}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.indicator.id}>
              <th scope="row">
                <a href={href('indicator', row.indicator.id)}>{indicatorName(row.indicator, lang)}</a>
              </th>
              {row.values.map((o, i) => (
                <td key={comparison.agencies[i]!.id} className="num">
                  <ValueButton observation={o} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <section className="panel" aria-labelledby="compare-title">
        <h2 id="compare-title">{tr('compare.title')}</h2>
        <p className="small muted">
          {tr('compare.select')}
          {comparison.year !== null ? ` · ${tr('ui.year', { year: comparison.year })}` : ''}
        </p>
        <h3 className="sr-only">{tr('ui.selected')}</h3>
        <ul className="chips">
          {comparison.agencies.map((a) => (
            <li key={a.id} className="chip">
              <a href={href('agency', a.id)}>{agencyName(a, lang)}</a>
              <button
                type="button"
                aria-label={tr('compare.remove', { name: agencyName(a, lang) })}
                onClick={() => setAgencies(ids.filter((x) => x !== a.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {comparison.unknownAgencyIds.map((id) => (
          <p key={id} className="banner-error small" role="alert">
            {tr('compare.unknownAgency', { id })}
          </p>
        ))}
        {ids.length > 6 ? <p className="banner-error small">{tr('compare.tooMany')}</p> : null}
        <AgencyPicker selected={ids} onAdd={(id) => setAgencies([...ids, id])} />
      </section>
      {comparison.agencies.length < 2 ? <p className="panel">{tr('compare.tooFew')}</p> : null}
      {comparison.agencies.length > 0 ? (
        <section className="panel" aria-label={tr('ui.chart')}>
          <Chart
            option={option}
            label={compareAriaLabel(comparison, lang)}
            height={
              drawn === 'radar'
                ? 480
                : Math.max(240, comparison.rows.length * (14 * comparison.agencies.length + 12) + 80)
            }
            kinds={[
              { id: 'bar', text: tr('compare.chart.bar') },
              { id: 'radar', text: tr('compare.chart.radar') },
              { id: 'table', text: tr('compare.chart.table') },
            ]}
            kind={kind}
            onKind={(k) => navigate({ ...state, chart: k as ChartKind })}
            table={table}
          />
          {kind !== 'table' ? table : null}
        </section>
      ) : null}
    </>
  );
}
