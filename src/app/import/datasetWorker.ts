// Module worker: reads dataset files (CSV or JSON) off the page's thread. A 100,000-row CSV took
// the page ~1 s or more in one task; here the page only receives the rows, in pieces small enough
// that taking each one in (structured-clone deserialisation) stays a short task.
import { importDatasetFiles } from '../../data/importDatasetFiles.ts';
import type { DatasetMessage, DatasetRequest } from './datasetProtocol.ts';
import { DATASET_PIECE_ROWS } from './datasetProtocol.ts';

// The project's lib is DOM (not WebWorker); this is all of the worker scope we use.
const scope = self as unknown as {
  postMessage(message: DatasetMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DatasetRequest>) => void): void;
};

const TABLES = ['indicators', 'agencies', 'reports', 'observations'] as const;

scope.addEventListener('message', (event) => {
  void (async () => {
    const { jobId, files, context } = event.data;
    try {
      const inputs = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const result = importDatasetFiles(inputs, context);
      const { tables, ...rest } = result;
      const present = TABLES.filter((t) => tables[t] !== undefined);
      for (const table of present) {
        const rows = tables[table] as readonly unknown[];
        for (let i = 0; i < rows.length; i += DATASET_PIECE_ROWS) {
          scope.postMessage({ type: 'rows', jobId, table, rows: rows.slice(i, i + DATASET_PIECE_ROWS) });
        }
      }
      scope.postMessage({ type: 'done', jobId, present, meta: tables.meta ?? null, ...rest });
    } catch (error) {
      scope.postMessage({
        type: 'failed',
        jobId,
        reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  })();
});
