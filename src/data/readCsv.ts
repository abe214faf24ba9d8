// CSV text → header + rows with the line each row starts on. papaparse does the quoting; we track
// its cursor so a row after a quoted multi-line cell still gets the line an editor shows.
import Papa from 'papaparse';
import { unneutralise } from '../format/csvCell.ts';
import type { DatasetIssue } from './datasetIssue.ts';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** The line break of the header line; headers never hold quoted line breaks. */
function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}

/** Line breaks (LF, CRLF or lone CR) in text[from, to); native indexOf keeps large files fast. */
function countLineBreaks(text: string, from: number, to: number, hasCR: boolean): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  if (hasCR) {
    for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== 10) count++;
    }
  }
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '') return false;
  return true;
}

// Only cells starting with an apostrophe can be neutralised ones.
function restore(cell: string): string {
  return cell.charCodeAt(0) === 39 ? unneutralise(cell) : cell;
}

export function readCsv(rawText: string, file: string, issues: DatasetIssue[]): CsvTable {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const records: { start: number; cells: string[]; error: string | null }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: detectNewline(text),
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const error = result.errors[0];
      records.push({ start, cells: result.data, error: error ? error.message : null });
      start = result.meta.cursor;
    },
  });

  const hasCR = text.includes('\r');
  let line = 1;
  let counted = 0;
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  for (const record of records) {
    line += countLineBreaks(text, counted, record.start, hasCR);
    counted = record.start;
    // A blank line (or a row of empty cells) holds no data; it is neither a row nor an error.
    if (isBlank(record.cells)) continue;
    if (record.error) {
      issues.push({
        file,
        line,
        column: null,
        message: `unreadable CSV row: ${record.error}`,
        severity: 'error',
        lineKind: 'line',
      });
      continue;
    }
    if (header === null) header = record.cells.map((c) => c.trim());
    else rows.push({ line, cells: record.cells.map(restore) });
  }
  return { header: header ?? [], rows };
}
