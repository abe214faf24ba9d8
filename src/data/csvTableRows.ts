// The rows of one CSV table file, as a CSV reader delivers them → typed records plus every issue,
// as a person would want them listed: header problems first, then each dropped row with its line
// and column. Fed one row at a time, so a download can be read while it arrives.
import { type Column, TABLES, type TableName } from '../domain/schema.ts';
import { CellError, type CellResult } from './convertCell.ts';
import { readCsvCell, readCsvCellAt, restoreCell } from './csvCellReader.ts';
import type { CsvRowHandler } from './csvRowReader.ts';
import { type DatasetIssue, datasetIssue } from './datasetIssue.ts';
import { type Cell, FROM_CELLS, type TableRecords } from './tableRows.ts';
import { emptyTypedRows, type RowSource, type TypedRows } from './typedRows.ts';
import { unknownColumnsIssue } from './unknownColumns.ts';

function isBlank(cells: readonly string[], count: number): boolean {
  for (let i = 0; i < count; i++) if (cells[i] !== '') return false;
  return true;
}

export class CsvTableRows<T extends TableName> implements CsvRowHandler {
  readonly rows: TypedRows<TableRecords[T]> = emptyTypedRows();
  private readonly src: RowSource;
  private readonly columns: readonly Column[];
  private header: string[] | null = null;
  /** Where each schema column sits in the file (its first occurrence), -1 when absent. */
  private positions: number[] = [];
  private missingRequired = false;
  private dataRows = 0;
  private readonly rowIssues: DatasetIssue[] = [];
  // One array reused for every row: FROM_CELLS copies what it needs, and every cell is written
  // before a row is kept (a row with a bad cell is dropped), so nothing stale is ever read.
  private readonly typed: (Cell | undefined)[];
  // The last text cell read in each column: rows of one report repeat its ids, and one string
  // for all of them is less to allocate, to keep, and to hash when they are looked up.
  private readonly previous: (string | undefined)[];
  private problems: DatasetIssue[] | null = null;

  constructor(
    readonly table: T,
    readonly file: string,
  ) {
    this.src = { file, lineKind: 'line' };
    this.columns = TABLES[table];
    this.typed = new Array(this.columns.length).fill(null);
    this.previous = new Array(this.columns.length).fill(undefined);
  }

  /** One row as read (cells not yet restored); blank rows are skipped, the first other is the header. */
  row(cells: readonly string[], count: number, line: number): void {
    if (isBlank(cells, count)) return;
    if (this.header === null) {
      this.setHeader(cells, count);
      return;
    }
    const width = this.header.length;
    const beyond = count > width && !isBlank(cells.slice(width), count - width);
    if (!this.admit(count, line, beyond)) return;
    const { columns, positions } = this;
    for (let c = 0; c < columns.length; c++) {
      const p = positions[c]!;
      const raw = p < 0 ? undefined : p < count ? restoreCell(cells[p]!) : '';
      this.cell(c, readCsvCell(columns[c]!.type, raw), line);
    }
    this.finishRow(line);
  }

  /** A row without quotes, as bounds into the text (see CsvRowHandler): the same as row(). */
  plainRow(text: string, bounds: readonly number[], count: number, line: number): void {
    let blank = true;
    for (let i = 0; i < count && blank; i++) blank = bounds[2 * i] === bounds[2 * i + 1];
    if (blank) return;
    if (this.header === null) {
      const cells: string[] = [];
      for (let i = 0; i < count; i++) cells.push(text.substring(bounds[2 * i]!, bounds[2 * i + 1]!));
      this.setHeader(cells, count);
      return;
    }
    let beyond = false;
    for (let i = this.header.length; i < count && !beyond; i++) beyond = bounds[2 * i] !== bounds[2 * i + 1];
    if (!this.admit(count, line, beyond)) return;
    const { columns, positions, previous } = this;
    for (let c = 0; c < columns.length; c++) {
      const p = positions[c]!;
      const type = columns[c]!.type;
      if (p < 0 || p >= count) {
        this.cell(c, readCsvCell(type, p < 0 ? undefined : ''), line);
        continue;
      }
      const s = bounds[2 * p]!;
      const e = bounds[2 * p + 1]!;
      if (type.kind !== 'string' || s === e) {
        this.cell(c, readCsvCellAt(type, text, s, e), line);
        continue;
      }
      const last = previous[c];
      // Ids differ at their end: that character is compared first.
      const same =
        last !== undefined &&
        last.length === e - s &&
        last.charCodeAt(last.length - 1) === text.charCodeAt(e - 1) &&
        text.startsWith(last, s);
      const raw = same ? last : text.substring(s, e);
      previous[c] = raw;
      this.cell(c, readCsvCell(type, restoreCell(raw)), line);
    }
    this.finishRow(line);
  }

  private setHeader(cells: readonly string[], count: number): void {
    const header: string[] = [];
    for (let i = 0; i < count; i++) header.push(cells[i]!.trim());
    this.header = header;
    const names = new Set(header);
    this.positions = this.columns.map((c) => header.indexOf(c.name));
    this.missingRequired = this.columns.some((c) => c.type.required && !names.has(c.name));
  }

  /**
   * Counts a data row; false when it is not to be typed: the file lacks a required column, or the
   * row has filled cells beyond the header's (`beyond`).
   */
  private admit(count: number, line: number, beyond: boolean): boolean {
    this.dataRows++;
    if (this.missingRequired) return false;
    if (beyond) {
      this.rowIssues.push(
        datasetIssue({ ...this.src, line, column: null, severity: 'error' }, 'data.issue.rowTooWide', {
          count,
          width: this.header!.length,
        }),
      );
      return false;
    }
    return true;
  }

  private cell(c: number, result: CellResult, line: number): void {
    if (!(result instanceof CellError)) {
      this.typed[c] = result;
      return;
    }
    this.problems ??= [];
    this.problems.push(
      datasetIssue(
        { ...this.src, line, column: this.columns[c]!.name, severity: 'error' },
        result.key,
        result.params,
      ),
    );
  }

  private finishRow(line: number): void {
    if (this.problems) {
      for (const p of this.problems) this.rowIssues.push(p);
      this.problems = null;
      return;
    }
    this.rows.records.push(FROM_CELLS[this.table](this.typed));
    this.rows.lines.push(line);
    this.rows.sources.push(this.src);
  }

  /** Every issue of the file, in the order readers list them (header first, then rows). */
  issues(): DatasetIssue[] {
    const src = this.src;
    const header = this.header;
    if (header === null) {
      return [datasetIssue({ ...src, line: 1, column: null, severity: 'error' }, 'data.issue.emptyFile')];
    }
    const issues: DatasetIssue[] = [];
    const seen = new Set<string>();
    for (const name of header) {
      if (seen.has(name))
        issues.push(
          datasetIssue({ ...src, line: 1, column: name, severity: 'warning' }, 'data.issue.duplicateColumn'),
        );
      seen.add(name);
    }
    const unknown = unknownColumnsIssue(this.table, src, seen);
    if (unknown) issues.push(unknown);
    const missing = this.columns.filter((c) => !seen.has(c.name));
    for (const c of missing.filter((m) => !m.type.required)) {
      issues.push(
        datasetIssue(
          { ...src, line: 1, column: c.name, severity: 'warning' },
          'data.issue.optionalColumnAbsent',
        ),
      );
    }
    if (this.missingRequired) {
      // One issue per missing column instead of one per row: the rows cannot be read at all.
      for (const c of missing.filter((m) => m.type.required)) {
        issues.push(
          datasetIssue(
            { ...src, line: 1, column: c.name, severity: 'error' },
            'data.issue.requiredColumnMissing',
            {
              count: this.dataRows,
            },
          ),
        );
      }
    }
    for (const issue of this.rowIssues) issues.push(issue);
    return issues;
  }
}
