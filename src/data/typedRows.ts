// The rows of one table that passed validation, with where each came from. Parallel arrays rather
// than a wrapper object per row: a national dataset has ~180k observations, and every object per
// row is time spent allocating and collecting.
import type { DatasetIssue } from './datasetIssue.ts';

export interface RowSource {
  file: string;
  lineKind: DatasetIssue['lineKind'];
}

export interface TypedRows<T> {
  records: T[];
  /** CSV line (or JSON item number) of records[i]. */
  lines: number[];
  /** The file records[i] came from (shared objects, one per file). */
  sources: RowSource[];
}

export function emptyTypedRows<T>(): TypedRows<T> {
  return { records: [], lines: [], sources: [] };
}

/** Appends one row at a time: push(...rows) overflows the call stack for large files. */
export function appendTypedRows<T>(target: TypedRows<T>, rows: TypedRows<T>): void {
  for (let i = 0; i < rows.records.length; i++) {
    target.records.push(rows.records[i]!);
    target.lines.push(rows.lines[i]!);
    target.sources.push(rows.sources[i]!);
  }
}
