// One extracted value under review: the indicator, the value (corrected value with the extracted
// one beside it), the sentence with the number marked, its status, and accept / reject / correct.
import { useState } from 'react';
import type { ReviewDecision, ReviewStatus } from '../../../data/importLayer.ts';
import { parseTypedNumber } from '../../../data/parseTypedNumber.ts';
import { type Observation, QUALIFIERS, type Qualifier } from '../../../domain/types.ts';
import { qualifierKey } from '../../../format/messages.ts';
import { indicatorName } from '../../../format/names.ts';
import { formatNumber } from '../../../format/number.ts';
import { formatValue } from '../../../format/value.ts';
import { useApp } from '../../AppContext.ts';
import { Evidence } from '../../components/Evidence.tsx';

export interface ValueReviewRowProps {
  observation: Observation;
  decision: ReviewDecision | undefined;
  onDecide: (status: 'accepted' | 'rejected' | 'pending') => void;
  onCorrect: (value: number, qualifier: Qualifier) => void;
  onLocate: (() => void) | null;
}

export function ValueReviewRow({
  observation: o,
  decision,
  onDecide,
  onCorrect,
  onLocate,
}: ValueReviewRowProps) {
  const { lang, tr, href, index } = useApp();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [qualifier, setQualifier] = useState<Qualifier>(o.qualifier);
  const [invalid, setInvalid] = useState(false);
  const status: ReviewStatus = decision?.status ?? 'pending';
  const indicator = index.indicatorById.get(o.indicator);
  const name = indicator ? indicatorName(indicator, lang) : o.indicator;
  const shown =
    decision?.status === 'corrected' ? { ...o, value: decision.value, qualifier: decision.qualifier } : o;

  const startEdit = () => {
    setDraft(String(shown.value));
    setQualifier(shown.qualifier);
    setInvalid(false);
    setEditing(true);
  };
  const save = () => {
    const value = parseTypedNumber(draft);
    if (value === null) {
      setInvalid(true);
      return;
    }
    onCorrect(value, qualifier);
    setEditing(false);
  };

  return (
    <tr className={`review-row review-${status}`} data-observation={o.id}>
      <th scope="row">
        <a href={href('indicator', o.indicator)}>{name}</a>
        {o.derived ? <span className="badge badge-derived">{tr('origin.derived')}</span> : null}
      </th>
      <td className="num">
        <span className="review-value">{formatValue(shown, lang)}</span>
        {decision?.status === 'corrected' ? (
          <span className="small muted review-original">
            {tr('import.original', { value: formatValue(o, lang) })}
          </span>
        ) : null}
      </td>
      <td className="review-evidence">
        <Evidence observation={o} />
        {onLocate ? (
          <button type="button" className="link-button small" onClick={onLocate}>
            {tr('import.locate')}
          </button>
        ) : null}
      </td>
      <td>
        <span className={`badge status-${status}`}>{tr(`import.status.${status}`)}</span>
        {status === 'corrected' ? <span className="badge badge-manual">{tr('origin.manual')}</span> : null}
      </td>
      <td className="review-actions">
        {editing ? (
          <form
            className="correct-form"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <label className="field">
              {tr('import.correctValue')}
              <input
                value={draft}
                inputMode="decimal"
                aria-invalid={invalid}
                onChange={(e) => {
                  setDraft(e.currentTarget.value);
                  setInvalid(false);
                }}
                // biome-ignore lint/a11y/noAutofocus: the form opens on request; typing goes straight in.
                autoFocus
              />
            </label>
            <label className="field">
              {tr('import.correctQualifier')}
              <select value={qualifier} onChange={(e) => setQualifier(e.currentTarget.value as Qualifier)}>
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {tr(qualifierKey(q))}
                  </option>
                ))}
              </select>
            </label>
            {invalid ? (
              <span role="alert" className="small bad">
                {tr('import.invalidNumber')}
              </span>
            ) : null}
            <span className="button-row">
              <button type="submit">{tr('import.save')}</button>
              <button type="button" onClick={() => setEditing(false)}>
                {tr('import.cancelEdit')}
              </button>
            </span>
          </form>
        ) : (
          <span className="button-row">
            <button
              type="button"
              aria-pressed={status === 'accepted'}
              aria-label={tr('import.valueAction', {
                action: tr('import.accept'),
                name,
                value: formatNumber(o.value, lang),
              })}
              onClick={() => onDecide(status === 'accepted' ? 'pending' : 'accepted')}
            >
              {tr('import.accept')}
            </button>
            <button
              type="button"
              aria-pressed={status === 'rejected'}
              aria-label={tr('import.valueAction', {
                action: tr('import.reject'),
                name,
                value: formatNumber(o.value, lang),
              })}
              onClick={() => onDecide(status === 'rejected' ? 'pending' : 'rejected')}
            >
              {tr('import.reject')}
            </button>
            <button
              type="button"
              aria-label={tr('import.valueAction', {
                action: tr('import.correct'),
                name,
                value: formatNumber(o.value, lang),
              })}
              onClick={startEdit}
            >
              {tr('import.correct')}
            </button>
            {status !== 'pending' ? (
              <button type="button" className="link-button small" onClick={() => onDecide('pending')}>
                {tr('import.undo')}
              </button>
            ) : null}
          </span>
        )}
      </td>
    </tr>
  );
}
