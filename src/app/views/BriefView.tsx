// The one-page agency brief (#/agency/<id>/brief): everything it shows comes from agencyBrief();
// this component only lays it out, for the screen and for one A4 page in print (print.css).
import { useMemo } from 'react';
import { agencyBrief } from '../../format/agencyBrief.ts';
import { useApp } from '../AppContext.ts';

export default function BriefView() {
  const { state, lang, tr, href, index } = useApp();
  const id = state.id ?? '';
  const year = state.filter.year;
  const brief = useMemo(
    () => agencyBrief(index.dataset, id, lang, year === undefined ? {} : { year }),
    [index, id, lang, year],
  );
  if (!brief) {
    return (
      <section className="panel">
        <h2>{tr('brief.title')}</h2>
        <p role="alert">{tr('app.notFound', { id })}</p>
      </section>
    );
  }
  const sourceLang = lang === 'en' ? 'zh' : undefined;
  return (
    <article className="brief panel" aria-labelledby="brief-title">
      <div className="brief-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {tr('brief.print')}
        </button>
        <a href={href('agency', brief.agencyId)}>{tr('brief.back')}</a>
        <p className="small muted">{tr('brief.printHint')}</p>
      </div>
      <header className="brief-head">
        <p className="brief-kicker">{tr('brief.title')}</p>
        <h2 id="brief-title">
          <span lang={brief.nameLang === lang ? undefined : brief.nameLang}>{brief.name}</span>
          {brief.syntheticMark ? <span className="badge badge-derived">{brief.syntheticMark}</span> : null}
        </h2>
        <dl className="brief-facts">
          {brief.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd lang={f.lang === lang ? undefined : f.lang}>{f.value}</dd>
            </div>
          ))}
        </dl>
      </header>

      <section aria-labelledby="brief-core">
        <h3 id="brief-core">{tr('brief.core')}</h3>
        {brief.core.length === 0 ? (
          <p className="small">{tr('brief.noCore')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data brief-table">
              <thead>
                <tr>
                  <th scope="col">{tr('ui.indicator')}</th>
                  <th scope="col" className="num">
                    {tr('brief.value', { year: brief.year ?? '—' })}
                  </th>
                  <th scope="col" className="num">
                    {tr('brief.position')}
                  </th>
                  {brief.years.map((y) => (
                    <th key={y} scope="col" className="num">
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {brief.core.map((row) => (
                  <tr key={row.indicatorId}>
                    <th scope="row">{row.name}</th>
                    <td className="num">
                      <span className={row.value.notReported ? 'not-reported' : undefined}>
                        {row.value.text}
                      </span>
                      {row.value.marks.map((m) => (
                        <span key={m} className="badge badge-derived">
                          {m}
                        </span>
                      ))}
                    </td>
                    <td className="num">{row.position}</td>
                    {row.trend.map((c) => (
                      <td key={c.year} className={c.notReported || c.noReport ? 'num muted' : 'num'}>
                        {c.text}
                        {c.marks.length > 0 ? (
                          <span className="brief-mark"> ({c.marks.join(', ')})</span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="brief-columns">
        <section aria-labelledby="brief-flags">
          <h3 id="brief-flags">{tr('brief.flags')}</h3>
          {brief.flags.length === 0 ? (
            <p className="small">{tr('brief.noFlags')}</p>
          ) : (
            <ul className="brief-flags">
              {brief.flags.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered
                <li key={i}>
                  <span className={`badge ${f.severity === 'high' ? 'badge-missing' : 'badge-manual'}`}>
                    {f.severityText}
                  </span>{' '}
                  {f.text}
                  {f.evidence ? (
                    <blockquote className="evidence brief-evidence" lang={sourceLang}>
                      {f.evidence}
                    </blockquote>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {brief.moreFlags > 0 ? (
            <p className="small">
              <a href={href('agency', brief.agencyId)}>{tr('brief.moreFlags', { count: brief.moreFlags })}</a>
            </p>
          ) : null}
        </section>
        <div>
          {brief.parts ? (
            <section aria-labelledby="brief-parts">
              <h3 id="brief-parts">{tr('ui.requiredParts')}</h3>
              <ul className="parts brief-parts">
                {brief.parts.map((p) => (
                  <li key={p.section}>
                    <span className={p.present ? 'badge badge-ok' : 'badge badge-missing'}>
                      {p.present ? '✓' : '✗'} {p.state}
                    </span>{' '}
                    {p.name}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="brief-reports">
            <h3 id="brief-reports">{tr('brief.reports')}</h3>
            <ul className="brief-reports">
              {brief.reports.map((r) => (
                <li key={r.id}>
                  {r.year} ·{' '}
                  <a href={href('reports', r.id)} lang={sourceLang}>
                    {r.title}
                  </a>{' '}
                  <span className="small muted brief-file">{r.file}</span>
                  {r.mark ? <span className="badge badge-imported">{r.mark}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      {brief.legend.length > 0 ? (
        <p className="small brief-legend">{tr('brief.legend', { marks: brief.legend.join(' · ') })}</p>
      ) : null}
    </article>
  );
}
