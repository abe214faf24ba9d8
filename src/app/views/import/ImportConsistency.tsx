// The import outcome's data-quality warnings: values brought in here (dataset files, reviewed
// reports, manual entries) that contradict another value of the same report. They are imported
// all the same (the user decides), and marked wherever the value appears.
import { useMemo } from 'react';
import { type ConsistencyWarning, datasetConsistency } from '../../../domain/consistency.ts';
import type { DatasetIndex } from '../../../domain/datasetIndex.ts';
import { consistencyText } from '../../../format/consistencyText.ts';
import { agencyName } from '../../../format/names.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';

const SHOWN = 20;

function fromHere(w: ConsistencyWarning, index: DatasetIndex): boolean {
  return [w.observationId, ...w.relatedIds].some((id) => {
    const o = index.observationById.get(id);
    if (!o) return false;
    return (
      o.origin === 'imported' ||
      o.origin === 'manual' ||
      index.reportById.get(o.reportId)?.origin === 'imported'
    );
  });
}

export function ImportConsistency() {
  const { lang, tr, href, index } = useApp();
  const warnings = useMemo(
    () => datasetConsistency(index.dataset).filter((w) => fromHere(w, index)),
    [index],
  );
  if (warnings.length === 0) return null;
  return (
    <section
      className="consistency-outcome"
      aria-labelledby="consistency-title"
      data-testid="import-consistency"
    >
      <h3 id="consistency-title">{tr('consistency.importTitle')}</h3>
      <p role="status">{tr('consistency.importCount', { count: formatNumber(warnings.length, lang) })}</p>
      <ul className="consistency-list">
        {warnings.slice(0, SHOWN).map((w) => {
          const agency = index.agencyById.get(w.agencyId);
          return (
            <li key={`${w.reportId}-${w.observationId}-${w.rule}`}>
              {agency ? agencyName(agency, lang) : w.agencyId}
              {' · '}
              {consistencyText(w, index, lang)}{' '}
              <a className="small" href={href('reports', w.reportId, { at: w.observationId })}>
                {tr('flag.evidence')}
              </a>
            </li>
          );
        })}
      </ul>
      {warnings.length > SHOWN ? (
        <p className="small muted">
          {tr('consistency.importMore', { count: formatNumber(warnings.length - SHOWN, lang) })}
        </p>
      ) : null}
    </section>
  );
}
