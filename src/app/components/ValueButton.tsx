// A value wherever it appears: qualifier kept (">770 次"), derived marked, "未报告" instead of 0,
// and one click (or Enter) away from the sentence it came from.
import type { Observation } from '../../domain/types.ts';
import { useApp } from '../AppContext.ts';
import { displayValue } from '../lib/displayValue.ts';

export function ValueButton({ observation }: { observation: Observation | null | undefined }) {
  const { lang, tr, showProvenance } = useApp();
  if (!observation) return <span className="not-reported">{tr('value.notReported')}</span>;
  return (
    <span className="value">
      <button
        type="button"
        className="value-button"
        aria-haspopup="dialog"
        title={tr('indicator.evidence')}
        onClick={() => showProvenance(observation.id)}
      >
        {displayValue(observation, lang)}
      </button>
      {observation.derived || observation.origin === 'derived' ? (
        <span className="badge badge-derived">{tr('origin.derived')}</span>
      ) : null}
      {observation.origin === 'manual' ? (
        <span className="badge badge-manual">{tr('origin.manual')}</span>
      ) : null}
    </span>
  );
}
