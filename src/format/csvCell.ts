// CSV cells for files people open in spreadsheets. Pure and tiny: shared by the CLI and the
// dashboard's export, so change it only with care.

export type CsvValue = string | number | boolean | null | undefined;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// A spreadsheet treats a cell starting with one of these as a formula (or strips it silently).
const FORMULA_START = /^[=+\-@\t\r]/;
// Already-neutralised cells: apostrophes in front of a formula character.
const APOSTROPHES_THEN_FORMULA = /^'+[=+\-@\t\r]/;

function neutralise(text: string): string {
  if (FORMULA_START.test(text)) return PLAIN_NUMBER.test(text) ? text : `'${text}`;
  // Adding one more apostrophe keeps unneutralise() exact: it always strips exactly one.
  if (APOSTROPHES_THEN_FORMULA.test(text)) return `'${text}`;
  return text;
}

/** One CSV cell: formula-neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = neutralise(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line without its line terminator. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** Inverse of the formula neutralisation, for a cell already unquoted by a CSV parser. */
export function unneutralise(cell: string): string {
  return APOSTROPHES_THEN_FORMULA.test(cell) ? cell.slice(1) : cell;
}
