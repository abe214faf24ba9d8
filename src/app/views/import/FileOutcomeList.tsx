// What happened to each file of the last import: values found, or the reason it could not be read.
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';

export interface FileLine {
  /** Unique within the list (the same name may come twice). */
  key: string;
  name: string;
  ok: boolean;
  /** Values found (reports) or rows kept (dataset files). */
  detail: string;
}

export function FileOutcomeList({ files }: { files: readonly FileLine[] }) {
  const { lang, tr } = useApp();
  if (files.length === 0) return null;
  const failed = files.filter((f) => !f.ok).length;
  return (
    <section aria-labelledby="import-files-title">
      <h3 id="import-files-title">
        {tr('import.files')}{' '}
        <span className="small muted">
          ({formatNumber(files.length, lang)}
          {failed > 0 ? ` · ${tr('import.failedCount', { count: formatNumber(failed, lang) })}` : ''})
        </span>
      </h3>
      <ul className="file-outcomes" data-testid="file-outcomes">
        {files.map((f) => (
          <li key={f.key} className={f.ok ? 'file-ok' : 'file-failed'}>
            <span aria-hidden="true">{f.ok ? '✓' : '✗'}</span> <span className="file-name">{f.name}</span>
            {' — '}
            <span>{f.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
