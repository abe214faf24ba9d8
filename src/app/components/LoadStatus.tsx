// Loading and failure messages: which file, and why. Never a blank page.
import type { UseQueryResult } from '@tanstack/react-query';
import { datasetIssueText } from '../../data/datasetIssue.ts';
import type { DatasetSource, LoadedDataset } from '../../data/datasetQuery.ts';
import { DatasetLoadError } from '../../data/datasetQuery.ts';
import type { Lang } from '../../domain/lang.ts';
import { t } from '../../format/messages.ts';

export function LoadStatus({
  query,
  lang,
  source,
  waiting = false,
}: {
  query: UseQueryResult<LoadedDataset>;
  lang: Lang;
  source: DatasetSource;
  /** The files are loaded and the user's imported data is still being merged onto them. */
  waiting?: boolean;
}) {
  if (query.isPending || waiting) {
    return (
      <p className="banner banner-loading" role="status">
        {t(lang, 'app.loading')}
      </p>
    );
  }
  if (query.isError) {
    const e = query.error;
    const file = e instanceof DatasetLoadError ? e.url : source.kind;
    return (
      <div className="banner banner-error" role="alert">
        <p>{t(lang, 'app.loadError', { message: e.message })}</p>
        <p className="small">
          {t(lang, 'ui.loadErrorFile', { file })} · {t(lang, 'ui.loadErrorHint')}
        </p>
      </div>
    );
  }
  const issues = query.data.issues;
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <details className="banner banner-loading">
      <summary>{t(lang, 'ui.dataIssues', { count: issues.length, errors })}</summary>
      <ul className="small">
        {issues.slice(0, 50).map((i) => (
          <li key={`${i.file}:${i.line}:${i.column ?? ''}:${i.message}`}>
            {t(lang, i.lineKind === 'item' ? 'import.issueItem' : 'import.issue', {
              file: i.file,
              line: i.line,
              column: i.column ? ` (${i.column})` : '',
              message: datasetIssueText(lang, i),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
