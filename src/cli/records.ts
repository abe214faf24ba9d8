// Extraction results → the records of ../shared/spec/extract-cli.md (snake_case, fixed names).
import { EXTRACTED_COLUMNS, LIST_SEPARATOR, type RowOf } from '../domain/schema.ts';
import type { ExtractedObservation, ExtractionResult } from '../extract/types.ts';
import type { CsvValue } from '../format/csvCell.ts';
import type { ReportText } from '../ingest/readReport.ts';

export interface ExtractedFile {
  path: string;
  /** The file's base name: the `report` field of every record. */
  name: string;
  read: ReportText;
  result: ExtractionResult;
}

export function reportRecord(file: ExtractedFile) {
  const { report } = file.result;
  return {
    type: 'report' as const,
    report: file.name,
    title: report.title,
    agency: report.agency,
    year: report.year,
    published: report.published,
    sections: { ...report.sections },
    chars: report.chars,
    format: file.read.format,
    encoding: file.read.encoding,
  };
}

// The contract's field order (../shared/spec/extract-cli.md); the extractor's other columns follow
// in schema order, so a new column reaches the command's output without an edit here.
const CONTRACT_ORDER: readonly string[] = [
  'indicator',
  'value',
  'unit',
  'qualifier',
  'derived',
  'text',
  'evidence',
  'start',
  'end',
  'section',
  'scope',
  'yoy_pct',
  'yoy_points',
  'confidence',
];
const RECORD_COLUMNS = [
  ...CONTRACT_ORDER.map((name) => EXTRACTED_COLUMNS.find((c) => c.name === name)!),
  ...EXTRACTED_COLUMNS.filter((c) => !CONTRACT_ORDER.includes(c.name)),
];

type ExtractedFields = RowOf<typeof EXTRACTED_COLUMNS>;

export interface ObservationRecord extends Omit<ExtractedFields, 'alternatives'> {
  type: 'observation';
  report: string;
  rule: string;
  /** Only when the report gives more than one value for the indicator. */
  alternatives?: ExtractedFields['alternatives'];
}

export function observationRecord(name: string, o: ExtractedObservation): ObservationRecord {
  const record: Record<string, unknown> = { type: 'observation', report: name };
  for (const c of RECORD_COLUMNS) {
    const value = o[c.field];
    // The contract's optional `alternatives` appears only when the report gives more than one value.
    if (c.type.kind === 'alternatives' && (value === undefined || (value as unknown[]).length === 0))
      continue;
    record[c.name] = value;
  }
  record.rule = o.rule;
  return record as unknown as ObservationRecord;
}

export type ReportRecord = ReturnType<typeof reportRecord>;

/** One observation as an ndjson line (ends with "\n"). */
export function observationLine(name: string, o: ExtractedObservation): string {
  return `${JSON.stringify(observationRecord(name, o))}\n`;
}

// --format csv: one row per observation; the report's agency and year ride along so the file
// stands on its own in a spreadsheet.
export const OBSERVATION_CSV_COLUMNS: readonly string[] = [
  'report',
  'agency',
  'year',
  ...EXTRACTED_COLUMNS.map((c) => c.name),
  'rule',
];

export function observationCsvCells(file: ExtractedFile, o: ExtractedObservation): CsvValue[] {
  const cells: CsvValue[] = [file.name, file.result.report.agency, file.result.report.year];
  for (const c of EXTRACTED_COLUMNS) {
    const value = o[c.field];
    if (c.type.kind === 'alternatives') {
      // JSON, as in data/observations.csv: the one encoding of objects with free text that cannot be misread.
      cells.push(Array.isArray(value) && value.length > 0 ? JSON.stringify(value) : '');
      continue;
    }
    cells.push(Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as CsvValue));
  }
  cells.push(o.rule);
  return cells;
}
