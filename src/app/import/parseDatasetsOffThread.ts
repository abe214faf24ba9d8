// Reads dataset files in a module worker (datasetWorker.ts) and puts the pieces back together.
// When no worker can start (a browser without module workers), the files are read on the page.
import { type DatasetImportResult, importDatasetFiles } from '../../data/importDatasetFiles.ts';
import type { DatasetLayer } from '../../data/mergeDatasets.ts';
import type { Dataset } from '../../domain/types.ts';
import type { DatasetMessage, DatasetRequest, DatasetTable } from './datasetProtocol.ts';

let nextJobId = 1;

async function onPage(
  files: readonly File[],
  context: Pick<Dataset, 'indicators' | 'agencies' | 'reports'>,
): Promise<DatasetImportResult> {
  const inputs = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return importDatasetFiles(inputs, context);
}

export function parseDatasetsOffThread(
  files: readonly File[],
  context: Pick<Dataset, 'indicators' | 'agencies' | 'reports'>,
): Promise<DatasetImportResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'datasets' });
  } catch {
    return onPage(files, context);
  }
  const jobId = nextJobId++;
  const pieces = new Map<DatasetTable, unknown[]>();
  return new Promise<DatasetImportResult>((resolve, reject) => {
    const finish = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<DatasetMessage>) => {
      const m = event.data;
      if (m.jobId !== jobId) return;
      if (m.type === 'rows') {
        let rows = pieces.get(m.table);
        if (!rows) {
          rows = [];
          pieces.set(m.table, rows);
        }
        // One row at a time: push(...rows) overflows the stack for large pieces in some engines.
        for (const row of m.rows) rows.push(row);
        return;
      }
      finish();
      // For the Performance panel and the big-file test: what comes after is the page's own work.
      performance.mark('datasets-parsed');
      if (m.type === 'failed') {
        reject(new Error(m.reason));
        return;
      }
      const { type: _type, jobId: _job, present, meta, ...rest } = m;
      const tables: DatasetLayer = {};
      for (const table of present) (tables as Record<string, unknown>)[table] = pieces.get(table) ?? [];
      if (meta) tables.meta = meta;
      resolve({ ...rest, tables });
    });
    worker.addEventListener('error', (event) => {
      finish();
      // The worker could not load (a CSP or an old browser): read the files here instead.
      event.preventDefault();
      onPage(files, context).then(resolve, reject);
    });
    const request: DatasetRequest = { jobId, files, context };
    worker.postMessage(request);
  });
}
