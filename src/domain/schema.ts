// The dataset tables (data/, dataset import and export, `extract --out`, the synthetic generator),
// each described once: column name, record field, type, required or not, and what an empty cell
// reads as. The record types (types.ts), the readers and every writer derive from these lists:
// a new column is its line here, its line in the record literal of src/data/tableRows.ts (the
// compiler names the missing field) and whatever computes its value (README, "The dataset").
import {
  type AgencyType,
  type Better,
  type IndicatorKind,
  ORIGINS,
  QUALIFIERS,
  type Qualifier,
  SECTIONS_OR_OTHER,
  type SectionId,
} from './types.ts';

export type ColumnType =
  | { kind: 'string'; required: boolean }
  | { kind: 'int'; required: boolean; min?: number }
  | { kind: 'number'; required: boolean }
  | { kind: 'bool'; required: boolean }
  | { kind: 'enum'; required: boolean; values: readonly string[] }
  | { kind: 'list'; required: boolean }
  | { kind: 'alternatives'; required: boolean };

/**
 * Another value the same report gives for the same indicator (../shared/spec/extract-cli.md,
 * `alternatives`): the words as written, read like an observation's own value.
 */
export interface Alternative {
  value: number;
  unit: string;
  qualifier: Qualifier;
  text: string;
  start: number;
  end: number;
}

/** A cell after type conversion: string, number, boolean, list, or null for an empty optional cell. */
export type Cell = string | number | boolean | readonly string[] | readonly Alternative[] | null;

/**
 * What a typed cell becomes in the record. Rows are validated first, so required cells are present;
 * an empty optional cell becomes '' ('text'), null ('textOrNull', 'numberOrNull'), the column's
 * fallback ('number'), false ('bool') or [] ('list', 'alternatives').
 */
export type ReadAs = 'text' | 'textOrNull' | 'number' | 'numberOrNull' | 'bool' | 'list' | 'alternatives';

export interface Column<
  V = unknown,
  F extends string = string,
  G extends string | undefined = string | undefined,
  N extends string = string,
> {
  /** Name in CSV headers and JSON keys. */
  readonly name: N;
  /** Property of the record that holds it (inside `group` when given). */
  readonly field: F;
  /** Columns that share a group make one nested object in the record (a report's sections). */
  readonly group: G;
  readonly type: ColumnType;
  readonly readAs: ReadAs;
  /** Value of an empty optional 'number' cell. */
  readonly fallback: number;
  /** Type-level only (never set): the record value's TypeScript type. */
  readonly valueType?: [V];
}

export type ValueOf<C> = C extends { valueType?: [infer V] } ? V : never;
type GroupOf<C> = C extends { group: infer G extends string } ? G : never;

/** The record value type of the column whose field is F. */
export type FieldValue<Cols extends readonly Column[], F extends Cols[number]['field']> = ValueOf<
  Extract<Cols[number], { field: F }>
>;

/** A table's columns as an object keyed by column name (the CLI's snake_case records). */
export type RowOf<Cols extends readonly Column[]> = {
  -readonly [C in Cols[number] as C['name']]: ValueOf<C>;
};

/** The record type a table's columns describe. */
export type RecordOf<Cols extends readonly Column[]> = {
  -readonly [C in Cols[number] as C['group'] extends string ? never : C['field']]: ValueOf<C>;
} & {
  -readonly [G in GroupOf<Cols[number]>]: {
    [C in Cols[number] as C['group'] extends G ? C['field'] : never]: ValueOf<C>;
  };
};

interface Options {
  required?: boolean;
}

function column<V, const N extends string, const F extends string>(
  name: N,
  field: F,
  type: ColumnType,
  readAs: ReadAs,
  fallback = 0,
): Column<V, F, undefined, N> {
  return { name, field, group: undefined, type, readAs, fallback };
}

const text = <const N extends string, const F extends string>(
  name: N,
  field: F,
  { required = true }: Options = {},
) => column<string, N, F>(name, field, { kind: 'string', required }, 'text');
/** Free text whose record type is narrower than string (an open union such as AgencyType). */
const textAs =
  <V extends string>() =>
  <const N extends string, const F extends string>(name: N, field: F) =>
    column<V, N, F>(name, field, { kind: 'string', required: true }, 'text');
/** Optional text whose absence means something (null), not just an empty string. */
const textOrNull = <const N extends string, const F extends string>(name: N, field: F) =>
  column<string | null, N, F>(name, field, { kind: 'string', required: false }, 'textOrNull');
const int = <const N extends string, const F extends string>(
  name: N,
  field: F,
  min: number,
  { required = true }: Options = {},
) => column<number, N, F>(name, field, { kind: 'int', required, min }, 'number');
const num = <const N extends string, const F extends string>(
  name: N,
  field: F,
  { required = true }: Options = {},
  fallback = 0,
) => column<number, N, F>(name, field, { kind: 'number', required }, 'number', fallback);
const numOrNull = <const N extends string, const F extends string>(name: N, field: F) =>
  column<number | null, N, F>(name, field, { kind: 'number', required: false }, 'numberOrNull');
const bool = <const N extends string, const F extends string>(name: N, field: F) =>
  column<boolean, N, F>(name, field, { kind: 'bool', required: true }, 'bool');
const oneOf = <V extends string, const N extends string, const F extends string>(
  name: N,
  field: F,
  values: readonly V[],
) => column<V, N, F>(name, field, { kind: 'enum', required: true, values }, 'text');
const list = <const N extends string, const F extends string>(name: N, field: F) =>
  column<readonly string[], N, F>(name, field, { kind: 'list', required: false }, 'list');
/** A list of Alternative; a CSV cell holds it as JSON (an array of objects), empty when none. */
const alternatives = <const N extends string, const F extends string>(name: N, field: F) =>
  column<readonly Alternative[], N, F>(
    name,
    field,
    { kind: 'alternatives', required: false },
    'alternatives',
  );

const INDICATOR_KINDS: readonly IndicatorKind[] = ['count', 'rate', 'duration'];
const BETTER: readonly Better[] = ['higher', 'lower', 'neutral'];

export const INDICATOR_COLUMNS = [
  /** Contract id from the shared catalogue, e.g. "reconsideration.accepted". Never renamed. */
  text('id', 'id'),
  text('category', 'category'),
  text('name_zh', 'nameZh'),
  text('name_en', 'nameEn'),
  /** Catalogue unit (件, %, 人次 …). */
  text('unit', 'unit'),
  /** Other units a report may use for the same indicator (e.g. 人 for 人次); kept as written. */
  list('alt_units', 'altUnits'),
  /**
   * Those of alt_units that count the same thing as `unit` (件 and 起 are both cases; 期, a class
   * that may hold many sittings, is not 场), so values in them can be ranked together
   * (src/domain/comparableUnit.ts).
   */
  list('comparable_units', 'comparableUnits'),
  oneOf('kind', 'kind', INDICATOR_KINDS),
  oneOf('better', 'better', BETTER),
  bool('core', 'core'),
  text('definition_en', 'definitionEn'),
  text('definition_zh', 'definitionZh'),
] as const;

export const AGENCY_COLUMNS = [
  text('agency_id', 'id'),
  text('name_zh', 'nameZh'),
  text('name_en', 'nameEn', { required: false }),
  text('region', 'region'),
  text('district', 'district', { required: false }),
  textAs<AgencyType>()('agency_type', 'type'),
  oneOf('origin', 'origin', ORIGINS),
] as const;

/** One boolean column per required report part, kept together as the record's `sections`. */
function sectionColumn<const F extends SectionId>(id: F): Column<boolean, F, 'sections', F> {
  return { ...bool(id, id), group: 'sections' };
}

export const REPORT_COLUMNS = [
  text('report_id', 'id'),
  text('agency_id', 'agencyId'),
  /** Source file's base name. */
  text('file', 'file'),
  text('title', 'title', { required: false }),
  /** Agency name as read from the report text (may differ from the agency record). */
  text('agency_text', 'agencyText', { required: false }),
  int('year', 'year', 1949),
  textOrNull('published', 'published'),
  text('issuer', 'issuer', { required: false }),
  sectionColumn('achievements'),
  sectionColumn('shortcomings'),
  sectionColumn('first_responsible_duties'),
  sectionColumn('next_year_plan'),
  int('chars', 'chars', 0, { required: false }),
  oneOf('origin', 'origin', ORIGINS),
] as const;

export const OBSERVATION_COLUMNS = [
  text('obs_id', 'id'),
  text('report_id', 'reportId'),
  text('agency_id', 'agencyId'),
  int('year', 'year', 1949),
  text('indicator', 'indicator'),
  /** Value in base units: 3.2万 → 32000, 95.6% → 95.6. */
  num('value', 'value'),
  text('unit', 'unit'),
  /** How the stated number relates to the true value. */
  oneOf('qualifier', 'qualifier', QUALIFIERS),
  /** True when computed rather than stated (a success rate from two counts). */
  bool('derived', 'derived'),
  /** The words as written; original.slice(start, end) === text. */
  text('text', 'text', { required: false }),
  int('start', 'start', 0, { required: false }),
  int('end', 'end', 0, { required: false }),
  /** The sentence or clause that carries the value. */
  text('evidence', 'evidence', { required: false }),
  /** Offset of the evidence sentence in the original text (so the viewer can highlight). */
  int('evidence_start', 'evidenceStart', 0, { required: false }),
  oneOf('section', 'section', SECTIONS_OR_OTHER),
  textOrNull('scope', 'scope'),
  /** Year-on-year change stated with the value, in percent (negative for a fall). */
  numOrNull('yoy_pct', 'yoyPct'),
  /**
   * Year-on-year change stated in percentage points (出庭应诉率同比提高2个百分点), for rates.
   * Kept apart from yoy_pct: 2 points on 95% is not 2%.
   */
  numOrNull('yoy_points', 'yoyPoints'),
  // A value typed in by hand (empty cell) is as certain as its author.
  num('confidence', 'confidence', { required: false }, 1),
  oneOf('origin', 'origin', ORIGINS),
  /** For derived values: ids of the observations they were computed from. */
  list('inputs', 'inputs'),
  /** For manual corrections: the value as originally extracted. */
  numOrNull('original_value', 'originalValue'),
  /**
   * On the value chosen among several the report gives for this indicator (src/domain/primary.ts,
   * compareChoice): the others, each also an observation of its own. Empty otherwise.
   */
  alternatives('alternatives', 'alternatives'),
] as const;

/**
 * Observation fields that come from the report's context (toRecords), not from the extractor:
 * everything else of an observation is what extractReport returns (ExtractedObservation).
 */
export const OBSERVATION_CONTEXT_FIELDS = [
  'id',
  'reportId',
  'agencyId',
  'year',
  'origin',
  'inputs',
  'originalValue',
] as const satisfies readonly (typeof OBSERVATION_COLUMNS)[number]['field'][];
export type ObservationContextField = (typeof OBSERVATION_CONTEXT_FIELDS)[number];

type ExtractedColumn = Exclude<(typeof OBSERVATION_COLUMNS)[number], { field: ObservationContextField }>;

/** The observation columns the extractor fills, in schema order. */
export const EXTRACTED_COLUMNS: readonly ExtractedColumn[] = OBSERVATION_COLUMNS.filter(
  (c): c is ExtractedColumn => !(OBSERVATION_CONTEXT_FIELDS as readonly string[]).includes(c.field),
);

export type TableName = 'indicators' | 'agencies' | 'reports' | 'observations';

export const TABLES = {
  indicators: INDICATOR_COLUMNS,
  agencies: AGENCY_COLUMNS,
  reports: REPORT_COLUMNS,
  observations: OBSERVATION_COLUMNS,
} as const satisfies Record<TableName, readonly Column[]>;

/** The id column of each table (unique within a file; merge key). */
export const ID_COLUMN: Record<TableName, string> = {
  indicators: 'id',
  agencies: 'agency_id',
  reports: 'report_id',
  observations: 'obs_id',
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
