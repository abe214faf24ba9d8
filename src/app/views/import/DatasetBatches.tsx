// Dataset files imported so far, newest first: what was kept, and every problem line by line.

import { errorCount } from '../../../data/importDatasetFiles.ts';
import type { ImportedDatasetBatch } from '../../../data/importLayer.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { IssueList } from './IssueList.tsx';

function rows(batch: ImportedDatasetBatch) {
  const t = batch.tables;
  return {
    indicators: t.indicators?.length ?? 0,
    agencies: t.agencies?.length ?? 0,
    reports: t.reports?.length ?? 0,
    observations: t.observations?.length ?? 0,
  };
}

export function DatasetBatches({
  batches,
  onRemove,
}: {
  batches: readonly ImportedDatasetBatch[];
  onRemove: (id: string) => void;
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
            <IssueList issues={batch.issues} />
          </li>
        );
      })}
    </ul>
  );
}
