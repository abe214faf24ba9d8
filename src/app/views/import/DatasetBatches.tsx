// Dataset files imported so far, newest first: what was kept, every problem line by line, and
// each file value that would replace a value from a report, with the user's choice between them
// (the report value is kept until they choose; nothing is replaced silently).

import { useMemo } from 'react';
import { errorCount } from '../../../data/importDatasetFiles.ts';
import {
  conflictChoice,
  type DatasetConflict,
  type ImportedDatasetBatch,
  isSameIdConflict,
} from '../../../data/importLayer.ts';
import type { Observation } from '../../../domain/types.ts';
import type { ConflictChoice } from '../../../domain/valueSource.ts';
import { agencyName, indicatorName } from '../../../format/names.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { displayValue } from '../../lib/displayValue.ts';
import { IssueList } from './IssueList.tsx';

/** Conflicts listed one by one; the rest are chosen together with the buttons above the list. */
const LISTED = 50;

function rows(batch: ImportedDatasetBatch) {
  const t = batch.tables;
  return {
    indicators: t.indicators?.length ?? 0,
    agencies: t.agencies?.length ?? 0,
    reports: t.reports?.length ?? 0,
    observations: t.observations?.length ?? 0,
  };
}

type Choose = (batchId: string, choice: ConflictChoice, fileObservationIds?: readonly string[]) => void;

function Conflicts({ batch, onChoose }: { batch: ImportedDatasetBatch; onChoose: Choose }) {
  const { lang, tr, index } = useApp();
  const conflicts = batch.conflicts ?? [];
  // Only the listed file values, found in one pass: no map of a 100,000-row batch per render.
  const fileValues = useMemo(() => {
    const wanted = new Set((batch.conflicts ?? []).slice(0, LISTED).map((c) => c.fileObservationId));
    const found = new Map<string, Observation>();
    if (wanted.size > 0) {
      for (const o of batch.tables.observations ?? []) if (wanted.has(o.id)) found.set(o.id, o);
    }
    return found;
  }, [batch]);
  if (conflicts.length === 0) return null;
  const name = (c: DatasetConflict) => {
    const r = c.reportObservation;
    const indicator = index.indicatorById.get(r.indicator);
    const agency = index.agencyById.get(r.agencyId);
    return {
      indicator: indicator ? indicatorName(indicator, lang) : r.indicator,
      agency: agency ? agencyName(agency, lang) : r.agencyId,
    };
  };
  return (
    <div className="batch-conflicts" data-testid="dataset-conflicts">
      <p>
        <strong>{tr('import.conflicts', { count: conflicts.length })}</strong>
      </p>
      {conflicts.length > 1 ? (
        <div className="toolbar">
          <button type="button" onClick={() => onChoose(batch.id, 'report')}>
            {tr('import.keepAllReport')}
          </button>
          <button type="button" onClick={() => onChoose(batch.id, 'file')}>
            {tr('import.useAllFile')}
          </button>
        </div>
      ) : null}
      <ul className="conflict-list">
        {conflicts.slice(0, LISTED).map((c) => {
          const { indicator, agency } = name(c);
          const file = fileValues.get(c.fileObservationId);
          const chosen = conflictChoice(c);
          const group = `conflict-${batch.id}-${c.fileObservationId}-${c.reportObservation.id}`;
          return (
            <li
              key={`${c.fileObservationId}\u0000${c.reportObservation.id}`}
              data-conflict={c.fileObservationId}
            >
              <fieldset>
                <legend>
                  {tr('import.conflictLine', {
                    indicator,
                    agency,
                    report: displayValue(c.reportObservation, lang),
                    file: displayValue(file, lang),
                  })}
                  {c.fileCount !== undefined && c.fileCount > 1
                    ? ` ${tr('import.conflictMore', { count: formatNumber(c.fileCount - 1, lang) })}`
                    : ''}
                </legend>
                <label className="check">
                  <input
                    type="radio"
                    name={group}
                    checked={chosen === 'report'}
                    onChange={() => onChoose(batch.id, 'report', [c.fileObservationId])}
                  />
                  {tr('import.keepReport')}
                </label>
                <label className="check">
                  <input
                    type="radio"
                    name={group}
                    checked={chosen === 'file'}
                    onChange={() => onChoose(batch.id, 'file', [c.fileObservationId])}
                  />
                  {tr('import.useFile')}
                </label>
                {c.choice === undefined ? (
                  <span className="small muted">
                    {tr(isSameIdConflict(c) ? 'import.conflictPending' : 'import.conflictPendingBoth')}
                  </span>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ul>
      {conflicts.length > LISTED ? (
        <p className="small">
          {tr('import.conflictsHidden', { count: formatNumber(conflicts.length - LISTED, lang) })}
        </p>
      ) : null}
    </div>
  );
}

export function DatasetBatches({
  batches,
  onRemove,
  onChoose,
}: {
  batches: readonly ImportedDatasetBatch[];
  onRemove: (id: string) => void;
  onChoose: Choose;
}) {
  const { lang, tr } = useApp();
  if (batches.length === 0) return null;
  return (
    <ul className="batch-list">
      {[...batches].reverse().map((batch) => {
        const errors = errorCount(batch.issues);
        const warnings = batch.issues.length - errors;
        const kept = rows(batch);
        return (
          <li key={batch.id} className="batch" data-batch={batch.id}>
            <p>
              <strong>
                {tr('import.batch', {
                  files: batch.files.join('、'),
                  date: new Date(batch.importedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN'),
                })}
              </strong>{' '}
              <button type="button" className="link-button small" onClick={() => onRemove(batch.id)}>
                {tr('import.removeBatch')}
              </button>
            </p>
            <p className="small">
              {tr('import.kept', {
                indicators: formatNumber(kept.indicators, lang),
                agencies: formatNumber(kept.agencies, lang),
                reports: formatNumber(kept.reports, lang),
                observations: formatNumber(kept.observations, lang),
              })}
              {errors > 0 ? (
                <strong className="bad">
                  {' '}
                  {tr('import.errorsDropped', { count: formatNumber(errors, lang) })}
                </strong>
              ) : null}
              {warnings > 0 ? ` · ${tr('import.warnings', { count: formatNumber(warnings, lang) })}` : null}
            </p>
            <Conflicts batch={batch} onChoose={onChoose} />
            <IssueList issues={batch.issues} />
          </li>
        );
      })}
    </ul>
  );
}
