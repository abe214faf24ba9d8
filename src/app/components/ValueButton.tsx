// A value wherever it appears: qualifier kept (">770 次"), derived marked, "未报告" instead of 0,
// and one click (or Enter) away from the sentence it came from. Values not stated in a published
// report say so beside the number: imported (a local report, or a dataset file by name), manual.
import type { Absence } from '../../domain/absence.ts';
import type { Observation } from '../../domain/types.ts';
import { valueSource } from '../../domain/valueSource.ts';
import { verificationOf } from '../../domain/verifyEvidence.ts';
import { absenceText } from '../../format/absenceText.ts';
import { sourceWithVerification } from '../../format/valueSourceText.ts';
import { useApp } from '../AppContext.ts';
import { displayValue } from '../lib/displayValue.ts';
import { useSourceContext } from '../lib/sourceContext.ts';

export function ValueButton({
  observation,
  absence,
}: {
  observation: Observation | null | undefined;
  /** Why there is none (domain/absence.ts): "未提取（待核对）" for an unreviewed import, else 未报告. */
  absence?: Absence | null;
}) {
  const { lang, tr, showProvenance, provenance } = useApp();
  const ctx = useSourceContext();
  if (!observation) {
    return (
      <span className={absence === 'unreviewed' ? 'unreviewed' : 'not-reported'}>
        {absenceText(lang, absence)}
      </span>
    );
  }
  const source = valueSource(observation, provenance);
  // Values from reports imported in this browser are marked so, derived ones included; a dataset
  // file's row is marked as the file's, with the file's claim and its verification on hover.
  const imported = source.kind === 'importedReport' || source.kind === 'file';
  const claim =
    source.kind === 'file'
      ? sourceWithVerification(source, verificationOf(observation, ctx), lang)
      : undefined;
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
      {source.derived ? <span className="badge badge-derived">{tr('origin.derived')}</span> : null}
      {source.kind === 'manual' ? <span className="badge badge-manual">{tr('origin.manual')}</span> : null}
      {imported ? (
        <span className="badge badge-imported" title={claim} data-source={source.kind}>
          {source.kind === 'file' ? tr('vsource.badgeFile') : tr('origin.imported')}
        </span>
      ) : null}
    </span>
  );
}
