// Core data model shared by the extractor, the dataset files and the dashboard.
// Pure types only: this module is a leaf and must stay free of React, DOM and node:* imports.

/** How a stated number relates to the true value ("770余次" is more_than 770). */
export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'nearly' | 'about' | 'less_than' | 'at_most';

export const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'more_than',
  'at_least',
  'nearly',
  'about',
  'less_than',
  'at_most',
];

/** The four parts the annual-report rules require. */
export type SectionId = 'achievements' | 'shortcomings' | 'first_responsible_duties' | 'next_year_plan';
export const SECTION_IDS: readonly SectionId[] = [
  'achievements',
  'shortcomings',
  'first_responsible_duties',
  'next_year_plan',
];
export type SectionOrOther = SectionId | 'other';
export const SECTIONS_OR_OTHER: readonly SectionOrOther[] = [...SECTION_IDS, 'other'];

/**
 * Where a value came from. Every number the dashboard shows carries one of these, so that
 * derived, hand-corrected and synthetic values are never mistaken for stated ones.
 */
export type Origin = 'extracted' | 'derived' | 'manual' | 'imported' | 'synthetic';
export const ORIGINS: readonly Origin[] = ['extracted', 'derived', 'manual', 'imported', 'synthetic'];

export type IndicatorKind = 'count' | 'rate' | 'duration';
export type Better = 'higher' | 'lower' | 'neutral';

export interface Indicator {
  /** Contract id from the shared catalogue, e.g. "reconsideration.accepted". Never renamed. */
  id: string;
  category: string;
  nameZh: string;
  nameEn: string;
  /** Catalogue unit (件, %, 人次 …). */
  unit: string;
  /** Other units a report may use for the same indicator (e.g. 人 for 人次); kept as written. */
  altUnits: readonly string[];
  kind: IndicatorKind;
  better: Better;
  core: boolean;
  definitionEn: string;
  definitionZh: string;
}

export type AgencyType = 'district_gov' | 'justice_bureau' | 'functional_dept' | 'zone_admin' | (string & {});

export interface Agency {
  id: string;
  nameZh: string;
  nameEn: string;
  region: string;
  district: string;
  type: AgencyType;
  origin: Origin;
}

export type SectionPresence = Record<SectionId, boolean>;

export interface Report {
  id: string;
  agencyId: string;
  /** Source file's base name. */
  file: string;
  title: string;
  /** Agency name as read from the report text (may differ from the agency record). */
  agencyText: string;
  year: number;
  published: string | null;
  issuer: string;
  sections: SectionPresence;
  chars: number;
  origin: Origin;
}

export interface Observation {
  id: string;
  reportId: string;
  agencyId: string;
  year: number;
  indicator: string;
  /** Value in base units: 3.2万 → 32000, 95.6% → 95.6. */
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** True when computed rather than stated (a success rate from two counts). */
  derived: boolean;
  /** The words as written; original.slice(start, end) === text. */
  text: string;
  start: number;
  end: number;
  /** The sentence or clause that carries the value. */
  evidence: string;
  /** Offset of the evidence sentence in the original text (so the viewer can highlight). */
  evidenceStart: number;
  section: SectionOrOther;
  scope: string | null;
  /** Year-on-year change stated with the value, in percent (negative for a fall). */
  yoyPct: number | null;
  /**
   * Year-on-year change stated in percentage points (出庭应诉率同比提高2个百分点), for rates.
   * Kept apart from yoyPct: 2 points on 95% is not 2%.
   */
  yoyPoints: number | null;
  confidence: number;
  origin: Origin;
  /** For derived values: ids of the observations they were computed from. */
  inputs: readonly string[];
  /** For manual corrections: the value as originally extracted. */
  originalValue: number | null;
}

/** Everything the dashboard shows: catalogue + agencies + reports + observations. */
export interface Dataset {
  indicators: readonly Indicator[];
  agencies: readonly Agency[];
  reports: readonly Report[];
  observations: readonly Observation[];
  meta: DatasetMeta;
}

export interface DatasetMeta {
  /** "bundled", "synthetic" or a user-given label. Synthetic data is always labelled. */
  source: 'bundled' | 'synthetic' | 'imported' | (string & {});
  synthetic: boolean;
  /** ISO date the extraction ran. */
  extractedAt: string | null;
  extractorVersion: string | null;
}
