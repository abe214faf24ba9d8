// A whole CSV file for download: UTF-8 byte order mark (so Excel reads Chinese), CRLF line ends,
// every cell formula-neutralised and quoted as needed (csvCell).
import { type CsvValue, csvRow } from './csvCell.ts';

export const BOM = '\uFEFF';

export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${rows.map(csvRow).join('\r\n')}\r\n`;
}
