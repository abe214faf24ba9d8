// Domain records ⇄ typed table rows, by the column definitions of src/domain/schema.ts: the
// writer reads each column's field from the record, the readers build a record from typed cells
// in schema order. Nothing here names a column.
import {
  type Cell,
  type Column,
  type FieldValue,
  ID_COLUMN,
  TABLES,
  type TableName,
} from '../domain/schema.ts';
import type { Agency, Indicator, Observation, Report } from '../domain/types.ts';

export type { Cell };
export { ID_COLUMN };
export type TypedRow = Readonly<Record<string, Cell>>;

export interface TableRecords {
  indicators: Indicator;
  agencies: Agency;
  reports: Report;
  observations: Observation;
}

export const TABLE_NAMES: readonly TableName[] = ['indicators', 'agencies', 'reports', 'observations'];

type Fields = Record<string, unknown>;

/** The typed cell of one column of a record (what the CSV and JSON writers write). */
export function cellOf(column: Column, record: object): Cell {
  const holder = (column.group === undefined ? record : (record as Fields)[column.group]) as Fields;
  return holder[column.field] as Cell;
}

export const TO_ROW: { [T in TableName]: (record: TableRecords[T]) => TypedRow } = {
  indicators: (r) => toRow('indicators', r),
  agencies: (r) => toRow('agencies', r),
  reports: (r) => toRow('reports', r),
  observations: (r) => toRow('observations', r),
};

function toRow(table: TableName, record: object): TypedRow {
  const row: Record<string, Cell> = {};
  for (const column of TABLES[table]) row[column.name] = cellOf(column, record);
  return row;
}

/** Typed cells of one row in schema column order (TABLES[table]); undefined for an absent column. */
export type TypedCells = readonly (Cell | undefined)[];

function fieldValue(column: Column, c: Cell | undefined): unknown {
  switch (column.readAs) {
    case 'text':
      return typeof c === 'string' ? c : '';
    case 'textOrNull':
      return typeof c === 'string' && c !== '' ? c : null;
    case 'number':
      return typeof c === 'number' ? c : column.fallback;
    case 'numberOrNull':
      return typeof c === 'number' ? c : null;
    case 'bool':
      return c === true;
    case 'list':
    case 'alternatives':
      return Array.isArray(c) ? c : [];
  }
}

/** A column's position in a row of typed cells, branded with its field for the value's type. */
type Position<F extends string> = number & { readonly field: F };

/**
 * A table's cell reader: `at` holds each field's position in a row of typed cells (schema order)
 * and read(cells, at.x) gives that column's value as its readAs says. Rows are validated before
 * they get here, so required cells are present and typed.
 */
function cellReader<const Cols extends readonly Column[]>(columns: Cols) {
  const at = {} as { [F in Cols[number]['field']]: Position<F> };
  columns.forEach((c, i) => {
    (at as Record<string, number>)[c.field] = i;
  });
  const read = <F extends Cols[number]['field']>(cells: TypedCells, i: Position<F>): FieldValue<Cols, F> =>
    fieldValue(columns[i]!, cells[i]) as FieldValue<Cols, F>;
  return { at, read };
}

const { at: I, read: indicator } = cellReader(TABLES.indicators);
const { at: A, read: agency } = cellReader(TABLES.agencies);
const { at: R, read: report } = cellReader(TABLES.reports);
const { at: O, read: observation } = cellReader(TABLES.observations);

// One object literal per table, because it is several times faster than filling a record field by
// field from the column list (a keyed store per cell; a national load builds ~180k records). How
// each field is read comes from the schema; the compiler rejects a literal that misses a field.
export const FROM_CELLS: { [T in TableName]: (v: TypedCells) => TableRecords[T] } = {
  indicators: (v): Indicator => ({
    id: indicator(v, I.id),
    category: indicator(v, I.category),
    nameZh: indicator(v, I.nameZh),
    nameEn: indicator(v, I.nameEn),
    unit: indicator(v, I.unit),
    altUnits: indicator(v, I.altUnits),
    comparableUnits: indicator(v, I.comparableUnits),
    kind: indicator(v, I.kind),
    better: indicator(v, I.better),
    core: indicator(v, I.core),
    definitionEn: indicator(v, I.definitionEn),
    definitionZh: indicator(v, I.definitionZh),
  }),
  agencies: (v): Agency => ({
    id: agency(v, A.id),
    nameZh: agency(v, A.nameZh),
    nameEn: agency(v, A.nameEn),
    region: agency(v, A.region),
    district: agency(v, A.district),
    type: agency(v, A.type),
    origin: agency(v, A.origin),
  }),
  reports: (v): Report => ({
    id: report(v, R.id),
    agencyId: report(v, R.agencyId),
    file: report(v, R.file),
    title: report(v, R.title),
    agencyText: report(v, R.agencyText),
    year: report(v, R.year),
    published: report(v, R.published),
    issuer: report(v, R.issuer),
    sections: {
      achievements: report(v, R.achievements),
      shortcomings: report(v, R.shortcomings),
      first_responsible_duties: report(v, R.first_responsible_duties),
      next_year_plan: report(v, R.next_year_plan),
    },
    chars: report(v, R.chars),
    origin: report(v, R.origin),
  }),
  observations: (v): Observation => ({
    id: observation(v, O.id),
    reportId: observation(v, O.reportId),
    agencyId: observation(v, O.agencyId),
    year: observation(v, O.year),
    indicator: observation(v, O.indicator),
    value: observation(v, O.value),
    unit: observation(v, O.unit),
    qualifier: observation(v, O.qualifier),
    derived: observation(v, O.derived),
    text: observation(v, O.text),
    start: observation(v, O.start),
    end: observation(v, O.end),
    evidence: observation(v, O.evidence),
    evidenceStart: observation(v, O.evidenceStart),
    section: observation(v, O.section),
    scope: observation(v, O.scope),
    yoyPct: observation(v, O.yoyPct),
    yoyPoints: observation(v, O.yoyPoints),
    confidence: observation(v, O.confidence),
    origin: observation(v, O.origin),
    inputs: observation(v, O.inputs),
    originalValue: observation(v, O.originalValue),
    alternatives: observation(v, O.alternatives),
  }),
};

export function columnNames(table: TableName): string[] {
  return TABLES[table].map((c) => c.name);
}
