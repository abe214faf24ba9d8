// Dataset files (CSV per table, or one JSON object) → validated Dataset plus every issue found.
// Invalid rows are dropped, each with an issue; valid rows are kept; nothing disappears silently.
import { INDICATORS } from '../domain/indicators.ts';
import { type Column, TABLE_FILES, TABLES, type TableName } from '../domain/schema.ts';
import type { Dataset, DatasetMeta } from '../domain/types.ts';
import { CellError, convertCell } from './convertCell.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import { readCsv } from './readCsv.ts';
import { FROM_ROW, ID_COLUMN, TABLE_NAMES, type TableRecords, type TypedRow } from './tableRows.ts';

export type { DatasetIssue } from './datasetIssue.ts';

export interface TableInput {
  fileName: string;
  table: TableName;
  text: string;
}

export interface ParseResult {
  dataset: Dataset;
  errors: DatasetIssue[];
}

export interface ParseOptions {
  meta?: Partial<DatasetMeta>;
  /**
   * Records that references may point to when their table is not among the inputs (importing
   * observations for agencies and reports the bundled dataset already has).
   */
  context?: Partial<Pick<Dataset, 'indicators' | 'agencies' | 'reports'>>;
}

const DEFAULT_META: DatasetMeta = {
  source: 'imported',
  synthetic: false,
  extractedAt: null,
  extractorVersion: null,
};

/** The table a file name stands for ("observations.csv", "data/agencies.csv"), or null. */
export function tableForFileName(fileName: string): TableName | null {
  const base = fileName.split(/[\\/]/).pop()!.toLowerCase();
  return TABLE_NAMES.find((t) => TABLE_FILES[t] === base || base === `${t}.json`) ?? null;
}

/**
 * A row before typing: its cells in schema column order (TABLES[table]), undefined where the file
 * has no such column. Arrays rather than name→value objects: one allocation less per row.
 */
interface RawRow {
  line: number;
  cells: readonly unknown[];
}

interface Source {
  file: string;
  lineKind: DatasetIssue['lineKind'];
}

interface Located<T> {
  record: T;
  table: TableName;
  file: string;
  line: number;
  lineKind: DatasetIssue['lineKind'];
}

/** JSON issues name their table ("reports: …"): one file holds all four. */
function where(table: TableName, src: Pick<Source, 'lineKind'>): string {
  return src.lineKind === 'item' ? `${table}: ` : '';
}

type Rows = { [T in TableName]: Located<TableRecords[T]>[] };

function typeRows(
  table: TableName,
  src: Source,
  raw: readonly RawRow[],
  issues: DatasetIssue[],
): Located<TableRecords[typeof table]>[] {
  const out: Located<TableRecords[typeof table]>[] = [];
  const columns = TABLES[table];
  for (const { line, cells } of raw) {
    const typed: Record<string, unknown> = {};
    const problems: DatasetIssue[] = [];
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const result = convertCell(column.type, cells[c]);
      if (!(result instanceof CellError)) typed[column.name] = result;
      else
        problems.push({
          ...src,
          line,
          column: column.name,
          message: `${where(table, src)}${result.message}; row dropped`,
          severity: 'error',
        });
    }
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    out.push({
      record: FROM_ROW[table](typed as TypedRow),
      table,
      file: src.file,
      line,
      lineKind: src.lineKind,
    });
  }
  return out;
}

function unknownColumnsWarning(
  table: TableName,
  src: Source,
  names: Iterable<string>,
  issues: DatasetIssue[],
): void {
  const known = new Set(TABLES[table].map((c) => c.name));
  const unknown = [...new Set(names)].filter((n) => !known.has(n));
  if (unknown.length === 0) return;
  issues.push({
    ...src,
    line: src.lineKind === 'line' ? 1 : 0,
    column: unknown[0]!,
    message: `${where(table, src)}unknown column${unknown.length > 1 ? 's' : ''} ignored: ${unknown.join(', ')}`,
    severity: 'warning',
  });
}

function csvRows(input: TableInput, issues: DatasetIssue[]): RawRow[] {
  const src: Source = { file: input.fileName, lineKind: 'line' };
  const { header, rows } = readCsv(input.text, input.fileName, issues);
  if (header.length === 0) {
    issues.push({ ...src, line: 1, column: null, message: 'empty file: no header row', severity: 'error' });
    return [];
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name))
      issues.push({
        ...src,
        line: 1,
        column: name,
        message: 'column appears twice; the first is used',
        severity: 'warning',
      });
    seen.add(name);
  }
  unknownColumnsWarning(input.table, src, header, issues);
  const missing = TABLES[input.table].filter((c: Column) => !seen.has(c.name));
  const missingRequired = missing.filter((c) => c.type.required);
  for (const c of missing.filter((m) => !m.type.required)) {
    issues.push({
      ...src,
      line: 1,
      column: c.name,
      message: 'optional column absent; read as empty',
      severity: 'warning',
    });
  }
  if (missingRequired.length > 0) {
    // One issue per missing column instead of one per row: the rows cannot be read at all.
    for (const c of missingRequired) {
      issues.push({
        ...src,
        line: 1,
        column: c.name,
        message: `required column missing; all ${rows.length} rows of this file dropped`,
        severity: 'error',
      });
    }
    return [];
  }
  // Schema columns only, at their first position in the header (a duplicate's first wins, as
  // the warning says); unknown columns are not copied.
  const positions = TABLES[input.table].map((c) => header.indexOf(c.name));
  const result: RawRow[] = [];
  for (const row of rows) {
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c !== '')) {
      issues.push({
        ...src,
        line: row.line,
        column: null,
        message: `row has ${row.cells.length} cells but the header has ${header.length}; row dropped`,
        severity: 'error',
      });
      continue;
    }
    result.push({ line: row.line, cells: positions.map((i) => (i < 0 ? undefined : (row.cells[i] ?? ''))) });
  }
  return result;
}

function assemble(
  rows: Rows,
  present: ReadonlySet<TableName>,
  opts: ParseOptions,
  issues: DatasetIssue[],
): Dataset {
  const issue = (
    at: Located<unknown>,
    column: string | null,
    message: string,
    severity: DatasetIssue['severity'] = 'error',
  ) =>
    issues.push({
      file: at.file,
      line: at.line,
      lineKind: at.lineKind,
      column,
      message: `${where(at.table, at)}${message}`,
      severity,
    });

  // Ids are unique per table: the first row with an id is kept, later ones are reported.
  function unique<T extends { id: string }>(table: TableName, list: Located<T>[]): Located<T>[] {
    const first = new Map<string, Located<T>>();
    return list.filter((row) => {
      const earlier = first.get(row.record.id);
      if (!earlier) {
        first.set(row.record.id, row);
        return true;
      }
      issue(
        row,
        ID_COLUMN[table],
        `duplicate id "${row.record.id}" (first at ${earlier.lineKind} ${earlier.line} of ${earlier.file}); row dropped`,
      );
      return false;
    });
  }

  const indicators = present.has('indicators')
    ? unique('indicators', rows.indicators).map((r) => r.record)
    : [...(opts.context?.indicators ?? INDICATORS)];
  const indicatorIds = new Set(indicators.map((i) => i.id));

  const agencies = unique('agencies', rows.agencies).map((r) => r.record);
  const agencyIds = present.has('agencies')
    ? new Set(agencies.map((a) => a.id))
    : opts.context?.agencies
      ? new Set(opts.context.agencies.map((a) => a.id))
      : null;

  const reportRows = unique('reports', rows.reports).filter((row) => {
    if (agencyIds && !agencyIds.has(row.record.agencyId)) {
      issue(row, 'agency_id', `unknown agency "${row.record.agencyId}"; row dropped`);
      return false;
    }
    return true;
  });
  const reports = reportRows.map((r) => r.record);
  const reportById = present.has('reports')
    ? new Map(reports.map((r) => [r.id, r]))
    : opts.context?.reports
      ? new Map(opts.context.reports.map((r) => [r.id, r]))
      : null;

  const observations = unique('observations', rows.observations)
    .filter((row) => {
      const o = row.record;
      if (!indicatorIds.has(o.indicator)) {
        issue(row, 'indicator', `unknown indicator "${o.indicator}"; row dropped`);
        return false;
      }
      if (agencyIds && !agencyIds.has(o.agencyId)) {
        issue(row, 'agency_id', `unknown agency "${o.agencyId}"; row dropped`);
        return false;
      }
      if (reportById) {
        const report = reportById.get(o.reportId);
        if (!report) {
          issue(row, 'report_id', `unknown report "${o.reportId}"; row dropped`);
          return false;
        }
        if (report.agencyId !== o.agencyId) {
          issue(
            row,
            'agency_id',
            `report "${o.reportId}" belongs to "${report.agencyId}", not "${o.agencyId}"; row dropped`,
          );
          return false;
        }
        if (report.year !== o.year) {
          issue(row, 'year', `year ${o.year} differs from the report's year ${report.year}`, 'warning');
        }
      }
      return true;
    })
    .map((r) => r.record);

  const fileOf = (t: TableName) => (present.has(t) ? '' : TABLE_FILES[t]);
  if (rows.observations.length > 0 && !reportById) {
    issues.push({
      file: fileOf('reports'),
      line: 0,
      lineKind: 'line',
      column: null,
      message: 'no reports table: report references were not checked',
      severity: 'warning',
    });
  }
  if ((rows.observations.length > 0 || rows.reports.length > 0) && !agencyIds) {
    issues.push({
      file: fileOf('agencies'),
      line: 0,
      lineKind: 'line',
      column: null,
      message: 'no agencies table: agency references were not checked',
      severity: 'warning',
    });
  }

  const meta: DatasetMeta = { ...DEFAULT_META, ...opts.meta };
  return { indicators, agencies, reports, observations, meta };
}

/** push(...rows) overflows the call stack for large files; append one by one. */
function appendAll(target: Located<unknown>[], rows: readonly Located<unknown>[]): void {
  for (const row of rows) target.push(row);
}

function emptyRows(): Rows {
  return { indicators: [], agencies: [], reports: [], observations: [] };
}

export function parseDatasetTables(inputs: readonly TableInput[], opts: ParseOptions = {}): ParseResult {
  const errors: DatasetIssue[] = [];
  const rows = emptyRows();
  const present = new Set<TableName>();
  for (const input of inputs) {
    present.add(input.table);
    const src: Source = { file: input.fileName, lineKind: 'line' };
    appendAll(rows[input.table], typeRows(input.table, src, csvRows(input, errors), errors));
  }
  return { dataset: assemble(rows, present, opts, errors), errors: sortIssues(errors) };
}

/** Position of a JSON syntax error, as a 1-based line, when the engine's message says where. */
function jsonErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(message);
  return pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
}

/**
 * `{ indicators: [...], agencies: [...], reports: [...], observations: [...], meta?: {...} }` with
 * the CSV column names as keys; values may be typed (numbers, booleans, arrays) or strings as in
 * CSV. Issues count items (1-based) within each table's array.
 */
export function parseDatasetJson(
  input: unknown,
  fileName = 'dataset.json',
  opts: ParseOptions = {},
): ParseResult {
  const errors: DatasetIssue[] = [];
  const rows = emptyRows();
  const present = new Set<TableName>();
  const fail = (message: string, line = 0): ParseResult => {
    errors.push({ file: fileName, line, lineKind: 'line', column: null, message, severity: 'error' });
    return { dataset: assemble(rows, present, opts, []), errors };
  };
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
    } catch (error) {
      return fail(
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        jsonErrorLine(input, error),
      );
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('expected an object with indicators, agencies, reports and observations arrays');
  }
  const top = json as Record<string, unknown>;
  const unknownKeys = Object.keys(top).filter(
    (k) => k !== 'meta' && !(TABLE_NAMES as readonly string[]).includes(k),
  );
  if (unknownKeys.length > 0) {
    errors.push({
      file: fileName,
      line: 0,
      lineKind: 'item',
      column: unknownKeys[0]!,
      message: `unknown keys ignored: ${unknownKeys.join(', ')}`,
      severity: 'warning',
    });
  }
  for (const table of TABLE_NAMES) {
    const list = top[table];
    if (list === undefined) continue;
    const src: Source = { file: fileName, lineKind: 'item' };
    if (!Array.isArray(list)) {
      errors.push({
        ...src,
        line: 0,
        column: table,
        message: `"${table}" is not an array; ignored`,
        severity: 'error',
      });
      continue;
    }
    present.add(table);
    const raw: RawRow[] = [];
    const keys = new Set<string>();
    list.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        errors.push({
          ...src,
          line: i + 1,
          column: null,
          message: `${table}: item is not an object; dropped`,
          severity: 'error',
        });
        return;
      }
      for (const k of Object.keys(item)) keys.add(k);
      const values = item as Record<string, unknown>;
      raw.push({ line: i + 1, cells: TABLES[table].map((c) => values[c.name]) });
    });
    unknownColumnsWarning(table, src, keys, errors);
    appendAll(rows[table], typeRows(table, src, raw, errors));
  }
  const meta = readMeta(top.meta);
  // Generation order (table by table, item by item) reads best for one JSON file.
  return { dataset: assemble(rows, present, { ...opts, meta: { ...meta, ...opts.meta } }, errors), errors };
}

function readMeta(raw: unknown): Partial<DatasetMeta> {
  if (typeof raw !== 'object' || raw === null) return {};
  const m = raw as Record<string, unknown>;
  const meta: Partial<DatasetMeta> = {};
  if (typeof m.source === 'string') meta.source = m.source;
  if (typeof m.synthetic === 'boolean') meta.synthetic = m.synthetic;
  if (typeof m.extractedAt === 'string') meta.extractedAt = m.extractedAt;
  if (typeof m.extractorVersion === 'string') meta.extractorVersion = m.extractorVersion;
  return meta;
}

/** CSV issues by file, then line, errors before warnings on the same line. */
function sortIssues(issues: DatasetIssue[]): DatasetIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}
