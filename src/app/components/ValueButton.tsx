// A value wherever it appears: qualifier kept (">770 次"), derived marked, "未报告" instead of 0,
// and one click (or Enter) away from the sentence it came from.
import type { Observation } from '../../domain/types.ts';
import { useApp } from '../AppContext.ts';
import { displayValue } from '../lib/displayValue.ts';

export function ValueButton({ observation }: { observation: Observation | null | undefined }) {
  const { lang, tr, showProvenance, index } = useApp();
  if (!observation) return <span className="not-reported">{tr('value.notReported')}</span>;
  // Values from reports imported in this browser are marked so, derived ones included.
  const imported =
    observation.origin === 'imported' ||
    (observation.origin === 'derived' && index.reportById.get(observation.reportId)?.origin === 'imported');
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
      {imported ? <span className="badge badge-imported">{tr('origin.imported')}</span> : null}
    </span>
  );
}
