// Domain records ⇄ typed table rows (column name → typed cell for the writer, typed cells in
// schema order for the readers). The one place that knows which column holds which field, shared
// by the CSV/JSON reader and writer.
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

/** Each column's position in a table's cells (schema order, TABLES[table]), by name. */
function positions<const K extends string>(
  table: TableName,
  names: readonly K[],
): Readonly<Record<K, number>> {
  const all = TABLES[table].map((c) => c.name);
  const out = {} as Record<K, number>;
  for (const name of names) {
    const i = all.indexOf(name);
    if (i < 0) throw new Error(`${table} has no column ${name}`);
    out[name] = i;
  }
  return out;
}

const I = positions('indicators', [
  'id',
  'category',
  'name_zh',
  'name_en',
  'unit',
  'alt_units',
  'kind',
  'better',
  'core',
  'definition_en',
  'definition_zh',
]);
const A = positions('agencies', [
  'agency_id',
  'name_zh',
  'name_en',
  'region',
  'district',
  'agency_type',
  'origin',
]);
const R = positions('reports', [
  'report_id',
  'agency_id',
  'file',
  'title',
  'agency_text',
  'year',
  'published',
  'issuer',
  'achievements',
  'shortcomings',
  'first_responsible_duties',
  'next_year_plan',
  'chars',
  'origin',
]);
const O = positions('observations', [
  'obs_id',
  'report_id',
  'agency_id',
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
  'origin',
  'inputs',
  'original_value',
]);

/** Typed cells of one row in schema column order (TABLES[table]); undefined for an absent column. */
export type TypedCells = readonly (Cell | undefined)[];

/**
 * Rows are validated before they get here, so required cells are present and typed. Empty optional
 * cells become '' for plain-string fields, null for nullable ones, 0 for offsets and character
 * counts, and confidence 1 (a value typed in by hand is as certain as its author). Cells by
 * position rather than a name → value object: a national load builds ~180k records.
 */
export const FROM_CELLS: { [T in TableName]: (v: TypedCells) => TableRecords[T] } = {
  indicators: (v) => ({
    id: s(v[I.id]),
    category: s(v[I.category]),
    nameZh: s(v[I.name_zh]),
    nameEn: s(v[I.name_en]),
    unit: s(v[I.unit]),
    altUnits: list(v[I.alt_units]),
    kind: s(v[I.kind]) as Indicator['kind'],
    better: s(v[I.better]) as Indicator['better'],
    core: b(v[I.core]),
    definitionEn: s(v[I.definition_en]),
    definitionZh: s(v[I.definition_zh]),
  }),
  agencies: (v) => ({
    id: s(v[A.agency_id]),
    nameZh: s(v[A.name_zh]),
    nameEn: s(v[A.name_en]),
    region: s(v[A.region]),
    district: s(v[A.district]),
    type: s(v[A.agency_type]),
    origin: s(v[A.origin]) as Origin,
  }),
  reports: (v) => ({
    id: s(v[R.report_id]),
    agencyId: s(v[R.agency_id]),
    file: s(v[R.file]),
    title: s(v[R.title]),
    agencyText: s(v[R.agency_text]),
    year: n(v[R.year], 0),
    published: sOrNull(v[R.published]),
    issuer: s(v[R.issuer]),
    sections: {
      achievements: b(v[R.achievements]),
      shortcomings: b(v[R.shortcomings]),
      first_responsible_duties: b(v[R.first_responsible_duties]),
      next_year_plan: b(v[R.next_year_plan]),
    },
    chars: n(v[R.chars], 0),
    origin: s(v[R.origin]) as Origin,
  }),
  observations: (v) => ({
    id: s(v[O.obs_id]),
    reportId: s(v[O.report_id]),
    agencyId: s(v[O.agency_id]),
    year: n(v[O.year], 0),
    indicator: s(v[O.indicator]),
    value: n(v[O.value], 0),
    unit: s(v[O.unit]),
    qualifier: s(v[O.qualifier]) as Qualifier,
    derived: b(v[O.derived]),
    text: s(v[O.text]),
    start: n(v[O.start], 0),
    end: n(v[O.end], 0),
    evidence: s(v[O.evidence]),
    evidenceStart: n(v[O.evidence_start], 0),
    section: s(v[O.section]) as SectionOrOther,
    scope: sOrNull(v[O.scope]),
    yoyPct: nOrNull(v[O.yoy_pct]),
    yoyPoints: nOrNull(v[O.yoy_points]),
    confidence: n(v[O.confidence], 1),
    origin: s(v[O.origin]) as Origin,
    inputs: list(v[O.inputs]),
    originalValue: nOrNull(v[O.original_value]),
  }),
};

export function columnNames(table: TableName): string[] {
  return TABLES[table].map((c) => c.name);
}
