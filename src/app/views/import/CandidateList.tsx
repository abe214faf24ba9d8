// The extractor's candidates under the values: numbers it did not emit, each with its sentence,
// why it was left, and its suggested indicators as buttons, so one press assigns it (a manual
// value with the candidate's words, offsets and sentence). Any other indicator is one choice away.
import { useMemo, useState } from 'react';
import type { ImportedReport, ReviewCandidate } from '../../../data/importLayer.ts';
import { candidateValue, type ReviewAction } from '../../../data/reviewState.ts';
import type { Indicator } from '../../../domain/types.ts';
import { indicatorName } from '../../../format/names.ts';
import { formatNumber } from '../../../format/number.ts';
import { formatValue } from '../../../format/value.ts';
import { useApp } from '../../AppContext.ts';
import { Evidence } from '../../components/Evidence.tsx';
import { Pager } from '../../components/Pager.tsx';
import { usePaged } from '../../hooks/usePaged.ts';

const NONE: readonly ReviewCandidate[] = [];
const REASONS = new Set(['low_confidence', 'no_indicator', 'implausible']);

function CandidateItem({
  imported,
  candidate: c,
  at,
  dispatch,
}: {
  imported: ImportedReport;
  candidate: ReviewCandidate;
  at: number;
  dispatch: (action: ReviewAction) => void;
}) {
  const { lang, tr, index } = useApp();
  const [other, setOther] = useState('');
  const reportId = imported.report.id;
  const name = (id: string) => {
    const ind: Indicator | undefined = index.indicatorById.get(id);
    return ind ? indicatorName(ind, lang) : id;
  };
  const shown = formatValue(c, lang);
  const assigned = candidateValue(imported, c);
  const assign = (indicator: string) =>
    dispatch({ type: 'assignCandidate', reportId, candidate: at, indicator });
  const otherId = `candidate-${reportId}-${at}`;
  return (
    <li className={`candidate${assigned ? ' candidate-assigned' : ''}`} data-candidate={c.text}>
      <p className="candidate-head">
        <strong className="review-value">{shown}</strong>
        {REASONS.has(c.reason) ? (
          <span className="small muted">
            {' '}
            · {tr(`import.candidateReason.${c.reason as 'low_confidence' | 'no_indicator' | 'implausible'}`)}
          </span>
        ) : null}
      </p>
      <Evidence observation={c} />
      {assigned ? (
        <p className="small">
          <span className="badge badge-manual">{tr('origin.manual')}</span>{' '}
          {tr('import.assigned', { indicator: name(assigned.indicator) })}{' '}
          <button
            type="button"
            className="link-button small"
            onClick={() => dispatch({ type: 'removeAdded', reportId, observationId: assigned.id })}
          >
            {tr('import.undo')}
          </button>
        </p>
      ) : (
        <div className="candidate-actions">
          {c.suggestions.length > 0 ? (
            <span className="button-row">
              {c.suggestions.map((s) => (
                <button key={s.indicator} type="button" onClick={() => assign(s.indicator)}>
                  {tr('import.assignTo', {
                    indicator: name(s.indicator),
                    score: formatNumber(s.score, lang, { maximumFractionDigits: 2 }),
                  })}
                  {/* Which number, for a screen reader going from button to button. */}
                  <span className="sr-only"> · {shown}</span>
                </button>
              ))}
            </span>
          ) : null}
          <span className="candidate-other">
            <label className="field" htmlFor={otherId}>
              {tr('import.assignOther')}
            </label>
            <select id={otherId} value={other} onChange={(e) => setOther(e.currentTarget.value)}>
              <option value="">{tr('import.chooseIndicator')}</option>
              {index.dataset.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {indicatorName(i, lang)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={other === ''}
              aria-label={
                other ? tr('import.assignAria', { value: shown, indicator: name(other) }) : undefined
              }
              onClick={() => assign(other)}
            >
              {tr('import.assign')}
            </button>
          </span>
        </div>
      )}
    </li>
  );
}

export function CandidateList({
  imported,
  dispatch,
}: {
  imported: ImportedReport;
  dispatch: (action: ReviewAction) => void;
}) {
  const { tr } = useApp();
  const candidates = imported.candidates ?? NONE;
  // Kept by identity: a new list would send the pager back to the first page on every assignment.
  const items = useMemo(() => candidates.map((c, at) => ({ c, at })), [candidates]);
  const paged = usePaged(items, 20);
  if (candidates.length === 0) return <p className="small muted">{tr('import.noCandidates')}</p>;
  return (
    <>
      <p className="small muted">{tr('import.candidatesNote')}</p>
      <ul className="candidate-list">
        {paged.slice.map(({ c, at }) => (
          <CandidateItem
            key={`${c.start}-${c.end}`}
            imported={imported}
            candidate={c}
            at={at}
            dispatch={dispatch}
          />
        ))}
      </ul>
      <Pager page={paged.page} pages={paged.pages} total={paged.total} onPage={paged.setPage} />
    </>
  );
}
