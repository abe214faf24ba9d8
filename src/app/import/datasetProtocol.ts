// Messages between the page and the dataset-file worker (datasetWorker.ts).
import type { DatasetImportResult } from '../../data/importDatasetFiles.ts';
import type { DatasetLayer } from '../../data/mergeDatasets.ts';
import type { Dataset } from '../../domain/types.ts';

/** Rows per message: a piece of this size is taken in by the page in a few milliseconds. */
export const DATASET_PIECE_ROWS = 2000;

export type DatasetTable = 'indicators' | 'agencies' | 'reports' | 'observations';

export interface DatasetRequest {
  jobId: number;
  files: readonly File[];
  context: Pick<Dataset, 'indicators' | 'agencies' | 'reports'>;
}

export type DatasetMessage =
  | { type: 'rows'; jobId: number; table: DatasetTable; rows: readonly unknown[] }
  | ({
      type: 'done';
      jobId: number;
      present: readonly DatasetTable[];
      meta: DatasetLayer['meta'] | null;
    } & Omit<DatasetImportResult, 'tables'>)
  | { type: 'failed'; jobId: number; reason: string };
