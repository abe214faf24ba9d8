// Agencies side by side (2–6): grouped bars or radar of each value as a share of the highest
// among them, and the full table. Not reported is a gap ("未报告"), never 0.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { compareChartView } from '../../charts/chartView.ts';
import { compareAbsentText } from '../../charts/compareAbsence.ts';
import {
  compareLegendHeight,
  compareOption,
  compareRadarOption,
  compareRowCells,
  MIN_COMPARED,
} from '../../charts/compareOption.ts';
import { commonRows, compareAgencies, RADAR_MIN_AXES } from '../../domain/compare.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import type { ChartKind } from '../../state/viewState.ts';
import { useApp } from '../AppContext.ts';
import { AgencyPicker } from '../components/AgencyPicker.tsx';
import { Chart } from '../components/Chart.tsx';
import { ChartActions, type ChartShare } from '../components/ChartActions.tsx';
import { EmbedFrame } from '../components/EmbedFrame.tsx';
import { ValueButton } from '../components/ValueButton.tsx';
import { loadRadar } from '../echarts.ts';
import { useSourceContext } from '../lib/sourceContext.ts';

export default function CompareView() {
  const { state, navigate, lang, tr, href, index } = useApp();
  const sources = useSourceContext();
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
  // The radar draws only what every agency reports (see commonRows); the bars and CSV draw all.
  const common = useMemo(() => commonRows(comparison), [comparison]);
  const drawnComparison = drawn === 'radar' ? common : comparison;
  const radarNote =
    kind !== 'radar' || comparison.agencies.length < MIN_COMPARED ? null : (
      <p className="small muted" role="note">
        {common.rows.length < RADAR_MIN_AXES
          ? tr('compare.radarTooFew', { k: common.rows.length })
          : tr('compare.radarNote', {
              k: common.rows.length,
              m: comparison.rows.length - common.rows.length,
            })}
      </p>
    );
  const radarPlaceholder = kind === 'radar' && common.rows.length < RADAR_MIN_AXES ? radarNote : undefined;
  const { theme, decal, embed } = state;
  // A fresh option for each use: the image export frames its own copy.
  const makeOption = useCallback(
    () =>
      drawn === 'radar'
        ? compareRadarOption(comparison, lang, { theme, decal })
        : compareOption(comparison, lang, { theme, decal, provenance: sources.provenance }),
    [comparison, lang, drawn, theme, decal, sources],
  );
  const option = useMemo(() => makeOption(), [makeOption]);
  const setAgencies = (agencies: string[]) => navigate({ ...state, agencies });
  const view = useMemo(
    () => compareChartView(comparison, drawnComparison, index.reportById, index.dataset.meta, lang, sources),
    [comparison, drawnComparison, index, lang, sources],
  );
  const label = view.ariaLabel;
  const plotHeight =
    drawn === 'radar'
      ? 480
      : Math.max(240, comparison.rows.length * (14 * comparison.agencies.length + 12) + 80) +
        compareLegendHeight(comparison.agencies.length);
  const share: ChartShare = {
    ...view,
    embedHeight: plotHeight + 220,
    image: { option: makeOption, plotHeight },
  };
  const kinds = [
    { id: 'bar', text: tr('compare.chart.bar') },
    { id: 'radar', text: tr('compare.chart.radar') },
    { id: 'table', text: tr('compare.chart.table') },
  ];
  const onKind = (k: string) => navigate({ ...state, chart: k as ChartKind });
  const table = (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{label}</caption>
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
              {compareRowCells(row.values).map((cell, i) => {
                const agency = comparison.agencies[i]!;
                return (
                  <td key={agency.id} className="num">
                    {cell.kind === 'absent' ? (
                      <span className="not-reported">{compareAbsentText(row.absences?.[i], lang)}</span>
                    ) : (
                      <ValueButton observation={cell.observation} />
                    )}
                    {cell.kind === 'only' ? (
                      <span className="small muted only-reporter"> {tr('compare.onlyReporter')}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const enough = comparison.agencies.length >= MIN_COMPARED;
  // One agency compares with nothing: no chart, no table of it alone, a prompt for a second.
  const prompt = (
    <p className="panel compare-prompt" role="status">
      {comparison.agencies.length === 0 ? tr('compare.tooFew') : tr('compare.pickSecond')}
    </p>
  );
  if (embed) {
    return enough ? (
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
          minHeight={
            drawn === 'radar'
              ? 320
              : comparison.rows.length * (10 * comparison.agencies.length + 8) +
                90 +
                compareLegendHeight(comparison.agencies.length)
          }
          kinds={kinds}
          kind={kind}
          onKind={onKind}
          table={table}
          note={radarPlaceholder ? undefined : radarNote}
          placeholder={radarPlaceholder}
        />
      </EmbedFrame>
    ) : (
      prompt
    );
  }

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
      {enough ? (
        <section className="panel" aria-label={tr('ui.chart')}>
          <Chart
            option={option}
            label={label}
            height={plotHeight}
            kinds={kinds}
            kind={kind}
            onKind={onKind}
            table={table}
            toolbar={radarPlaceholder ? undefined : <ChartActions share={share} />}
            note={radarPlaceholder ? undefined : radarNote}
            placeholder={radarPlaceholder}
          />
          {kind !== 'table' ? table : null}
        </section>
      ) : (
        prompt
      )}
    </>
  );
}
