// A data-quality warning beside a value that contradicts another of its report (consistency.ts):
// a visible mark that opens its explanation in place, by mouse, touch or keyboard.
import { useId, useState } from 'react';
import { consistencyWarningFor } from '../../domain/consistency.ts';
import type { Observation } from '../../domain/types.ts';
import { consistencyText } from '../../format/consistencyText.ts';
import { useApp } from '../AppContext.ts';

export function ConsistencyMark({ observation }: { observation: Observation | null | undefined }) {
  const { lang, tr, index } = useApp();
  const [open, setOpen] = useState(false);
  const id = useId();
  const warning = observation
    ? consistencyWarningFor(observation, index.observationsByReport.get(observation.reportId) ?? [])
    : undefined;
  if (!warning) return null;
  const detail = consistencyText(warning, index, lang);
  return (
    <>
      <button
        type="button"
        className="consistency-mark"
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={id}
        title={detail}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⚠ </span>
        {tr('consistency.mark')}
      </button>
      <span id={id} className="small consistency-detail" hidden={!open}>
        {' '}
        {detail}
      </span>
    </>
  );
}
