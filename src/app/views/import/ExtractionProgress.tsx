// Progress of a report import: files done of total, the file being read, and a way to stop.

import { useApp } from '../../AppContext.ts';
import type { ExtractionProgress as Progress } from '../../import/workerClient.ts';

export function ExtractionProgress({
  progress,
  running,
  onCancel,
}: {
  progress: Progress;
  running: boolean;
  onCancel: () => void;
}) {
  const { tr } = useApp();
  const counts = { done: progress.done, total: progress.total };
  return (
    <div className="import-progress" role="status" aria-live="polite" aria-busy={running}>
      <progress
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={tr('import.progress', counts)}
      />
      <span className="small">
        {tr('import.progress', counts)}
        {running && progress.current ? ` · ${tr('import.extracting', { file: progress.current })}` : ''}
      </span>
      {running ? (
        <button type="button" onClick={onCancel}>
          {tr('import.cancel')}
        </button>
      ) : null}
    </div>
  );
}
