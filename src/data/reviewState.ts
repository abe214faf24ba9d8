// Every change a person can make to their imported data, as one pure reducer over the UserLayer:
// add extracted reports (agency matched or created), accept / reject / correct values, confirm
// the report's agency and year, add or remove dataset files, reset. The interface dispatches
// these; persistence stores the result.
import type { Agency, AgencyType, Observation, Qualifier, Report, SectionOrOther } from '../domain/types.ts';
import type { ConflictChoice } from '../domain/valueSource.ts';
import { agencyIdForName, agencyNameKey, guessAgencyFacts, matchAgency } from './agencyFacts.ts';
import {
  EMPTY_USER_LAYER,
  type ImportedDatasetBatch,
  type ImportedReport,
  type ImportSource,
  type KnownRecords,
  type ReviewCandidate,
  type ReviewDecision,
  type UserLayer,
} from './importLayer.ts';

/** A report as the extraction worker hands it over: provisional agency id, nothing decided. */
export interface ExtractedReportInput {
  report: Report;
  observations: readonly Observation[];
  text: string;
  source: ImportSource;
  /** The numbers the extractor did not emit (asked for with `candidates: true`). */
  candidates?: readonly ReviewCandidate[];
}

/** A value a person reads off the report text: the words at start…end and the sentence around them. */
export interface NewValue {
  indicator: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  start: number;
  end: number;
  evidence: string;
  evidenceStart: number;
  section: SectionOrOther;
}

export interface ReportEdit {
  agencyName?: string;
  region?: string;
  district?: string;
  agencyType?: AgencyType;
  year?: number;
}

export type ReviewAction =
  | { type: 'addReports'; reports: readonly ExtractedReportInput[]; known: KnownRecords }
  | {
      type: 'decide';
      reportId: string;
      /** All values of the report when omitted. */
      observationIds?: readonly string[];
      status: 'accepted' | 'rejected' | 'pending';
      /** With observationIds omitted: only values still pending (so "accept the rest" keeps rejections). */
      onlyPending?: boolean;
    }
  | { type: 'correct'; reportId: string; observationId: string; value: number; qualifier: Qualifier }
  | { type: 'editReport'; reportId: string; changes: ReportEdit; known: KnownRecords }
  /** One action: the candidate (by its index in `candidates`) becomes a manual value of the indicator. */
  | { type: 'assignCandidate'; reportId: string; candidate: number; indicator: string }
  /** A value read from a selection of the full text, stored as manual with its offsets and sentence. */
  | { type: 'addValue'; reportId: string; value: NewValue }
  /** Takes back a value added by hand (an assigned candidate is offered again). */
  | { type: 'removeAdded'; reportId: string; observationId: string }
  /** "Review complete" and its undo. Refused while values are pending: they are not read yet. */
  | { type: 'setReviewComplete'; reportId: string; complete: boolean }
  | { type: 'removeReport'; reportId: string }
  | { type: 'addDatasetBatch'; batch: ImportedDatasetBatch }
  | { type: 'removeDatasetBatch'; id: string }
  | {
      type: 'chooseConflict';
      batchId: string;
      /** Conflicts by the file value's id; all of the batch when omitted. */
      fileObservationIds?: readonly string[];
      choice: ConflictChoice;
    }
  | { type: 'reset' };

export const MIN_YEAR = 1949;
export const MAX_YEAR = 2999;

export function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The report year when the text names none: reports appear in spring about the year before. */
export function fallbackYear(importedAt: string): number {
  const y = Number(importedAt.slice(0, 4));
  return isValidYear(y - 1) ? y - 1 : 2024;
}

function uniqueReportId(layer: UserLayer, input: ExtractedReportInput): string {
  const id = input.report.id;
  const clash = (candidate: string) =>
    layer.reports.some((r) => r.report.id === candidate && r.source.file !== input.source.file);
  if (!clash(id)) return id;
  let n = 2;
  while (clash(`${id}-${n}`) || layer.reports.some((r) => r.report.id === `${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** The same report under another id: observation ids and derived inputs follow. */
function withReportId(input: ExtractedReportInput, id: string): ExtractedReportInput {
  if (id === input.report.id) return input;
  const prefix = `${input.report.id}#`;
  const rename = (oid: string) => (oid.startsWith(prefix) ? `${id}#${oid.slice(prefix.length)}` : oid);
  return {
    ...input,
    report: { ...input.report, id },
    observations: input.observations.map((o) => ({
      ...o,
      id: rename(o.id),
      reportId: id,
      inputs: o.inputs.map(rename),
    })),
  };
}

function allAgencies(layer: UserLayer, known: KnownRecords): Agency[] {
  // Layer agencies first: a hand-corrected bundled agency must be found in its corrected form.
  const ids = new Set(layer.agencies.map((a) => a.id));
  return [...layer.agencies, ...known.agencies.filter((a) => !ids.has(a.id))];
}

function freeAgencyId(name: string, agencies: readonly Agency[]): string {
  const base = agencyIdForName(name);
  let id = base;
  for (let n = 2; agencies.some((a) => a.id === id && a.nameZh !== name); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Region is a required column of the dataset files: an agency whose region the text does not
 * give gets this until someone fills it in (the review form points it out).
 */
export const UNKNOWN_REGION = '未知地区';

function newAgency(name: string, text: string, agencies: readonly Agency[]): Agency {
  const facts = guessAgencyFacts(name, text);
  return {
    id: freeAgencyId(name, agencies),
    nameZh: name,
    nameEn: '',
    ...facts,
    region: facts.region || UNKNOWN_REGION,
    origin: 'imported',
  };
}

function fileStem(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function addReport(layer: UserLayer, raw: ExtractedReportInput, known: KnownRecords): UserLayer {
  const input = withReportId(raw, uniqueReportId(layer, raw));
  const id = input.report.id;
  const others = layer.reports.filter((r) => r.report.id !== id);
  const agencies = allAgencies(layer, known);
  const knownReports = [...others.map((r) => r.report), ...known.reports];
  const name = input.report.agencyText.trim() || fileStem(input.source.file);
  let agency = matchAgency(id, input.report.agencyText, { agencies, reports: knownReports });
  let layerAgencies = layer.agencies;
  if (!agency) {
    agency = agencies.find((a) => a.nameZh === name) ?? newAgency(name, input.text, agencies);
    if (!layerAgencies.some((a) => a.id === agency!.id) && !known.agencies.some((a) => a.id === agency!.id)) {
      layerAgencies = [...layerAgencies, agency];
    }
  }
  const year = isValidYear(input.report.year) ? input.report.year : fallbackYear(input.source.importedAt);
  const report: Report = { ...input.report, agencyId: agency.id, year, origin: 'imported' };
  const imported: ImportedReport = {
    report,
    extracted: input.observations.map((o) => ({ ...o, agencyId: agency!.id, year })),
    decisions: {},
    text: input.text,
    source: input.source,
    ...(input.candidates ? { candidates: input.candidates } : {}),
  };
  // A re-imported file takes its old place in the list; anything else goes to the end.
  const at = layer.reports.findIndex((r) => r.report.id === id);
  const reports =
    at < 0 ? [...layer.reports, imported] : layer.reports.map((r, i) => (i === at ? imported : r));
  return { ...layer, agencies: layerAgencies, reports };
}

function updateReport(
  layer: UserLayer,
  reportId: string,
  update: (r: ImportedReport) => ImportedReport,
): UserLayer {
  let changed = false;
  const reports = layer.reports.map((r) => {
    if (r.report.id !== reportId) return r;
    const next = update(r);
    if (next !== r) changed = true;
    return next;
  });
  return changed ? { ...layer, reports } : layer;
}

function decide(r: ImportedReport, action: Extract<ReviewAction, { type: 'decide' }>): ImportedReport {
  const ids = action.observationIds ?? r.extracted.map((o) => o.id);
  const exists = new Set(r.extracted.map((o) => o.id));
  const decisions: Record<string, ReviewDecision> = { ...r.decisions };
  for (const id of ids) {
    if (!exists.has(id)) continue;
    if (action.onlyPending && !action.observationIds && decisions[id]) continue;
    if (action.status === 'pending') delete decisions[id];
    else decisions[id] = { status: action.status };
  }
  // A value back to pending is unread again, so the report is no longer read through.
  if (action.status === 'pending' && r.reviewComplete) return { ...r, decisions, reviewComplete: false };
  return { ...r, decisions };
}

/** Observation ids of values added by hand: "<report>#m<n>", never reused within a report. */
function addedId(r: ImportedReport): string {
  const prefix = `${r.report.id}#m`;
  let n = 0;
  for (const o of r.added ?? []) {
    if (o.id.startsWith(prefix)) n = Math.max(n, Number(o.id.slice(prefix.length)) || 0);
  }
  return `${prefix}${n + 1}`;
}

function addValue(r: ImportedReport, v: NewValue): ImportedReport {
  const inText =
    Number.isInteger(v.start) && Number.isInteger(v.end) && v.start >= 0 && v.end <= r.text.length;
  if (!inText || v.end <= v.start || !Number.isFinite(v.value) || v.indicator === '') return r;
  const evidenceFits =
    v.evidenceStart >= 0 && r.text.slice(v.evidenceStart, v.evidenceStart + v.evidence.length) === v.evidence;
  // The sentence must be the report's own words around the value; else the value's words stand alone.
  const evidence = evidenceFits && v.evidenceStart <= v.start && v.evidenceStart + v.evidence.length >= v.end;
  const o: Observation = {
    id: addedId(r),
    reportId: r.report.id,
    agencyId: r.report.agencyId,
    year: r.report.year,
    indicator: v.indicator,
    value: v.value === 0 ? 0 : v.value,
    unit: v.unit,
    qualifier: v.qualifier,
    derived: false,
    text: r.text.slice(v.start, v.end),
    start: v.start,
    end: v.end,
    evidence: evidence ? v.evidence : r.text.slice(v.start, v.end),
    evidenceStart: evidence ? v.evidenceStart : v.start,
    section: v.section,
    scope: null,
    yoyPct: null,
    yoyPoints: null,
    confidence: 1,
    origin: 'manual',
    inputs: [],
    originalValue: null,
    alternatives: [],
  };
  return { ...r, added: [...(r.added ?? []), o] };
}

function assignCandidate(
  r: ImportedReport,
  action: Extract<ReviewAction, { type: 'assignCandidate' }>,
): ImportedReport {
  const c = r.candidates?.[action.candidate];
  if (!c || isCandidateAssigned(r, c)) return r;
  return addValue(r, { ...c, indicator: action.indicator });
}

/** The value added from this candidate, if any (same words at the same place). */
export function candidateValue(r: ImportedReport, c: ReviewCandidate): Observation | undefined {
  return r.added?.find((o) => o.start === c.start && o.end === c.end);
}

export function isCandidateAssigned(r: ImportedReport, c: ReviewCandidate): boolean {
  return candidateValue(r, c) !== undefined;
}

function setReviewComplete(r: ImportedReport, complete: boolean): ImportedReport {
  if (complete === (r.reviewComplete === true)) return r;
  if (complete && r.extracted.some((o) => !r.decisions[o.id])) return r;
  return { ...r, reviewComplete: complete };
}

function correct(r: ImportedReport, action: Extract<ReviewAction, { type: 'correct' }>): ImportedReport {
  const o = r.extracted.find((x) => x.id === action.observationId);
  if (!o || !Number.isFinite(action.value)) return r;
  // A "correction" that restores what was extracted is an acceptance, not a manual value.
  const decision: ReviewDecision =
    action.value === o.value && action.qualifier === o.qualifier
      ? { status: 'accepted' }
      : { status: 'corrected', value: action.value === 0 ? 0 : action.value, qualifier: action.qualifier };
  return { ...r, decisions: { ...r.decisions, [o.id]: decision } };
}

function editReport(layer: UserLayer, action: Extract<ReviewAction, { type: 'editReport' }>): UserLayer {
  const target = layer.reports.find((r) => r.report.id === action.reportId);
  if (!target) return layer;
  const { changes, known } = action;
  let agencies = layer.agencies;
  let agencyId = target.report.agencyId;
  const everyAgency = () => allAgencies({ ...layer, agencies }, known);
  const current = () => everyAgency().find((a) => a.id === agencyId);

  const name = changes.agencyName?.trim();
  if (name && name !== current()?.nameZh) {
    const key = agencyNameKey(name);
    const existing =
      everyAgency().find((a) => a.nameZh === name) ??
      everyAgency().find((a) => agencyNameKey(a.nameZh) === key);
    const mine = layer.agencies.find((a) => a.id === agencyId && a.origin === 'imported');
    const sharedWith =
      layer.reports.filter((r) => r.report.agencyId === agencyId && r.report.id !== target.report.id).length +
      known.reports.filter((r) => r.agencyId === agencyId && !layer.reports.some((l) => l.report.id === r.id))
        .length;
    if (existing) agencyId = existing.id;
    else if (mine && sharedWith === 0) {
      // Renaming an agency only this report uses keeps its id (addresses stay valid).
      agencies = agencies.map((a) => (a.id === mine.id ? { ...a, nameZh: name } : a));
    } else {
      const created = newAgency(name, target.text, everyAgency());
      agencies = [...agencies, created];
      agencyId = created.id;
    }
  }

  const facts: Partial<Agency> = {};
  // Region and type are required in the dataset files: a blank leaves them as they were.
  if (changes.region !== undefined && changes.region.trim() !== '') facts.region = changes.region.trim();
  if (changes.district !== undefined) facts.district = changes.district.trim();
  if (changes.agencyType !== undefined && changes.agencyType.trim() !== '')
    facts.type = changes.agencyType.trim();
  const agency = current();
  if (agency && Object.entries(facts).some(([k, v]) => agency[k as keyof Agency] !== v)) {
    const inLayer = agencies.some((a) => a.id === agency.id);
    // A bundled agency corrected by hand is marked manual; the bundled record is not touched.
    const updated: Agency = { ...agency, ...facts, origin: inLayer ? agency.origin : 'manual' };
    agencies = inLayer ? agencies.map((a) => (a.id === agency.id ? updated : a)) : [...agencies, updated];
  }

  const year = changes.year !== undefined && isValidYear(changes.year) ? changes.year : target.report.year;
  const next: UserLayer = { ...layer, agencies };
  return updateReport(next, target.report.id, (r) =>
    r.report.agencyId === agencyId && r.report.year === year
      ? r
      : {
          ...r,
          report: { ...r.report, agencyId, year },
          extracted: r.extracted.map((o) => ({ ...o, agencyId, year })),
          ...(r.added ? { added: r.added.map((o) => ({ ...o, agencyId, year })) } : {}),
        },
  );
}

/** Agencies no imported report uses any more are dropped with the last such report. */
function pruneAgencies(layer: UserLayer): UserLayer {
  const used = new Set(layer.reports.map((r) => r.report.agencyId));
  const agencies = layer.agencies.filter((a) => used.has(a.id));
  return agencies.length === layer.agencies.length ? layer : { ...layer, agencies };
}

/** The batch gets new conflict records (and so a new object); it keeps its place in the list. */
function chooseConflict(
  layer: UserLayer,
  batchId: string,
  ids: readonly string[] | undefined,
  choice: ConflictChoice,
): UserLayer {
  const which = ids ? new Set(ids) : null;
  return {
    ...layer,
    datasets: layer.datasets.map((b) =>
      b.id !== batchId || !b.conflicts
        ? b
        : {
            ...b,
            conflicts: b.conflicts.map((c) =>
              which && !which.has(c.fileObservationId) ? c : { ...c, choice },
            ),
          },
    ),
  };
}

export function reviewReducer(layer: UserLayer, action: ReviewAction): UserLayer {
  switch (action.type) {
    case 'addReports':
      return pruneAgencies(action.reports.reduce((l, r) => addReport(l, r, action.known), layer));
    case 'decide':
      return updateReport(layer, action.reportId, (r) => decide(r, action));
    case 'correct':
      return updateReport(layer, action.reportId, (r) => correct(r, action));
    case 'editReport':
      return pruneAgencies(editReport(layer, action));
    case 'assignCandidate':
      return updateReport(layer, action.reportId, (r) => assignCandidate(r, action));
    case 'addValue':
      return updateReport(layer, action.reportId, (r) => addValue(r, action.value));
    case 'removeAdded':
      return updateReport(layer, action.reportId, (r) =>
        r.added?.some((o) => o.id === action.observationId)
          ? { ...r, added: r.added.filter((o) => o.id !== action.observationId) }
          : r,
      );
    case 'setReviewComplete':
      return updateReport(layer, action.reportId, (r) => setReviewComplete(r, action.complete));
    case 'removeReport':
      return pruneAgencies({
        ...layer,
        reports: layer.reports.filter((r) => r.report.id !== action.reportId),
      });
    case 'addDatasetBatch':
      return {
        ...layer,
        datasets: [...layer.datasets.filter((b) => b.id !== action.batch.id), action.batch],
      };
    case 'removeDatasetBatch':
      return { ...layer, datasets: layer.datasets.filter((b) => b.id !== action.id) };
    case 'chooseConflict':
      return chooseConflict(layer, action.batchId, action.fileObservationIds, action.choice);
    case 'reset':
      return EMPTY_USER_LAYER;
  }
}
