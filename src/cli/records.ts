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

/** One report line, then one line per observation; each line ends with "\n". */
export function ndjsonLines(file: ExtractedFile): string {
  let out = `${JSON.stringify(reportRecord(file))}\n`;
  const report = JSON.stringify(file.name);
  let evidence = '';
  let evidenceJson = '';
  for (const o of file.result.observations) {
    // The values of one sentence share their evidence: escape it once.
    if (o.evidence !== evidence || evidenceJson === '') {
      evidence = o.evidence;
      evidenceJson = JSON.stringify(evidence);
    }
    out += observationLine(report, evidenceJson, o);
  }
  return out;
}

// JSON.stringify(observationRecord(name, o)), written out: the generic object walk took a tenth of
// the command's time. Same fields in the same order as observationRecord.
const jsonNumber = (n: number | null): string => (n !== null && Number.isFinite(n) ? String(n) : 'null');
const jsonString = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));

// Indicator, unit, qualifier, section and rule names come from small fixed sets, and so does the
// confidence: their JSON is looked up rather than made again for every observation.
const NAME_JSON = new Map<string, string>();
function jsonName(s: string): string {
  let json = NAME_JSON.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    if (NAME_JSON.size < 10_000) NAME_JSON.set(s, json);
  }
  return json;
}
const CONFIDENCE_JSON = new Map<number, string>();
function jsonConfidence(n: number): string {
  let json = CONFIDENCE_JSON.get(n);
  if (json === undefined) {
    json = jsonNumber(n);
    if (CONFIDENCE_JSON.size < 10_000) CONFIDENCE_JSON.set(n, json);
  }
  return json;
}

function observationLine(reportJson: string, evidenceJson: string, o: ExtractedObservation): string {
  return (
    `{"type":"observation","report":${reportJson},"indicator":${jsonName(o.indicator)},` +
    `"value":${jsonNumber(o.value)},"unit":${jsonName(o.unit)},"qualifier":${jsonName(o.qualifier)},` +
    `"derived":${o.derived ? 'true' : 'false'},"text":${jsonString(o.text)},"evidence":${evidenceJson},` +
    `"start":${jsonNumber(o.start)},"end":${jsonNumber(o.end)},"section":${jsonName(o.section)},` +
    `"scope":${jsonString(o.scope)},"yoy_pct":${jsonNumber(o.yoyPct)},"yoy_points":${jsonNumber(o.yoyPoints)},` +
    `"confidence":${jsonConfidence(o.confidence)},"evidence_start":${jsonNumber(o.evidenceStart)},` +
    `"rule":${jsonName(o.rule)}}\n`
  );
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
