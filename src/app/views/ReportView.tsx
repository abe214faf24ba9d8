// One report: its facts, the four required parts, and every value read from it with the sentence
// it came from (number marked; text only, never HTML); for a report imported in this browser,
// also its full text with the values marked.
import { useEffect, useMemo } from 'react';
import type { DatasetIndex } from '../../domain/datasetIndex.ts';
import type { Lang } from '../../domain/lang.ts';
import { SECTION_IDS, type SectionId } from '../../domain/types.ts';
import { formatYoy } from '../../format/change.ts';
import { formatDate } from '../../format/date.ts';
import { qualifierKey, sectionKey } from '../../format/messages.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { formatValue } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';
import { ConsistencyMark } from '../components/ConsistencyMark.tsx';
import { Evidence } from '../components/Evidence.tsx';
import { Pager } from '../components/Pager.tsx';
import { ScopeNote } from '../components/ScopeNote.tsx';
import { SectionList } from '../components/SectionList.tsx';
import { ValueButton } from '../components/ValueButton.tsx';
import { ValuesTableHead } from '../components/ValuesTableHead.tsx';
import { usePaged } from '../hooks/usePaged.ts';
import { displayValue } from '../lib/displayValue.ts';
import { ImportedReportText } from './import/ImportedReportText.tsx';
import { useImportedReport } from './import/useImportedReport.ts';

const PAGE = 100;
const AT_ROW_ID = 'report-at-value';

/** What a flag found missing, in words: `section:<id>` or `indicator:<id>`. */
function missingText(missing: string, tr: ReturnType<typeof useApp>['tr'], lang: Lang, index: DatasetIndex) {
  const [what, id = ''] = [missing.slice(0, missing.indexOf(':')), missing.slice(missing.indexOf(':') + 1)];
  if (what === 'section' && (SECTION_IDS as readonly string[]).includes(id))
    return tr(sectionKey(id as SectionId));
  const indicator = what === 'indicator' ? index.indicatorById.get(id) : undefined;
  return indicator ? indicatorName(indicator, lang) : null;
}

export default function ReportView() {
  const { state, lang, tr, href, index } = useApp();
  // A report imported here but not reviewed yet is not in the dataset; its text is shown all the same.
  const imported = useImportedReport(state.id);
  const report = (state.id ? index.reportById.get(state.id) : undefined) ?? imported?.report;
  const observations = useMemo(() => {
    const list = report ? (index.observationsByReport.get(report.id) ?? []) : [];
    return [...list].sort((a, b) => a.start - b.start || a.indicator.localeCompare(b.indicator));
  }, [index, report]);
  const paged = usePaged(observations, PAGE);
  // A flag's link (`at=`) opens the page holding its value, scrolled to and highlighting the row.
  const atIndex = state.at === null ? -1 : observations.findIndex((o) => o.id === state.at);
  const atPage = atIndex < 0 ? -1 : Math.floor(atIndex / PAGE);
  const { setPage } = paged;
  // biome-ignore lint/correctness/useExhaustiveDependencies: setPage is new each render; the page follows the address only
  useEffect(() => {
    if (atPage >= 0) setPage(atPage);
  }, [atPage, observations]);
  const atOnPage = atIndex >= 0 && paged.page === atPage;
  // biome-ignore lint/correctness/useExhaustiveDependencies: another value of the same page scrolls too
  useEffect(() => {
    if (!atOnPage) return;
    const row = document.getElementById(AT_ROW_ID);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [atOnPage, state.at]);
  if (!report) {
    return (
      <section className="panel">
        <h2>{tr('reports.title')}</h2>
        <p role="alert">{tr('app.notFound', { id: state.id ?? '' })}</p>
        <a href={href('reports')}>{tr('app.back')}</a>
      </section>
    );
  }
  const agency = index.agencyById.get(report.agencyId);
  const atValue = atIndex >= 0 ? observations[atIndex] : undefined;
  const atIndicator = atValue ? index.indicatorById.get(atValue.indicator) : undefined;
  const missing = state.missing === null ? null : missingText(state.missing, tr, lang, index);
  return (
    <>
      <section className="panel" aria-labelledby="report-title">
        <p className="small">
          <a href={href('reports')}>← {tr('reports.title')}</a>
        </p>
        <h2 id="report-title" lang={lang === 'en' && report.title ? 'zh' : undefined}>
          {report.title || report.file}
        </h2>
        {atValue ? (
          <div className="at-notice" role="status">
            <p>
              <a href={`#${AT_ROW_ID}`}>
                {tr('report.atValue', {
                  indicator: atIndicator ? indicatorName(atIndicator, lang) : atValue.indicator,
                  value: formatValue(atValue, lang),
                })}
              </a>
            </p>
            {atValue.derived ? null : <Evidence observation={atValue} />}
          </div>
        ) : state.at !== null ? (
          <p className="at-notice" role="status">
            {tr('report.atUnknown', { id: state.at })}
          </p>
        ) : null}
        {missing !== null ? (
          <p className="at-notice" role="status">
            {tr('report.atMissing', { what: missing })}
          </p>
        ) : null}
        <dl className="stat-row small">
          <div className="stat">
            <dt>{tr('ui.agency')}</dt>
            <dd className="small">
              {agency ? (
                <a href={href('agency', agency.id)}>{agencyName(agency, lang)}</a>
              ) : (
                report.agencyText || report.agencyId
              )}
            </dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.year')}</dt>
            <dd className="small">{report.year}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.published')}</dt>
            <dd className="small">{report.published ? formatDate(report.published, lang) : '—'}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.issuer')}</dt>
            <dd className="small">{report.issuer || '—'}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.file')}</dt>
            <dd className="small">{report.file}</dd>
          </div>
          <div className="stat">
            <dt>{tr('reports.chars')}</dt>
            <dd className="small">{formatNumber(report.chars, lang)}</dd>
          </div>
        </dl>
        {report.agencyText && agency && report.agencyText !== agency.nameZh ? (
          <p className="small muted">{report.agencyText}</p>
        ) : null}
        <h3>{tr('reports.sections')}</h3>
        <SectionList sections={report.sections} />
      </section>
      <section className="panel" aria-labelledby="values-title">
        <h2 id="values-title">
          {tr('reports.values')}{' '}
          <span className="small muted">({formatNumber(observations.length, lang)})</span>
        </h2>
        <div className="table-wrap">
          <table className="data">
            <ValuesTableHead
              columns={[
                { label: 'indicator.evidence' },
                { label: 'ui.section' },
                { label: 'ui.qualifier' },
                { label: 'ui.scope' },
                { label: 'ui.yoy', num: true },
              ]}
            />
            <tbody>
              {paged.slice.map((o) => {
                const indicator = index.indicatorById.get(o.indicator);
                const isAt = o.id === state.at;
                return (
                  <tr
                    key={o.id}
                    id={isAt ? AT_ROW_ID : undefined}
                    className={isAt ? 'at-value' : undefined}
                    aria-current={isAt ? 'true' : undefined}
                    tabIndex={isAt ? -1 : undefined}
                  >
                    <th scope="row">
                      <a href={href('indicator', o.indicator)}>
                        {indicator ? indicatorName(indicator, lang) : o.indicator}
                      </a>
                    </th>
                    <td className="num">
                      <ValueButton observation={o} />
                      <ConsistencyMark observation={o} />
                    </td>
                    <td>
                      {o.derived ? (
                        <span className="muted small">
                          {tr('ui.derivedFrom')}{' '}
                          {o.inputs
                            .map((id) => index.observationById.get(id))
                            .filter((x) => x !== undefined)
                            .map((x) => {
                              const i = index.indicatorById.get(x.indicator);
                              return `${i ? indicatorName(i, lang) : x.indicator} ${displayValue(x, lang)}`;
                            })
                            .join(lang === 'zh' ? '、' : '; ')}
                        </span>
                      ) : (
                        <Evidence observation={o} />
                      )}
                    </td>
                    <td className="small">{tr(sectionKey(o.section))}</td>
                    <td className="small">{tr(qualifierKey(o.qualifier))}</td>
                    <td className="small">
                      <ScopeNote scope={o.scope} />
                    </td>
                    <td className="num">{formatYoy(o, lang) ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Pager page={paged.page} pages={paged.pages} total={paged.total} onPage={paged.setPage} />
      </section>
      <ImportedReportText reportId={report.id} />
    </>
  );
}
