// Columns of the dataset files in data/ (and of dataset CSV/JSON import and export).
// One table definition drives the writer, the loader and the row-by-row validator,
// so the three can never disagree about a column.
import { ORIGINS, QUALIFIERS, SECTIONS_OR_OTHER } from './types.ts';

export type ColumnType =
  | { kind: 'string'; required: boolean }
  | { kind: 'int'; required: boolean; min?: number }
  | { kind: 'number'; required: boolean }
  | { kind: 'bool'; required: boolean }
  | { kind: 'enum'; required: boolean; values: readonly string[] }
  | { kind: 'list'; required: boolean };

export interface Column {
  name: string;
  type: ColumnType;
}

export type TableName = 'indicators' | 'agencies' | 'reports' | 'observations';

const str = (required = true): ColumnType => ({ kind: 'string', required });
const int = (required = true, min?: number): ColumnType =>
  min === undefined ? { kind: 'int', required } : { kind: 'int', required, min };
const num = (required = true): ColumnType => ({ kind: 'number', required });
const bool = (required = true): ColumnType => ({ kind: 'bool', required });
const oneOf = (values: readonly string[], required = true): ColumnType => ({
  kind: 'enum',
  required,
  values,
});

export const TABLES: Record<TableName, readonly Column[]> = {
  indicators: [
    { name: 'id', type: str() },
    { name: 'category', type: str() },
    { name: 'name_zh', type: str() },
    { name: 'name_en', type: str() },
    { name: 'unit', type: str() },
    { name: 'alt_units', type: { kind: 'list', required: false } },
    { name: 'kind', type: oneOf(['count', 'rate', 'duration']) },
    { name: 'better', type: oneOf(['higher', 'lower', 'neutral']) },
    { name: 'core', type: bool() },
    { name: 'definition_en', type: str() },
    { name: 'definition_zh', type: str() },
  ],
  agencies: [
    { name: 'agency_id', type: str() },
    { name: 'name_zh', type: str() },
    { name: 'name_en', type: str(false) },
    { name: 'region', type: str() },
    { name: 'district', type: str(false) },
    { name: 'agency_type', type: str() },
    { name: 'origin', type: oneOf(ORIGINS) },
  ],
  reports: [
    { name: 'report_id', type: str() },
    { name: 'agency_id', type: str() },
    { name: 'file', type: str() },
    { name: 'title', type: str(false) },
    { name: 'agency_text', type: str(false) },
    { name: 'year', type: int(true, 1949) },
    { name: 'published', type: str(false) },
    { name: 'issuer', type: str(false) },
    { name: 'achievements', type: bool() },
    { name: 'shortcomings', type: bool() },
    { name: 'first_responsible_duties', type: bool() },
    { name: 'next_year_plan', type: bool() },
    { name: 'chars', type: int(false, 0) },
    { name: 'origin', type: oneOf(ORIGINS) },
  ],
  observations: [
    { name: 'obs_id', type: str() },
    { name: 'report_id', type: str() },
    { name: 'agency_id', type: str() },
    { name: 'year', type: int(true, 1949) },
    { name: 'indicator', type: str() },
    { name: 'value', type: num() },
    { name: 'unit', type: str() },
    { name: 'qualifier', type: oneOf(QUALIFIERS) },
    { name: 'derived', type: bool() },
    { name: 'text', type: str(false) },
    { name: 'start', type: int(false, 0) },
    { name: 'end', type: int(false, 0) },
    { name: 'evidence', type: str(false) },
    { name: 'evidence_start', type: int(false, 0) },
    { name: 'section', type: oneOf(SECTIONS_OR_OTHER) },
    { name: 'scope', type: str(false) },
    { name: 'yoy_pct', type: num(false) },
    { name: 'yoy_points', type: num(false) },
    { name: 'confidence', type: num(false) },
    { name: 'origin', type: oneOf(ORIGINS) },
    { name: 'inputs', type: { kind: 'list', required: false } },
    { name: 'original_value', type: num(false) },
  ],
};

/** File names of the dataset tables inside data/ (and inside an exported bundle). */
export const TABLE_FILES: Record<TableName, string> = {
  indicators: 'indicators.csv',
  agencies: 'agencies.csv',
  reports: 'reports.csv',
  observations: 'observations.csv',
};

/** Separator inside list cells ("a|b"). Chosen because ids never contain it. */
export const LIST_SEPARATOR = '|';
