// A value read from a selection of the report text, before it is added: the indicator (the
// extractor's suggestions first), the number and qualifier as the extractor read them, the unit.
// Stored as a manual value with the selection's offsets and its sentence.
import { useState } from 'react';
import { parseTypedNumber } from '../../../data/parseTypedNumber.ts';
import type { NewValue } from '../../../data/reviewState.ts';
import { QUALIFIERS, type Qualifier } from '../../../domain/types.ts';
import type { SelectionReading } from '../../../extract/index.ts';
import { qualifierKey } from '../../../format/messages.ts';
import { indicatorName } from '../../../format/names.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { Evidence } from '../../components/Evidence.tsx';

export function AddValueForm({
  reading,
  idBase,
  onAdd,
  onCancel,
}: {
  reading: SelectionReading;
  idBase: string;
  onAdd: (value: NewValue) => void;
  onCancel: () => void;
}) {
  const { lang, tr, index } = useApp();
  const indicators = index.dataset.indicators;
  const unitOf = (id: string) => indicators.find((i) => i.id === id)?.unit ?? '';
  const firstSuggestion = reading.suggestions[0]?.indicator ?? '';
  const [indicator, setIndicator] = useState(firstSuggestion);
  const [value, setValue] = useState(reading.value === null ? '' : String(reading.value));
  const [unit, setUnit] = useState(reading.unit || unitOf(firstSuggestion));
  const [qualifier, setQualifier] = useState<Qualifier>(reading.qualifier);
  const [problem, setProblem] = useState<'number' | 'indicator' | null>(null);
  const suggested = new Set(reading.suggestions.map((s) => s.indicator));

  const submit = () => {
    const n = parseTypedNumber(value);
    if (indicator === '') return setProblem('indicator');
    if (n === null) return setProblem('number');
    onAdd({
      indicator,
      value: n,
      unit: unit.trim(),
      qualifier,
      start: reading.start,
      end: reading.end,
      evidence: reading.evidence,
      evidenceStart: reading.evidenceStart,
      section: reading.section,
    });
  };

  return (
    <form
      className="add-value-form"
      aria-labelledby={`${idBase}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h5 id={`${idBase}-title`}>{tr('import.addValueTitle', { text: reading.text })}</h5>
      <Evidence observation={reading} />
      <div className="add-value-fields">
        <label className="field">
          {tr('import.indicator')}
          <select
            value={indicator}
            aria-invalid={problem === 'indicator'}
            onChange={(e) => {
              const id = e.currentTarget.value;
              setIndicator(id);
              setProblem(null);
              // A unit the text did not give follows the indicator's.
              if (reading.unit === '') setUnit(unitOf(id));
            }}
          >
            {firstSuggestion === '' ? <option value="">{tr('import.chooseIndicator')}</option> : null}
            {reading.suggestions.length > 0 ? (
              <optgroup label={tr('import.suggested')}>
                {reading.suggestions.map((s) => {
                  const ind = indicators.find((i) => i.id === s.indicator);
                  return (
                    <option key={s.indicator} value={s.indicator}>
                      {ind ? indicatorName(ind, lang) : s.indicator} (
                      {formatNumber(s.score, lang, { maximumFractionDigits: 2 })})
                    </option>
                  );
                })}
              </optgroup>
            ) : null}
            <optgroup label={tr('import.allIndicators')}>
              {indicators
                .filter((i) => !suggested.has(i.id))
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {indicatorName(i, lang)}
                  </option>
                ))}
            </optgroup>
          </select>
        </label>
        <label className="field">
          {tr('import.value')}
          <input
            value={value}
            inputMode="decimal"
            size={10}
            aria-invalid={problem === 'number'}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setProblem(null);
            }}
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
        <label className="field">
          {tr('import.unit')}
          <input value={unit} size={6} onChange={(e) => setUnit(e.currentTarget.value)} />
        </label>
      </div>
      {problem ? (
        <p role="alert" className="small bad">
          {problem === 'number' ? tr('import.invalidNumber') : tr('import.chooseIndicator')}
        </p>
      ) : null}
      <span className="button-row">
        <button type="submit">{tr('import.addValue')}</button>
        <button type="button" onClick={onCancel}>
          {tr('import.cancelEdit')}
        </button>
      </span>
    </form>
  );
}
