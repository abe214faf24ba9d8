// Extraction results → rows of the dataset tables (src/domain/schema.ts), for `extract --out`.
import type { TableName } from '../domain/schema.ts';
import { TABLES } from '../domain/schema.ts';
import { type CsvValue, csvRow } from '../format/csvCell.ts';
import type { ExtractedFile } from './records.ts';

const bool = (b: boolean) => (b ? 'true' : 'false');

/** A CSV line in the table's column order; a column without a value is a bug, not an empty cell. */
function tableRow(table: TableName, values: Record<string, CsvValue>): string {
  return csvRow(
    TABLES[table].map((column) => {
      if (!(column.name in values)) throw new Error(`${table}.csv: no value for column ${column.name}`);
      return values[column.name];
    }),
  );
}

export function tableHeader(table: TableName): string {
  return csvRow(TABLES[table].map((column) => column.name));
}

export function reportRow(file: ExtractedFile): string {
  const { report } = file.result;
  return tableRow('reports', {
    report_id: file.name,
    // No agency registry at extraction time: the agency as named in the report is its id.
    agency_id: report.agency,
    file: file.name,
    title: report.title,
    agency_text: report.agency,
    year: report.year,
    published: report.published,
    issuer: '',
    achievements: bool(report.sections.achievements),
    shortcomings: bool(report.sections.shortcomings),
    first_responsible_duties: bool(report.sections.first_responsible_duties),
    next_year_plan: bool(report.sections.next_year_plan),
    chars: report.chars,
    origin: 'extracted',
  });
}

export function observationRows(file: ExtractedFile): string[] {
  const { report, observations } = file.result;
  return observations.map((o, i) =>
    tableRow('observations', {
      obs_id: `${file.name}#${i + 1}`,
      report_id: file.name,
      agency_id: report.agency,
      year: report.year,
      indicator: o.indicator,
      value: o.value,
      unit: o.unit,
      qualifier: o.qualifier,
      derived: bool(o.derived),
      text: o.text,
      start: o.start,
      end: o.end,
      evidence: o.evidence,
      evidence_start: o.evidenceStart,
      section: o.section,
      scope: o.scope,
      yoy_pct: o.yoyPct,
      confidence: o.confidence,
      origin: o.derived ? 'derived' : 'extracted',
      inputs: '',
      original_value: null,
    }),
  );
}
