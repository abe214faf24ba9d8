// Dataset → the files of data/ (one CSV per table) or one JSON document. parseDatasetTables and
// parseDatasetJson read both back to an equal Dataset.
import { type Column, TABLES, type TableName } from '../domain/schema.ts';
import type { Dataset } from '../domain/types.ts';
import { type CsvValue, csvRow } from '../format/csvCell.ts';
import { type Cell, cellOf, TABLE_NAMES, type TableRecords } from './tableRows.ts';

function csvValue(column: Column, cell: Cell | undefined): CsvValue {
  // Alternatives are objects with free text inside: JSON is the one encoding that cannot be misread.
  if (column.type.kind === 'alternatives')
    return Array.isArray(cell) && cell.length ? JSON.stringify(cell) : '';
  if (Array.isArray(cell)) return cell.join('|');
  return cell as CsvValue;
}

function records<T extends TableName>(dataset: Dataset, table: T): readonly TableRecords[T][] {
  return dataset[table] as unknown as readonly TableRecords[T][];
}

/** The header line of a table's CSV file (no line end). */
export function csvHeader(table: TableName): string {
  return csvRow(TABLES[table].map((c) => c.name));
}

/** One record as a line of its table's CSV file (no line end), columns in schema order. */
export function csvLine<T extends TableName>(table: T, record: TableRecords[T]): string {
  return csvRow(TABLES[table].map((c) => csvValue(c, cellOf(c, record))));
}

export function serializeTableCsv<T extends TableName>(table: T, list: readonly TableRecords[T][]): string {
  const lines = [csvHeader(table)];
  for (const record of list) lines.push(csvLine(table, record));
  return `${lines.join('\n')}\n`;
}

/** CSV text per table: header + rows, LF line ends, columns in schema order. */
export function serializeDatasetCsv(dataset: Dataset): Record<TableName, string> {
  return {
    indicators: serializeTableCsv('indicators', records(dataset, 'indicators')),
    agencies: serializeTableCsv('agencies', records(dataset, 'agencies')),
    reports: serializeTableCsv('reports', records(dataset, 'reports')),
    observations: serializeTableCsv('observations', records(dataset, 'observations')),
  };
}

export interface DatasetJson {
  meta: Dataset['meta'];
  indicators: Record<string, Cell>[];
  agencies: Record<string, Cell>[];
  reports: Record<string, Cell>[];
  observations: Record<string, Cell>[];
}

/** The JSON form: the same column names as the CSV files, with typed values. */
export function datasetToJson(dataset: Dataset): DatasetJson {
  const rows = <T extends TableName>(table: T) =>
    // Schema column order, so exported JSON diffs as cleanly as the CSV files.
    records(dataset, table).map((r) =>
      Object.fromEntries(TABLES[table].map((c) => [c.name, cellOf(c, r) ?? null])),
    );
  const [indicators, agencies, reports, observations] = TABLE_NAMES.map(rows) as [
    DatasetJson['indicators'],
    DatasetJson['agencies'],
    DatasetJson['reports'],
    DatasetJson['observations'],
  ];
  return { meta: dataset.meta, indicators, agencies, reports, observations };
}

export function serializeDatasetJson(dataset: Dataset, space: number = 2): string {
  return `${JSON.stringify(datasetToJson(dataset), null, space)}\n`;
}

/** Alias: the module's main export under its file name. */
export const serializeDataset = serializeDatasetCsv;
