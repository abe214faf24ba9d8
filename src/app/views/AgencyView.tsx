// One agency: every indicator it reports, grouped by category, each with its position among
// agencies of the same type (and the places moved since the year before) and the change from the
// year before; the report's required parts; its flags; the source report; each indicator over
// the years as small multiples.
import { useMemo } from 'react';
import { categoryName } from '../../domain/categories.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import { agencyProfile } from '../../domain/profile.ts';
import { formatComputedChange, formatRankMovement, formatYoy } from '../../format/change.ts';
import { agencyName, agencyNameLang, indicatorName } from '../../format/names.ts';
import { peerRankText } from '../../format/rankText.ts';
import { useApp } from '../AppContext.ts';
import { ConsistencyMark } from '../components/ConsistencyMark.tsx';
import { FlagItem } from '../components/FlagItem.tsx';
import { ScopeNote } from '../components/ScopeNote.tsx';
import { SectionList } from '../components/SectionList.tsx';
import { SmallMultiples } from '../components/SmallMultiples.tsx';
import { ValueButton } from '../components/ValueButton.tsx';
import { ValuesTableHead } from '../components/ValuesTableHead.tsx';

export default function AgencyView() {
  const { state, lang, tr, href, index } = useApp();
  const id = state.id ?? '';
  const year = state.filter.year;
  const profile = useMemo(
    () => agencyProfile(index.dataset, id, year === undefined ? {} : { year }),
    [index, id, year],
  );
  if (!profile) {
    return (
      <section className="panel">
        <h2>{tr('agency.title')}</h2>
        <p role="alert">{tr('app.notFound', { id })}</p>
      </section>
    );
  }
  const { agency, report } = profile;
  const compareIds = state.agencies.includes(agency.id)
    ? state.agencies
    : [...state.agencies, agency.id].slice(-6);
  return (
    <>
      <section className="panel" aria-labelledby="agency-title">
        <h2 id="agency-title" lang={agencyNameLang(agency, lang) === lang ? undefined : 'zh'}>
          {agencyName(agency, lang)}
        </h2>
        <dl className="stat-row small">
          <div className="stat">
            <dt>{tr('agency.type')}</dt>
            <dd className="small">{agencyTypeName(agency.type, lang)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('agency.region')}</dt>
            <dd className="small">{placeName(agency.region, lang)}</dd>
          </div>
          <div className="stat">
            <dt>{tr('agency.district')}</dt>
            <dd className="small">{agency.district ? placeName(agency.district, lang) : '—'}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.year')}</dt>
            <dd className="small">{profile.year ?? '—'}</dd>
          </div>
          <div className="stat">
            <dt>{tr('agency.report')}</dt>
            <dd className="small">
              {report ? (
                <a href={href('reports', report.id)} lang={lang === 'en' && report.title ? 'zh' : undefined}>
                  {report.title || report.file}
                </a>
              ) : (
                tr('ui.noReportForYear', { year: profile.year ?? '—' })
              )}
            </dd>
          </div>
        </dl>
        <p className="small">
          {tr('agency.reportedCount', { count: profile.reportedCount })} ·{' '}
          {profile.year !== null
            ? tr('agency.peers', {
                type: agencyTypeName(agency.type, lang),
                year: profile.year,
                count: profile.peers,
              })
            : tr('agency.noPeers')}{' '}
          · <a href={href('compare', null, { agencies: compareIds })}>{tr('agency.addToCompare')}</a> ·{' '}
          <a href={href('brief', agency.id)}>{tr('brief.link')}</a>
        </p>
        {report && profile.reviewPending ? (
          // review: what an unread import lacks is "not found yet", and no flag; the review settles it.
          <p className="notice review-pending-note" data-testid="review-pending">
            {tr('review.profilePending')} <a href={href('import', report.id)}>{tr('review.open')}</a>
          </p>
        ) : null}
        {report ? (
          <>
            <h3>{tr('ui.requiredParts')}</h3>
            <SectionList sections={report.sections} />
          </>
        ) : null}
      </section>

      {profile.flags.length > 0 ? (
        <section className="panel" aria-labelledby="agency-flags">
          <h2 id="agency-flags">{tr('coverage.flags')}</h2>
          <ul className="flag-list">
            {profile.flags.map((f) => (
              <FlagItem
                key={`${f.kind}-${f.indicatorId ?? f.section}-${f.observationId ?? ''}`}
                flag={f}
                showAgency={false}
              />
            ))}
          </ul>
        </section>
      ) : null}

      <SmallMultiples agencyId={agency.id} />

      <section className="panel" aria-labelledby="agency-values">
        <h2 id="agency-values">{tr('reports.values')}</h2>
        <div className="table-wrap">
          <table className="data">
            <ValuesTableHead
              columns={[
                { label: 'ui.peerPosition', num: true },
                { label: 'ui.yoy', num: true },
                { label: 'ui.scopeNote' },
              ]}
            />
            {profile.categories.map((c) => (
              <tbody key={c.category}>
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={5}>
                    {categoryName(c.category, lang)}
                  </th>
                </tr>
                {c.entries.map((e) => (
                  <tr key={e.indicator.id}>
                    <th scope="row">
                      <a href={href('indicator', e.indicator.id)}>{indicatorName(e.indicator, lang)}</a>
                    </th>
                    <td className="num">
                      <ValueButton observation={e.observation} absence={e.absence} />
                      <ConsistencyMark observation={e.observation} />
                    </td>
                    <td className="num small">
                      {e.position ? peerRankText(e.position, lang) : '—'}
                      {e.movement ? (
                        <span className="rank-move" title={tr('time.move.title')}>
                          {formatRankMovement(e.movement, lang)}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">
                      {(e.observation && formatYoy(e.observation, lang)) ?? (e.change ? '' : '—')}
                      {e.change ? (
                        <span className="computed-change">{formatComputedChange(e.change, lang)}</span>
                      ) : null}
                    </td>
                    <td className="small">
                      <ScopeNote scope={e.observation?.scope} />
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      </section>
    </>
  );
}
