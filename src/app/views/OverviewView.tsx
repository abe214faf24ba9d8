// Overview: what the data covers, the core indicators at a glance, and where the gaps are.
import { useMemo } from 'react';
import { rankingAriaLabel } from '../../charts/ariaSummary.ts';
import { applyFilter, effectiveYear } from '../../domain/filter.ts';
import { weakAreaFlags } from '../../domain/flags.ts';
import { type CountRow, flagCounts, overviewCounts } from '../../domain/overviewStats.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import { rankIndicator } from '../../domain/ranking.ts';
import { absenceText } from '../../format/absenceText.ts';
import { formatDate } from '../../format/date.ts';
import { indicatorName } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { sourceLine } from '../../format/sourceLine.ts';
import { useApp } from '../AppContext.ts';
import { ChartActions } from '../components/ChartActions.tsx';
import { EmbedFrame } from '../components/EmbedFrame.tsx';
import { FocusLine } from '../components/FocusLine.tsx';
import { MiniBars } from '../components/MiniBars.tsx';

/** The four numbers supervisors ask about first. */
const GLANCE = [
  'reconsideration.accepted',
  'litigation.head_appearance_rate',
  'mediation.success_rate',
  'training.participants',
] as const;
const CARD_ROWS = 8;

function CountTable({
  caption,
  rows,
  name,
}: {
  caption: string;
  rows: CountRow[];
  name: (k: string) => string;
}) {
  const { lang } = useApp();
  return (
    <table className="data">
      <caption>{caption}</caption>
      <tbody>
        {rows.slice(0, 12).map((r) => (
          <tr key={r.key}>
            <th scope="row">{name(r.key)}</th>
            <td className="num">{formatNumber(r.count, lang)}</td>
          </tr>
        ))}
        {rows.length > 12 ? (
          <tr>
            <td colSpan={2} className="muted small">
              … +{rows.length - 12}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function GlanceCard({ indicatorId, heading = 'h3' }: { indicatorId: string; heading?: 'h2' | 'h3' }) {
  const { state, lang, tr, href, index } = useApp();
  const ranking = useMemo(
    () => rankIndicator(index.dataset, indicatorId, state.filter),
    [index, indicatorId, state.filter],
  );
  const top = ranking.rows.slice(0, CARD_ROWS);
  // Under the page's h1 when embedded, under the "core indicators" h2 otherwise.
  const Heading = heading;
  return (
    <section className="panel card" aria-labelledby={`card-${indicatorId}`}>
      <Heading id={`card-${indicatorId}`}>
        <a href={href('indicator', indicatorId)}>{indicatorName(ranking.indicator, lang)}</a>
      </Heading>
      <p className="small muted">
        {tr('ui.coverageShort', ranking.coverage)}
        {ranking.year !== null ? ` · ${tr('ui.year', { year: ranking.year })}` : ''}
      </p>
      {ranking.rows.length === 0 ? (
        // Nobody has a value: 未报告 only if some reviewed report lacks it, else still under review.
        <p className="not-reported">
          {absenceText(
            lang,
            ranking.notReported.length === 0 && ranking.unreviewed.length > 0 ? 'unreviewed' : 'not_reported',
          )}
        </p>
      ) : (
        <MiniBars
          rows={top}
          caption={rankingAriaLabel(ranking, lang)}
          max={ranking.indicator.unit === '%' ? 100 : Math.max(...top.map((r) => r.observation.value))}
        />
      )}
      <FocusLine ranking={ranking} />
    </section>
  );
}

export default function OverviewView() {
  const { state, lang, tr, href, index } = useApp();
  const dataset = index.dataset;
  const scoped = useMemo(() => applyFilter(dataset, state.filter), [dataset, state.filter]);
  // Headline counts follow the year filter: the agencies that reported that year, its reports and values.
  const stats = useMemo(() => overviewCounts(dataset, state.filter), [dataset, state.filter]);
  const year = effectiveYear(dataset, state.filter);
  const flags = useMemo(
    () => weakAreaFlags(dataset, year === null ? state.filter : { ...state.filter, year }),
    [dataset, state.filter, year],
  );
  const counts = flagCounts(flags);
  const meta = dataset.meta;
  const cards = (
    <div className="grid">
      {GLANCE.map((id) => (
        <GlanceCard key={id} indicatorId={id} heading={state.embed ? 'h2' : 'h3'} />
      ))}
    </div>
  );
  const source = sourceLine(
    year === null ? scoped.reports : scoped.reports.filter((r) => r.year === year),
    meta,
    lang,
  );
  const title = `${tr('overview.embedTitle')}${year !== null ? ` · ${year}` : ''}`;
  // Embedded: the core-indicator cards alone.
  if (state.embed) {
    return (
      <EmbedFrame title={title} source={source}>
        {cards}
      </EmbedFrame>
    );
  }
  return (
    <>
      <h2 className="sr-only">{tr('overview.title')}</h2>
      <section className="panel" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{tr('ui.datasetCoverage')}</h2>
        <dl className="stat-row">
          <div className="stat" data-testid="stat-agencies">
            <dt>
              {stats.year === null
                ? tr('ui.agencyCount')
                : tr('overview.agenciesReporting', { year: stats.year })}
            </dt>
            <dd>
              {formatNumber(stats.year === null ? stats.agencies : stats.reportingAgencies, lang)}
              {stats.year !== null ? (
                <span className="small muted">
                  {' '}
                  {tr('overview.ofAgencies', { total: formatNumber(stats.agencies, lang) })}
                </span>
              ) : null}
            </dd>
          </div>
          <div className="stat" data-testid="stat-reports">
            <dt>{tr('nav.reports')}</dt>
            <dd>{formatNumber(stats.reports, lang)}</dd>
          </div>
          <div className="stat" data-testid="stat-values">
            <dt>{tr('reports.values')}</dt>
            <dd>{formatNumber(stats.observations, lang)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('nav.indicator')}</dt>
            <dd>{formatNumber(dataset.indicators.length, lang)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.year')}</dt>
            <dd>{stats.byYear.map((y) => y.key).join(' · ') || '—'}</dd>
          </div>
        </dl>
        {meta.extractedAt ? (
          <p className="small muted">
            {tr('overview.extractedAt', {
              date: formatDate(meta.extractedAt, lang),
              version: meta.extractorVersion ?? '—',
            })}
          </p>
        ) : null}
        <div className="grid">
          <CountTable caption={tr('ui.byRegion')} rows={stats.byRegion} name={(k) => placeName(k, lang)} />
          <CountTable caption={tr('ui.byType')} rows={stats.byType} name={(k) => agencyTypeName(k, lang)} />
          <CountTable
            caption={tr('ui.byDistrict')}
            rows={stats.byDistrict}
            name={(k) => placeName(k, lang)}
          />
        </div>
      </section>

      <div className="section-head">
        <h2>{tr('overview.coreIndicators')}</h2>
        <ChartActions
          share={{ title, source, fileBase: 'core-indicators', embedHeight: 620 }}
          decalToggle={false}
        />
      </div>
      {cards}

      <section className="panel" aria-labelledby="gaps-title">
        <h2 id="gaps-title">{tr('ui.gaps')}</h2>
        <p className="small muted">
          {tr('ui.flagsTotal', { count: formatNumber(flags.length, lang) })}
          {year !== null ? ` · ${tr('ui.year', { year })}` : ''}
        </p>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{tr('ui.kind')}</th>
                <th scope="col" className="num">
                  {tr('ui.count')}
                </th>
                <th scope="col" className="num">
                  {tr('ui.ofWhichHigh')}
                </th>
                <th scope="col" className="num">
                  {tr('ui.agencyCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.kind}>
                  <th scope="row">
                    {c.total > 0 ? (
                      <a href={href('coverage', null, { flagKind: c.kind })}>{tr(`flag.kind.${c.kind}`)}</a>
                    ) : (
                      tr(`flag.kind.${c.kind}`)
                    )}
                  </th>
                  <td className="num">
                    {c.total > 0 ? (
                      <a href={href('coverage', null, { flagKind: c.kind })}>{formatNumber(c.total, lang)}</a>
                    ) : (
                      formatNumber(c.total, lang)
                    )}
                  </td>
                  <td className="num">
                    {c.high > 0 ? (
                      <a href={href('coverage', null, { flagKind: c.kind, flagSeverity: 'high' })}>
                        {formatNumber(c.high, lang)}
                      </a>
                    ) : (
                      formatNumber(c.high, lang)
                    )}
                  </td>
                  <td className="num">{formatNumber(c.agencies, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <a href={href('coverage')}>{tr('ui.seeCoverage')}</a>
        </p>
      </section>
    </>
  );
}
