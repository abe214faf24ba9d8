// A value wherever it appears: qualifier kept (">770 次"), derived marked, "未报告" instead of 0,
// and one click (or Enter) away from the sentence it came from.
import type { Absence } from '../../domain/absence.ts';
import type { Observation } from '../../domain/types.ts';
import { absenceText } from '../../format/absenceText.ts';
import { useApp } from '../AppContext.ts';
import { displayValue } from '../lib/displayValue.ts';

export function ValueButton({
  observation,
  absence,
}: {
  observation: Observation | null | undefined;
  /** Why there is none (domain/absence.ts): "未提取（待核对）" for an unreviewed import, else 未报告. */
  absence?: Absence | null;
}) {
  const { lang, tr, showProvenance, index } = useApp();
  if (!observation) {
    return (
      <span className={absence === 'unreviewed' ? 'unreviewed' : 'not-reported'}>
        {absenceText(lang, absence)}
      </span>
    );
  }
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
