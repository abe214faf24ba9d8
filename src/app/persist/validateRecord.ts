// Stored records are checked before they reach the dashboard: a record written by a damaged
// browser profile, an old bug or a future version must not take the whole app down (a single
// `null` report used to make every view fail). Each check returns the first problem found, as a
// short English path-and-reason for the set-aside notice, or null when the record is usable.
import { TABLE_NAMES } from '../../data/tableRows.ts';
import { ORIGINS, QUALIFIERS, SECTIONS_OR_OTHER } from '../../domain/types.ts';

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, p) => (typeof v === 'string' ? null : `${p} is not text`);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p} is not a number`);
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} is not true/false`);
const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null ? null : check(v, p);
const oneOf =
  (values: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? null : `${p} is not one of ${values.join(', ')}`;
const arrayOf =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} is not a list`;
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v, p) => {
    if (!isObject(v)) return `${p} is not a record`;
    for (const [k, check] of Object.entries(fields)) {
      const problem = check(v[k], `${p}.${k}`);
      if (problem) return problem;
    }
    for (const [k, check] of Object.entries(optional)) {
      if (v[k] === undefined) continue;
      const problem = check(v[k], `${p}.${k}`);
      if (problem) return problem;
    }
    return null;
  };

const agency = shape({
  id: str,
  nameZh: str,
  nameEn: str,
  region: str,
  district: str,
  type: str,
  origin: oneOf(ORIGINS),
});

const report = shape({
  id: str,
  agencyId: str,
  file: str,
  title: str,
  agencyText: str,
  year: num,
  published: nullable(str),
  issuer: str,
  sections: (v, p) => (isObject(v) ? null : `${p} is not a record`),
  chars: num,
  origin: oneOf(ORIGINS),
});

const observationRequired = shape({
  id: str,
  reportId: str,
  agencyId: str,
  year: num,
  indicator: str,
  value: num,
  unit: str,
  qualifier: oneOf(QUALIFIERS),
  derived: bool,
  text: str,
  start: num,
  end: num,
  evidence: str,
  evidenceStart: num,
  section: oneOf(SECTIONS_OR_OTHER),
  scope: nullable(str),
  yoyPct: nullable(num),
  yoyPoints: nullable(num),
  confidence: num,
  origin: oneOf(ORIGINS),
  inputs: arrayOf(str),
  originalValue: nullable(num),
});
// Optional: records stored before the column existed have none.
const observationOptional = shape(
  {},
  {
    alternatives: arrayOf(
      shape({ value: num, unit: str, qualifier: oneOf(QUALIFIERS), text: str, start: num, end: num }),
    ),
  },
);
const observation: Check = (v, p) => observationRequired(v, p) ?? observationOptional(v, p);

const source = shape({ file: str, format: str, encoding: str, bytes: num, importedAt: str });

const candidate = shape(
  {
    value: num,
    unit: str,
    qualifier: oneOf(QUALIFIERS),
    text: str,
    start: num,
    end: num,
    evidence: str,
    evidenceStart: num,
    section: oneOf(SECTIONS_OR_OTHER),
    suggestions: arrayOf(shape({ indicator: str, score: num })),
    reason: str,
    detail: nullable(str),
  },
  {},
);

/** An imported report as stored: everything but its decisions, which are records of their own. */
export const checkStoredReport = shape(
  {
    report,
    extracted: arrayOf(observation),
    text: str,
    source,
  },
  // Optional: reports stored before the review listed candidates, took values from the text or
  // could be marked complete have none of these.
  { candidates: arrayOf(candidate), added: arrayOf(observation), reviewComplete: bool },
);

export const checkDecision: Check = (v, p) => {
  if (!isObject(v)) return `${p} is not a record`;
  if (v.status === 'accepted' || v.status === 'rejected') return null;
  if (v.status !== 'corrected') return `${p}.status is not accepted, rejected or corrected`;
  return num(v.value, `${p}.value`) ?? oneOf(QUALIFIERS)(v.qualifier, `${p}.qualifier`);
};

// key and params are optional: batches stored before issues had them show their English message.
const issue = shape(
  {
    file: str,
    line: num,
    column: nullable(str),
    message: str,
    severity: oneOf(['error', 'warning']),
    lineKind: oneOf(['line', 'item']),
  },
  {
    key: (v, p) =>
      typeof v === 'string' && v.startsWith('data.issue.') ? null : `${p} is not a message key`,
    params: (v, p) => (isObject(v) ? null : `${p} is not a record`),
    table: oneOf(TABLE_NAMES),
  },
);

const datasetBatch = shape({
  id: str,
  files: arrayOf(str),
  importedAt: str,
  tables: shape(
    {},
    {
      agencies: arrayOf(agency),
      reports: arrayOf(report),
      observations: arrayOf(observation),
      indicators: arrayOf(
        shape(
          {
            id: str,
            category: str,
            nameZh: str,
            nameEn: str,
            unit: str,
            altUnits: arrayOf(str),
            kind: oneOf(['count', 'rate', 'duration']),
            better: oneOf(['higher', 'lower', 'neutral']),
            core: bool,
            definitionEn: str,
            definitionZh: str,
          },
          // Batches stored before the column existed have none.
          { comparableUnits: arrayOf(str) },
        ),
      ),
      meta: (v, p) => (isObject(v) ? null : `${p} is not a record`),
    },
  ),
  issues: arrayOf(issue),
});

// Batches stored before conflicts were found have none.
const conflicts = shape(
  {},
  {
    conflicts: arrayOf(
      shape(
        { fileObservationId: str, reportObservation: observation },
        { choice: oneOf(['report', 'file']) },
      ),
    ),
  },
);

export const checkDatasetBatch: Check = (v, p) => datasetBatch(v, p) ?? conflicts(v, p);

export const checkAgency = agency;
