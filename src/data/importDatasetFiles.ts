// Dataset files chosen by a person (CSV per table or one JSON, any encoding a spreadsheet saves:
// UTF-8 with or without BOM, UTF-16, GBK/GB18030; LF or CRLF) → the tables they hold, validated
// row by row against what the dashboard already has. Every dropped row is an issue naming the
// file, line and column; valid rows are kept.
import { TABLE_FILES, TABLES, type TableName } from '../domain/schema.ts';
import type { Dataset } from '../domain/types.ts';
import { type MessageParams, t } from '../format/messages.ts';
import { type DatasetIssue, type DatasetIssueKey, datasetIssue } from './datasetIssue.ts';
import type { DatasetLayer } from './mergeDatasets.ts';
import {
  parseDatasetJson,
  parseDatasetTables,
  type TableInput,
  tableForFileName,
} from './parseDatasetTables.ts';
import { TABLE_NAMES } from './tableRows.ts';

export interface DatasetFileInput {
  name: string;
  bytes: Uint8Array;
}

export interface DatasetFileSummary {
  name: string;
  /** The table a CSV file was read as, 'json' for a JSON file, null when it could not be read. */
  kind: TableName | 'json' | null;
  encoding: string | null;
}

export interface DatasetImportResult {
  /** Only the tables the files held (an observations file alone does not replace agencies). */
  tables: DatasetLayer;
  /** Rows kept per table. */
  counts: Record<TableName, number>;
  issues: DatasetIssue[];
  files: DatasetFileSummary[];
}

export type TextDecoderFn = (bytes: Uint8Array) => { text: string; encoding: string };

/** Why bytes are not dataset text, as the issue the file gets. */
export class DatasetDecodeError extends Error {
  constructor(readonly key: DatasetIssueKey) {
    super(t('en', key));
    this.name = 'DatasetDecodeError';
  }
}

/**
 * Bytes → text keeping every character of the file (CRLF inside a quoted cell is data). Detects a
 * BOM (UTF-8, UTF-16LE/BE), then strict UTF-8, then GB18030 (a superset of GBK and GB2312).
 */
export function decodeDatasetBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const [b0, b1, b2] = bytes;
  const decode = (label: string, from = 0) =>
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode('utf-8', 3), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decode('utf-16le', 2), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode('utf-16be', 2), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new DatasetDecodeError('data.issue.binaryFile');
  try {
    return { text: decode('utf-8'), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a spreadsheet on a Chinese system saves CSV as GBK.
  }
  try {
    const text = decode('gb18030');
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: 'gb18030' };
  } catch {
    throw new DatasetDecodeError('data.issue.badEncoding');
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function headerCells(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const first = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
}

/**
 * The table a CSV file holds: by its name ("observations.csv"), else by its header (a spreadsheet
 * export is often renamed "宝山区数据.csv"): the table whose id column leads and whose columns match
 * best.
 */
export function tableForCsv(name: string, text: string): TableName | null {
  const byName = tableForFileName(name);
  if (byName) return byName;
  const header = new Set(headerCells(text));
  let best: { table: TableName; score: number } | null = null;
  for (const table of TABLE_NAMES) {
    const columns = TABLES[table];
    const required = columns.filter((c) => c.type.required);
    if (!required.every((c) => header.has(c.name))) continue;
    const score = columns.filter((c) => header.has(c.name)).length / columns.length;
    if (!best || score > best.score) best = { table, score };
  }
  return best?.table ?? null;
}

function fileIssue(file: string, key: DatasetIssueKey, params: MessageParams = {}): DatasetIssue {
  return datasetIssue({ file, line: 0, column: null, severity: 'error', lineKind: 'line' }, key, params);
}

function presentTables(json: unknown): Set<TableName> {
  const present = new Set<TableName>();
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    for (const t of TABLE_NAMES) if (Array.isArray((json as Record<string, unknown>)[t])) present.add(t);
  }
  return present;
}

function pick(dataset: Dataset, present: ReadonlySet<TableName>): DatasetLayer {
  const layer: DatasetLayer = {};
  if (present.has('indicators')) layer.indicators = dataset.indicators;
  if (present.has('agencies')) layer.agencies = dataset.agencies;
  if (present.has('reports')) layer.reports = dataset.reports;
  if (present.has('observations')) layer.observations = dataset.observations;
  return layer;
}

function mergeTables(into: DatasetLayer, from: DatasetLayer): DatasetLayer {
  const out: DatasetLayer = { ...into };
  for (const t of TABLE_NAMES) {
    const list = from[t];
    if (!list) continue;
    // biome-ignore lint/suspicious/noExplicitAny: the table name ties the list to its record type.
    const before = (out[t] ?? []) as any[];
    const ids = new Set(list.map((r) => r.id));
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    (out as any)[t] = [...before.filter((r: { id: string }) => !ids.has(r.id)), ...list];
  }
  return out;
}

function countRows(tables: DatasetLayer): Record<TableName, number> {
  return {
    indicators: tables.indicators?.length ?? 0,
    agencies: tables.agencies?.length ?? 0,
    reports: tables.reports?.length ?? 0,
    observations: tables.observations?.length ?? 0,
  };
}

/**
 * Reads the files, checking references against `context` (what the dashboard shows now) for the
 * tables the files do not bring. CSV files are read together (one per table; a second file for
 * the same table is refused with an issue); each JSON file is read on its own, later files win.
 */
export function importDatasetFiles(
  files: readonly DatasetFileInput[],
  context: Pick<Dataset, 'indicators' | 'agencies' | 'reports'>,
  decode: TextDecoderFn = decodeDatasetBytes,
): DatasetImportResult {
  const issues: DatasetIssue[] = [];
  const summaries: DatasetFileSummary[] = [];
  const csvInputs: TableInput[] = [];
  const jsonInputs: { name: string; text: string }[] = [];

  for (const file of files) {
    const ext = extensionOf(file.name);
    const summary: DatasetFileSummary = { name: file.name, kind: null, encoding: null };
    summaries.push(summary);
    if (ext !== 'csv' && ext !== 'json') {
      issues.push(fileIssue(file.name, 'data.issue.notDatasetFile'));
      continue;
    }
    let text: string;
    try {
      ({ text, encoding: summary.encoding } = decode(file.bytes));
    } catch (error) {
      issues.push(
        error instanceof DatasetDecodeError
          ? fileIssue(file.name, error.key)
          : fileIssue(file.name, 'data.issue.fileUnreadable', {
              reason: error instanceof Error ? error.message : String(error),
            }),
      );
      continue;
    }
    if (ext === 'json') {
      summary.kind = 'json';
      jsonInputs.push({ name: file.name, text });
      continue;
    }
    const table = tableForCsv(file.name, text);
    if (!table) {
      issues.push(
        fileIssue(file.name, 'data.issue.unknownTable', { names: Object.values(TABLE_FILES).join(', ') }),
      );
      continue;
    }
    const earlier = csvInputs.find((i) => i.table === table);
    if (earlier) {
      issues.push(fileIssue(file.name, 'data.issue.secondTableFile', { table, first: earlier.fileName }));
      continue;
    }
    summary.kind = table;
    csvInputs.push({ fileName: file.name, table, text });
  }

  let tables: DatasetLayer = {};
  if (csvInputs.length > 0) {
    const { dataset, errors } = parseDatasetTables(csvInputs, { context });
    issues.push(...errors);
    tables = pick(dataset, new Set(csvInputs.map((i) => i.table)));
  }
  for (const input of jsonInputs) {
    let json: unknown;
    try {
      json = JSON.parse(input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text);
    } catch {
      json = input.text; // parseDatasetJson reports the syntax error with its line.
    }
    const { dataset, errors } = parseDatasetJson(json, input.name, { context });
    issues.push(...errors);
    tables = mergeTables(tables, pick(dataset, presentTables(json)));
  }
  return { tables, counts: countRows(tables), issues, files: summaries };
}

/** Issues that dropped something (as opposed to warnings about what was read anyway). */
export function errorCount(issues: readonly DatasetIssue[]): number {
  return issues.filter((i) => i.severity === 'error').length;
}
