// A problem found while reading dataset files, pointing at what a person would open to fix it.

export interface DatasetIssue {
  file: string;
  /**
   * CSV: 1-based line in the file as an editor shows it (header = 1), counting the line breaks
   * inside quoted cells, so it is the line the row starts on. JSON: 1-based item number within
   * its table's array (see lineKind). 0 when the issue is about the file as a whole.
   */
  line: number;
  /** The column (CSV) or key (JSON) concerned, or null for a whole row or file. */
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
  /** Whether `line` counts lines of a CSV file or items of a JSON array. */
  lineKind: 'line' | 'item';
}
