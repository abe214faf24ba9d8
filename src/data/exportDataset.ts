// The dataset the dashboard shows (bundled + imported + reviewed) as files to download: one CSV
// per table with the columns of data/, or one JSON. Both read back through importDatasetFiles
// without loss.
import { TABLE_FILES, type TableName } from '../domain/schema.ts';
import type { Dataset } from '../domain/types.ts';
import { serializeDatasetCsv, serializeDatasetJson } from './serializeDataset.ts';
import { TABLE_NAMES } from './tableRows.ts';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

// Excel opens a UTF-8 CSV without a BOM as the system code page (GBK on Chinese Windows) and
// garbles it; every reader here strips the BOM again.
const BOM = '\uFEFF';

export function exportCsvFiles(dataset: Dataset, prefix = ''): Record<TableName, ExportFile> {
  const texts = serializeDatasetCsv(dataset);
  const out = {} as Record<TableName, ExportFile>;
  for (const table of TABLE_NAMES) {
    out[table] = {
      name: `${prefix}${TABLE_FILES[table]}`,
      mime: 'text/csv;charset=utf-8',
      text: BOM + texts[table],
    };
  }
  return out;
}

export function exportJsonFile(dataset: Dataset, name = 'dataset.json'): ExportFile {
  return { name, mime: 'application/json;charset=utf-8', text: serializeDatasetJson(dataset) };
}

/** "fazhi-2025-06-01-" from an ISO time, so several exports of a day sort together. */
export function exportPrefix(isoTime: string): string {
  return `fazhi-${isoTime.slice(0, 10)}-`;
}
