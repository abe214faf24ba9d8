// Domain records ⇄ typed table rows (column name → typed cell). The one place that knows which
// column holds which field, shared by the CSV/JSON reader and writer.
import { TABLES, type TableName } from '../domain/schema.ts';
import {
  type Agency,
  type Indicator,
  type Observation,
  type Origin,
  type Qualifier,
  type Report,
  SECTION_IDS,
  type SectionOrOther,
} from '../domain/types.ts';

/** A cell after type conversion: string, number, boolean, list, or null for an empty optional cell. */
export type Cell = string | number | boolean | readonly string[] | null;
export type TypedRow = Readonly<Record<string, Cell>>;

export interface TableRecords {
  indicators: Indicator;
  agencies: Agency;
  reports: Report;
  observations: Observation;
}

export const TABLE_NAMES: readonly TableName[] = ['indicators', 'agencies', 'reports', 'observations'];

/** The id column of each table (unique within a file; merge key). */
export const ID_COLUMN: Record<TableName, string> = {
  indicators: 'id',
  agencies: 'agency_id',
  reports: 'report_id',
  observations: 'obs_id',
};

const s = (c: Cell | undefined): string => (typeof c === 'string' ? c : '');
const sOrNull = (c: Cell | undefined): string | null => (typeof c === 'string' && c !== '' ? c : null);
const n = (c: Cell | undefined, fallback: number): number => (typeof c === 'number' ? c : fallback);
const nOrNull = (c: Cell | undefined): number | null => (typeof c === 'number' ? c : null);
const b = (c: Cell | undefined): boolean => c === true;
const list = (c: Cell | undefined): readonly string[] => (Array.isArray(c) ? c : []);

export const TO_ROW: { [T in TableName]: (record: TableRecords[T]) => TypedRow } = {
  indicators: (i) => ({
    id: i.id,
    category: i.category,
    name_zh: i.nameZh,
    name_en: i.nameEn,
    unit: i.unit,
    alt_units: i.altUnits,
    kind: i.kind,
    better: i.better,
    core: i.core,
    definition_en: i.definitionEn,
    definition_zh: i.definitionZh,
  }),
  agencies: (a) => ({
    agency_id: a.id,
    name_zh: a.nameZh,
    name_en: a.nameEn,
    region: a.region,
    district: a.district,
    agency_type: a.type,
    origin: a.origin,
  }),
  reports: (r) => ({
    report_id: r.id,
    agency_id: r.agencyId,
    file: r.file,
    title: r.title,
    agency_text: r.agencyText,
    year: r.year,
    published: r.published,
    issuer: r.issuer,
    ...Object.fromEntries(SECTION_IDS.map((id) => [id, r.sections[id]])),
    chars: r.chars,
    origin: r.origin,
  }),
  observations: (o) => ({
    obs_id: o.id,
    report_id: o.reportId,
    agency_id: o.agencyId,
    year: o.year,
    indicator: o.indicator,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    derived: o.derived,
    text: o.text,
    start: o.start,
    end: o.end,
    evidence: o.evidence,
    evidence_start: o.evidenceStart,
    section: o.section,
    scope: o.scope,
    yoy_pct: o.yoyPct,
    yoy_points: o.yoyPoints,
    confidence: o.confidence,
    origin: o.origin,
    inputs: o.inputs,
    original_value: o.originalValue,
  }),
};

/**
 * Rows are validated before they get here, so required cells are present and typed. Empty optional
 * cells become '' for plain-string fields, null for nullable ones, 0 for offsets and character
 * counts, and confidence 1 (a value typed in by hand is as certain as its author).
 */
export const FROM_ROW: { [T in TableName]: (row: TypedRow) => TableRecords[T] } = {
  indicators: (r) => ({
    id: s(r.id),
    category: s(r.category),
    nameZh: s(r.name_zh),
    nameEn: s(r.name_en),
    unit: s(r.unit),
    altUnits: list(r.alt_units),
    kind: s(r.kind) as Indicator['kind'],
    better: s(r.better) as Indicator['better'],
    core: b(r.core),
    definitionEn: s(r.definition_en),
    definitionZh: s(r.definition_zh),
  }),
  agencies: (r) => ({
    id: s(r.agency_id),
    nameZh: s(r.name_zh),
    nameEn: s(r.name_en),
    region: s(r.region),
    district: s(r.district),
    type: s(r.agency_type),
    origin: s(r.origin) as Origin,
  }),
  reports: (r) => ({
    id: s(r.report_id),
    agencyId: s(r.agency_id),
    file: s(r.file),
    title: s(r.title),
    agencyText: s(r.agency_text),
    year: n(r.year, 0),
    published: sOrNull(r.published),
    issuer: s(r.issuer),
    sections: {
      achievements: b(r.achievements),
      shortcomings: b(r.shortcomings),
      first_responsible_duties: b(r.first_responsible_duties),
      next_year_plan: b(r.next_year_plan),
    },
    chars: n(r.chars, 0),
    origin: s(r.origin) as Origin,
  }),
  observations: (r) => ({
    id: s(r.obs_id),
    reportId: s(r.report_id),
    agencyId: s(r.agency_id),
    year: n(r.year, 0),
    indicator: s(r.indicator),
    value: n(r.value, 0),
    unit: s(r.unit),
    qualifier: s(r.qualifier) as Qualifier,
    derived: b(r.derived),
    text: s(r.text),
    start: n(r.start, 0),
    end: n(r.end, 0),
    evidence: s(r.evidence),
    evidenceStart: n(r.evidence_start, 0),
    section: s(r.section) as SectionOrOther,
    scope: sOrNull(r.scope),
    yoyPct: nOrNull(r.yoy_pct),
    yoyPoints: nOrNull(r.yoy_points),
    confidence: n(r.confidence, 1),
    origin: s(r.origin) as Origin,
    inputs: list(r.inputs),
    originalValue: nOrNull(r.original_value),
  }),
};

export function columnNames(table: TableName): string[] {
  return TABLES[table].map((c) => c.name);
}
