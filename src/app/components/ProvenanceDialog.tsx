// Where a number came from: the sentence with the number marked, the report and its part, the
// qualifier as words, scope, year-on-year change, and for derived values the numbers it was
// computed from. Its source in words (a dataset file by name: the file's claim, never "stated in
// the report"), whether the report's text bears the sentence out, the value a conflict set aside,
// and the other values the report gives for the indicator. A native modal <dialog>: focus moves in, Esc closes, focus returns to the opener.
import { useEffect, useRef } from 'react';
import type { Observation } from '../../domain/types.ts';
import { valueSource } from '../../domain/valueSource.ts';
import { verificationOf } from '../../domain/verifyEvidence.ts';
import { formatYoy } from '../../format/change.ts';
import { originKey, qualifierKey, sectionKey } from '../../format/messages.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { formatValue } from '../../format/value.ts';
import { fileNames, valueSourceText, verificationText } from '../../format/valueSourceText.ts';
import { useApp } from '../AppContext.ts';
import { displayValue } from '../lib/displayValue.ts';
import { useSourceContext } from '../lib/sourceContext.ts';
import { CitationBox } from './CitationBox.tsx';
import { Evidence } from './Evidence.tsx';
import { ScopeNote } from './ScopeNote.tsx';

export function ProvenanceDialog({ observationId, onClose }: { observationId: string; onClose: () => void }) {
  const { lang, tr, href, index, provenance } = useApp();
  const ctx = useSourceContext();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const o = index.observationById.get(observationId);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current = document.activeElement;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // Give focus back to whatever opened the dialog (the value button), if it is still there.
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  const indicator = o ? index.indicatorById.get(o.indicator) : undefined;
  const agency = o ? index.agencyById.get(o.agencyId) : undefined;
  const report = o ? index.reportById.get(o.reportId) : undefined;
  const inputs = (o?.inputs ?? [])
    .map((id) => index.observationById.get(id))
    .filter((x): x is Observation => x !== undefined);
  const titleId = `prov-title-${observationId}`;
  const source = o ? valueSource(o, provenance) : null;
  const verification = o ? verificationOf(o, ctx) : null;
  const conflict = o ? provenance.conflictOf(o.id) : null;
  const files = source?.file ? fileNames(source.file, lang) : '';
  const sep = lang === 'zh' ? '、' : ', ';

  return (
    // Closing by Esc fires "close"; onClose then unmounts us and the cleanup restores focus.
    <dialog ref={ref} className="provenance" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={titleId}>
          {indicator ? indicatorName(indicator, lang) : (o?.indicator ?? observationId)}
          {agency ? ` · ${agencyName(agency, lang)}` : ''}
        </h2>
        <button type="button" onClick={() => ref.current?.close()}>
          {tr('ui.close')}
        </button>
      </div>
      {!o ? (
        <p>{tr('app.notFound', { id: observationId })}</p>
      ) : (
        <>
          <p className="big">
            <strong>{displayValue(o, lang)}</strong>
            {o.derived ? <span className="badge badge-derived">{tr('origin.derived')}</span> : null}
            {source && source.kind !== 'report' && source.kind !== 'derived' ? (
              <span className="badge badge-imported" data-testid="provenance-source">
                {valueSourceText(source, lang)}
              </span>
            ) : null}
          </p>
          {o.alternatives.length > 0 ? (
            <p data-testid="provenance-alternatives">
              {tr('prov.alternatives', {
                values: o.alternatives.map((a) => formatValue({ ...a, derived: false }, lang)).join(sep),
              })}
            </p>
          ) : null}
          {o.derived && inputs.length > 0 ? (
            <>
              <p>{tr('ui.derivedFrom')}</p>
              <ul>
                {inputs.map((input) => (
                  <li key={input.id}>
                    {index.indicatorById.get(input.indicator)
                      ? indicatorName(index.indicatorById.get(input.indicator)!, lang)
                      : input.indicator}
                    {'：'}
                    <strong>{displayValue(input, lang)}</strong>
                    <Evidence observation={input} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <h3>
                {source?.kind === 'file' && verification !== 'verified'
                  ? tr('vsource.claimedBy', { file: files })
                  : tr('indicator.evidence')}
              </h3>
              <Evidence observation={o} />
              {source?.kind === 'file' && verification !== 'verified' ? (
                <p className="small muted">{tr('prov.reportUnverified')}</p>
              ) : null}
            </>
          )}
          {conflict ? (
            <section className="provenance-conflict" data-testid="provenance-conflict">
              <h3>{tr('prov.conflictTitle')}</h3>
              <p>
                {tr(
                  conflict.loserFrom === 'report'
                    ? 'prov.loserReport'
                    : conflict.choice === null
                      ? 'prov.loserFilePending'
                      : 'prov.loserFile',
                  { value: displayValue(conflict.loser, lang), file: fileNames(conflict.file, lang) },
                )}
              </p>
              <Evidence observation={conflict.loser} />
            </section>
          ) : null}
          <dl>
            <dt>{tr('ui.origin')}</dt>
            <dd data-testid="provenance-origin">
              {source ? valueSourceText(source, lang) : tr(originKey(o.origin))}
              {o.originalValue !== null
                ? ` · ${tr('origin.originalValue', { value: formatNumber(o.originalValue, lang) })}`
                : ''}
            </dd>
            <dt>{tr('verify.label')}</dt>
            <dd data-testid="provenance-verification" data-verification={verification ?? ''}>
              {source?.kind === 'file' && verification !== 'verified'
                ? `${tr('vsource.claimedBy', { file: files })}${lang === 'zh' ? '，' : ', '}`
                : ''}
              {verification ? verificationText(verification, lang) : ''}
            </dd>
            <dt>{tr('ui.report')}</dt>
            <dd>
              {report ? (
                <a href={href('reports', report.id)} lang={lang === 'en' && report.title ? 'zh' : undefined}>
                  {report.title || report.file}
                </a>
              ) : (
                o.reportId
              )}
            </dd>
            <dt>{tr('reports.year')}</dt>
            <dd>{o.year}</dd>
            <dt>{tr('ui.section')}</dt>
            <dd>{tr(sectionKey(o.section))}</dd>
            <dt>{tr('ui.asWritten')}</dt>
            <dd>{o.text || '—'}</dd>
            <dt>{tr('ui.qualifier')}</dt>
            <dd>{tr(qualifierKey(o.qualifier))}</dd>
            <dt>{tr('ui.scope')}</dt>
            <dd>{o.scope ? <ScopeNote scope={o.scope} /> : tr('ui.scopeWhole')}</dd>
            {formatYoy(o, lang) !== null ? (
              <>
                <dt>{tr('ui.yoy')}</dt>
                <dd>{formatYoy(o, lang)}</dd>
              </>
            ) : null}
            <dt>{tr('ui.confidence')}</dt>
            <dd>{formatNumber(o.confidence * 100, lang, { maximumFractionDigits: 0 })}%</dd>
          </dl>
          {indicator && agency ? (
            <CitationBox
              agency={agency}
              report={report ?? null}
              indicator={indicator}
              observation={o}
              {...(source ? { source } : {})}
            />
          ) : null}
        </>
      )}
    </dialog>
  );
}
