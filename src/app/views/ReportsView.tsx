// Source reports: agency, title, year, publication, how many values were read, which parts exist.
import { useMemo } from 'react';
import { applyFilter } from '../../domain/filter.ts';
import { SECTION_IDS } from '../../domain/types.ts';
import { formatDate } from '../../format/date.ts';
import { agencyName, agencyNameLang } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { useApp } from '../AppContext.ts';
import { Pager } from '../components/Pager.tsx';
import { usePaged } from '../hooks/usePaged.ts';

export default function ReportsView() {
  const { state, lang, tr, href, index } = useApp();
  const reports = useMemo(() => {
    const scoped = applyFilter(index.dataset, state.filter);
    return [...scoped.reports].sort(
      (a, b) => b.year - a.year || a.agencyId.localeCompare(b.agencyId) || a.id.localeCompare(b.id),
    );
  }, [index, state.filter]);
  const paged = usePaged(reports, 50);
  return (
    <section className="panel" aria-labelledby="reports-title">
      <h2 id="reports-title">{tr('reports.title')}</h2>
      <p className="small muted">{tr('ui.reportsCount', { count: formatNumber(reports.length, lang) })}</p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{tr('ui.agency')}</th>
              <th scope="col">{tr('ui.report')}</th>
              <th scope="col" className="num">
                {tr('reports.year')}
              </th>
              <th scope="col">{tr('reports.published')}</th>
              <th scope="col">{tr('reports.issuer')}</th>
              <th scope="col" className="num">
                {tr('reports.values')}
              </th>
              <th scope="col" className="num">
                {tr('reports.sections')}
              </th>
            </tr>
          </thead>
          <tbody>
            {paged.slice.map((r) => {
              const agency = index.agencyById.get(r.agencyId);
              const parts = SECTION_IDS.filter((s) => r.sections[s]).length;
              return (
                <tr key={r.id}>
                  <th scope="row">
                    {agency ? (
                      <a
                        href={href('agency', agency.id)}
                        lang={agencyNameLang(agency, lang) === lang ? undefined : 'zh'}
                      >
                        {agencyName(agency, lang)}
                      </a>
                    ) : (
                      r.agencyId
                    )}
                  </th>
                  <td>
                    <a href={href('reports', r.id)} lang={lang === 'en' && r.title ? 'zh' : undefined}>
                      {r.title || r.file}
                    </a>
                  </td>
                  <td className="num">{r.year}</td>
                  <td>{r.published ? formatDate(r.published, lang) : '—'}</td>
                  <td lang={lang === 'en' && r.issuer ? 'zh' : undefined}>{r.issuer || '—'}</td>
                  <td className="num">
                    {formatNumber(index.observationsByReport.get(r.id)?.length ?? 0, lang)}
                  </td>
                  <td className={`num ${parts < 4 ? 'yoy-down' : ''}`}>{parts} / 4</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager page={paged.page} pages={paged.pages} total={paged.total} onPage={paged.setPage} />
    </section>
  );
}
