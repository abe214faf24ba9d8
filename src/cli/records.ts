// Extraction results → the records of ../shared/spec/extract-cli.md (snake_case, fixed names).
import type { ExtractedObservation, ExtractionResult } from '../extract/types.ts';
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

export function observationRecord(name: string, o: ExtractedObservation) {
  return {
    type: 'observation' as const,
    report: name,
    indicator: o.indicator,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    derived: o.derived,
    text: o.text,
    evidence: o.evidence,
    start: o.start,
    end: o.end,
    section: o.section,
    scope: o.scope,
    yoy_pct: o.yoyPct,
    yoy_points: o.yoyPoints,
    confidence: o.confidence,
    evidence_start: o.evidenceStart,
    rule: o.rule,
  };
}

export type ReportRecord = ReturnType<typeof reportRecord>;
export type ObservationRecord = ReturnType<typeof observationRecord>;

/** One observation as an ndjson line (ends with "\n"). */
export function observationLine(name: string, o: ExtractedObservation): string {
  return `${JSON.stringify(observationRecord(name, o))}\n`;
}

// --format csv: one row per observation; the report's agency and year ride along so the file
// stands on its own in a spreadsheet.
export const OBSERVATION_CSV_COLUMNS = [
  'report',
  'agency',
  'year',
  'indicator',
  'value',
  'unit',
  'qualifier',
  'derived',
  'text',
  'start',
  'end',
  'evidence',
  'evidence_start',
  'section',
  'scope',
  'yoy_pct',
  'yoy_points',
  'confidence',
  'rule',
] as const;

export function observationCsvCells(
  file: ExtractedFile,
  o: ExtractedObservation,
): (string | number | null)[] {
  const record = observationRecord(file.name, o);
  const withReport = { ...record, agency: file.result.report.agency, year: file.result.report.year };
  return OBSERVATION_CSV_COLUMNS.map((column) => {
    const value = withReport[column];
    return typeof value === 'boolean' ? String(value) : value;
  });
}
