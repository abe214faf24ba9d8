// Dataset files (CSV per table, or one JSON object) → validated Dataset plus every issue found.
// Invalid rows are dropped, each with an issue; valid rows are kept; nothing disappears silently.
import { INDICATORS } from '../domain/indicators.ts';
import { TABLE_FILES, TABLES, type TableName } from '../domain/schema.ts';
import type { Dataset, DatasetMeta, Observation, Report } from '../domain/types.ts';
import type { MessageParams } from '../format/messages.ts';
import { CellError, convertCell } from './convertCell.ts';
import { CsvTableReader } from './csvTableReader.ts';
import { type DatasetIssue, type DatasetIssueKey, datasetIssue } from './datasetIssue.ts';
import { type Cell, FROM_CELLS, ID_COLUMN, TABLE_NAMES, type TableRecords } from './tableRows.ts';
import { appendTypedRows, emptyTypedRows, type RowSource, type TypedRows } from './typedRows.ts';
import { issueTable, unknownColumnsIssue } from './unknownColumns.ts';

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
 * A JSON item before typing: its values in schema column order (TABLES[table]), undefined where
 * the item has no such key.
 */
interface RawRow {
  line: number;
  cells: readonly unknown[];
}

type Rows = { [T in TableName]: TypedRows<TableRecords[T]> };

function typeRows<T extends TableName>(
  table: T,
  src: RowSource,
  raw: readonly RawRow[],
  issues: DatasetIssue[],
): TypedRows<TableRecords[T]> {
  const out = emptyTypedRows<TableRecords[T]>();
  const columns = TABLES[table];
  for (const { line, cells } of raw) {
    const typed: Cell[] = [];
    const problems: DatasetIssue[] = [];
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const result = convertCell(column.type, cells[c]);
      if (!(result instanceof CellError)) typed[c] = result;
      else
        problems.push(
          datasetIssue(
            { ...src, line, column: column.name, table: issueTable(table, src), severity: 'error' },
            result.key,
            result.params,
          ),
        );
    }
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    out.records.push(FROM_CELLS[table](typed));
    out.lines.push(line);
    out.sources.push(src);
  }
  return out;
}

/**
 * a > b for strings (code unit by code unit), written out: ids share long prefixes, and the
 * engine's comparison of two substrings is a slow call by comparison.
 */
function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d > 0;
  }
  return a.length > b.length;
}

function assemble(
  rows: Rows,
  present: ReadonlySet<TableName>,
  opts: ParseOptions,
  issues: DatasetIssue[],
): Dataset {
  const issue = (
    table: TableName,
    at: TypedRows<unknown>,
    i: number,
    column: string | null,
    key: DatasetIssueKey,
    params: MessageParams,
    severity: DatasetIssue['severity'] = 'error',
  ) => {
    const src = at.sources[i]!;
    issues.push(
      datasetIssue(
        {
          file: src.file,
          line: at.lines[i]!,
          lineKind: src.lineKind,
          column,
          table: issueTable(table, src),
          severity,
        },
        key,
        params,
      ),
    );
  };

  // Ids are unique per table: the first row with an id is kept, later ones are reported.
  // Returns the positions of the rows kept. Ids that only grow are all distinct, which is how
  // generated and exported files come, so the map of every id seen is built only when an id
  // comes out of order.
  function unique<T extends { id: string }>(table: TableName, list: TypedRows<T>): number[] {
    const kept: number[] = [];
    let first: Map<string, number> | null = null;
    let last: string | null = null;
    for (let i = 0; i < list.records.length; i++) {
      const id = list.records[i]!.id;
      if (first === null) {
        if (last === null || isAfter(id, last)) {
          last = id;
          kept.push(i);
          continue;
        }
        first = new Map();
        for (const k of kept) first.set(list.records[k]!.id, k);
      }
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, i);
        kept.push(i);
        continue;
      }
      const src = list.sources[earlier]!;
      issue(
        table,
        list,
        i,
        ID_COLUMN[table],
        src.lineKind === 'item' ? 'data.issue.duplicateIdItem' : 'data.issue.duplicateIdLine',
        { id, line: list.lines[earlier]!, file: src.file },
      );
    }
    return kept;
  }

  const indicators = present.has('indicators')
    ? unique('indicators', rows.indicators).map((i) => rows.indicators.records[i]!)
    : [...(opts.context?.indicators ?? INDICATORS)];
  const indicatorIds = new Set(indicators.map((i) => i.id));

  const agencies = unique('agencies', rows.agencies).map((i) => rows.agencies.records[i]!);
  const agencyIds = present.has('agencies')
    ? new Set(agencies.map((a) => a.id))
    : opts.context?.agencies
      ? new Set(opts.context.agencies.map((a) => a.id))
      : null;

  const reports: Report[] = [];
  for (const i of unique('reports', rows.reports)) {
    const r = rows.reports.records[i]!;
    if (agencyIds && !agencyIds.has(r.agencyId)) {
      issue('reports', rows.reports, i, 'agency_id', 'data.issue.unknownAgency', { id: r.agencyId });
      continue;
    }
    reports.push(r);
  }
  const reportById = present.has('reports')
    ? new Map(reports.map((r) => [r.id, r]))
    : opts.context?.reports
      ? new Map(opts.context.reports.map((r) => [r.id, r]))
      : null;

  const obsRows = rows.observations;
  const observations: Observation[] = [];
  // Rows of one report come together: its agency and report are looked up once, not per row.
  let lastAgencyId: string | null = null;
  let lastAgencyKnown = false;
  let lastReportId: string | null = null;
  let lastReport: Report | undefined;
  for (const i of unique('observations', obsRows)) {
    const o = obsRows.records[i]!;
    if (!indicatorIds.has(o.indicator)) {
      issue('observations', obsRows, i, 'indicator', 'data.issue.unknownIndicator', { id: o.indicator });
      continue;
    }
    if (agencyIds) {
      if (o.agencyId !== lastAgencyId) {
        lastAgencyId = o.agencyId;
        lastAgencyKnown = agencyIds.has(o.agencyId);
      }
      if (!lastAgencyKnown) {
        issue('observations', obsRows, i, 'agency_id', 'data.issue.unknownAgency', { id: o.agencyId });
        continue;
      }
    }
    if (reportById) {
      if (o.reportId !== lastReportId) {
        lastReportId = o.reportId;
        lastReport = reportById.get(o.reportId);
      }
      const report = lastReport;
      if (!report) {
        issue('observations', obsRows, i, 'report_id', 'data.issue.unknownReport', { id: o.reportId });
        continue;
      }
      if (report.agencyId !== o.agencyId) {
        issue('observations', obsRows, i, 'agency_id', 'data.issue.reportOfOtherAgency', {
          report: o.reportId,
          owner: report.agencyId,
          agency: o.agencyId,
        });
        continue;
      }
      if (report.year !== o.year) {
        issue(
          'observations',
          obsRows,
          i,
          'year',
          'data.issue.yearMismatch',
          { year: o.year, reportYear: report.year },
          'warning',
        );
      }
    }
    observations.push(o);
  }

  const fileOf = (t: TableName) => (present.has(t) ? '' : TABLE_FILES[t]);
  if (obsRows.records.length > 0 && !reportById) {
    issues.push(
      datasetIssue(
        { file: fileOf('reports'), line: 0, lineKind: 'line', column: null, severity: 'warning' },
        'data.issue.noReportsTable',
      ),
    );
  }
  if ((obsRows.records.length > 0 || rows.reports.records.length > 0) && !agencyIds) {
    issues.push(
      datasetIssue(
        { file: fileOf('agencies'), line: 0, lineKind: 'line', column: null, severity: 'warning' },
        'data.issue.noAgenciesTable',
      ),
    );
  }

  const meta: DatasetMeta = { ...DEFAULT_META, ...opts.meta };
  return { indicators, agencies, reports, observations, meta };
}

function emptyRows(): Rows {
  return {
    indicators: emptyTypedRows(),
    agencies: emptyTypedRows(),
    reports: emptyTypedRows(),
    observations: emptyTypedRows(),
  };
}

/**
 * The dataset read by CSV table readers that have been fed and ended (in the order given, as
 * parseDatasetTables reads its inputs): their rows, cross-checked, and every issue.
 */
export function assembleCsvTables(readers: readonly CsvTableReader[], opts: ParseOptions = {}): ParseResult {
  const errors: DatasetIssue[] = [];
  const byTable = new Map<TableName, TypedRows<unknown>[]>();
  for (const reader of readers) {
    for (const issue of reader.issues()) errors.push(issue);
    const list = byTable.get(reader.table);
    if (list) list.push(reader.rows);
    else byTable.set(reader.table, [reader.rows]);
  }
  const rows = emptyRows();
  for (const [table, lists] of byTable) {
    // One file per table (the usual case) is taken as it is; more are appended in order.
    if (lists.length === 1) (rows as Record<TableName, TypedRows<unknown>>)[table] = lists[0]!;
    else for (const list of lists) appendTypedRows(rows[table] as TypedRows<unknown>, list);
  }
  return { dataset: assemble(rows, new Set(byTable.keys()), opts, errors), errors: sortIssues(errors) };
}

export function parseDatasetTables(inputs: readonly TableInput[], opts: ParseOptions = {}): ParseResult {
  const readers = inputs.map((input) => {
    const reader = new CsvTableReader(input.table, input.fileName);
    reader.push(input.text);
    reader.end();
    return reader;
  });
  return assembleCsvTables(readers, opts);
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
  const fail = (key: DatasetIssueKey, params: MessageParams = {}, line = 0): ParseResult => {
    errors.push(
      datasetIssue({ file: fileName, line, lineKind: 'line', column: null, severity: 'error' }, key, params),
    );
    return { dataset: assemble(rows, present, opts, []), errors };
  };
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
    } catch (error) {
      return fail(
        'data.issue.jsonInvalid',
        { reason: error instanceof Error ? error.message : String(error) },
        jsonErrorLine(input, error),
      );
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('data.issue.jsonNotObject');
  }
  const top = json as Record<string, unknown>;
  const unknownKeys = Object.keys(top).filter(
    (k) => k !== 'meta' && !(TABLE_NAMES as readonly string[]).includes(k),
  );
  if (unknownKeys.length > 0) {
    errors.push(
      datasetIssue(
        { file: fileName, line: 0, lineKind: 'item', column: unknownKeys[0]!, severity: 'warning' },
        'data.issue.unknownKeys',
        { names: unknownKeys.join(', ') },
      ),
    );
  }
  for (const table of TABLE_NAMES) {
    const list = top[table];
    if (list === undefined) continue;
    const src: RowSource = { file: fileName, lineKind: 'item' };
    if (!Array.isArray(list)) {
      errors.push(
        datasetIssue({ ...src, line: 0, column: table, severity: 'error' }, 'data.issue.tableNotArray', {
          table,
        }),
      );
      continue;
    }
    present.add(table);
    const raw: RawRow[] = [];
    const keys = new Set<string>();
    list.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        errors.push(
          datasetIssue(
            { ...src, line: i + 1, column: null, table, severity: 'error' },
            'data.issue.itemNotObject',
          ),
        );
        return;
      }
      for (const k of Object.keys(item)) keys.add(k);
      const values = item as Record<string, unknown>;
      raw.push({ line: i + 1, cells: TABLES[table].map((c) => values[c.name]) });
    });
    const unknown = unknownColumnsIssue(table, src, keys);
    if (unknown) errors.push(unknown);
    appendTypedRows(rows[table] as TypedRows<unknown>, typeRows(table, src, raw, errors));
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
