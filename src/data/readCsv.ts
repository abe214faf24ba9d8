// CSV text → rows with the line each row starts on, by papaparse: reads any file, however odd its
// quoting, and says which rows it could not read. papaparse does the quoting; we track its cursor
// so a row after a quoted multi-line cell still gets the line an editor shows. Dataset loading
// reads well-formed files with the faster CsvRowReader and comes here for the rest.
import Papa from 'papaparse';
import { type DatasetIssue, type DatasetIssueKey, datasetIssue } from './datasetIssue.ts';

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

/** papaparse's quoting errors, in words a person can act on (its own are terse English). */
const QUOTE_ERRORS: Partial<Record<string, DatasetIssueKey>> = {
  MissingQuotes: 'data.issue.csvUnclosedQuote',
  InvalidQuotes: 'data.issue.csvBadQuote',
};

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '') return false;
  return true;
}

/**
 * Calls onRow with the cells (as in the file, still neutralised) and line of every row that is
 * neither blank nor unreadable, header included; each unreadable row becomes an issue.
 */
export function readCsv(
  rawText: string,
  file: string,
  issues: DatasetIssue[],
  onRow: (cells: string[], line: number) => void,
): void {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const records: { start: number; cells: string[]; error: { code: string; message: string } | null }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: detectNewline(text),
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const error = result.errors[0];
      records.push({
        start,
        cells: result.data,
        error: error ? { code: error.code, message: error.message } : null,
      });
      start = result.meta.cursor;
    },
  });

  const hasCR = text.includes('\r');
  let line = 1;
  let counted = 0;
  for (const record of records) {
    line += countLineBreaks(text, counted, record.start, hasCR);
    counted = record.start;
    // A blank line (or a row of empty cells) holds no data; it is neither a row nor an error.
    if (isBlank(record.cells)) continue;
    if (record.error) {
      const place = { file, line, column: null, severity: 'error', lineKind: 'line' } as const;
      const key = QUOTE_ERRORS[record.error.code];
      issues.push(
        key
          ? datasetIssue(place, key)
          : datasetIssue(place, 'data.issue.csvUnreadable', { reason: record.error.message }),
      );
      continue;
    }
    onRow(record.cells, line);
  }
}
