// The dataset the dashboard shows (bundled + imported + reviewed) as files to download: one CSV
// per table with the columns of data/, or one JSON. Both read back through importDatasetFiles
// without loss.
import { LIST_SEPARATOR, TABLE_FILES, type TableName } from '../domain/schema.ts';
import type { Dataset } from '../domain/types.ts';
import { valueSource } from '../domain/valueSource.ts';
import { type SourceContext, verificationOf } from '../domain/verifyEvidence.ts';
import type { CsvValue } from '../format/csvCell.ts';
import { csvDocument } from '../format/csvDocument.ts';
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

/** Columns of provenance.csv: one row per observation of the export, by obs_id. */
export const PROVENANCE_COLUMNS = [
  'obs_id',
  'source',
  'source_files',
  'verification',
  'conflict_choice',
  'conflict_other_value',
  'conflict_other_from',
] as const;

/**
 * Where every exported value came from and whether the report's text bears it out, beside the
 * tables (not a column of them: it describes this browser's layer, not the data): a file row keeps
 * "file" and its file names even when its origin column says extracted; a conflict keeps the value
 * set aside. Written with the formula-safe CSV writer; read by people, not re-imported.
 */
export function exportProvenanceCsv(
  dataset: Dataset,
  ctx: SourceContext,
  name = 'provenance.csv',
): ExportFile {
  const rows: CsvValue[][] = [[...PROVENANCE_COLUMNS]];
  for (const o of dataset.observations) {
    const source = valueSource(o, ctx.provenance);
    const conflict = ctx.provenance.conflictOf(o.id);
    rows.push([
      o.id,
      source.kind,
      source.file ? source.file.files.join(LIST_SEPARATOR) : '',
      verificationOf(o, ctx),
      conflict ? (conflict.choice ?? 'pending') : '',
      conflict ? conflict.loser.value : null,
      conflict ? conflict.loserFrom : '',
    ]);
  }
  return { name, mime: 'text/csv;charset=utf-8', text: csvDocument(rows) };
}
