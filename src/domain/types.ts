// Core data model shared by the extractor, the dataset files and the dashboard.
// Pure types only: this module is a leaf and must stay free of React, DOM and node:* imports.
import type {
  AGENCY_COLUMNS,
  INDICATOR_COLUMNS,
  OBSERVATION_COLUMNS,
  REPORT_COLUMNS,
  RecordOf,
} from './schema.ts';

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

// The records of the four dataset tables, derived from their columns in schema.ts (field docs
// live there): a column added there is a field here.
export interface Indicator extends RecordOf<typeof INDICATOR_COLUMNS> {}

export type AgencyType = 'district_gov' | 'justice_bureau' | 'functional_dept' | 'zone_admin' | (string & {});

export interface Agency extends RecordOf<typeof AGENCY_COLUMNS> {}

export type SectionPresence = Record<SectionId, boolean>;

export interface Report extends RecordOf<typeof REPORT_COLUMNS> {}

export interface Observation extends RecordOf<typeof OBSERVATION_COLUMNS> {}

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
  /**
   * Reports imported in this browser whose review is not complete: an indicator absent from one of
   * them is "not found yet", not "not reported" (absence.ts). Absent: every report is reviewed.
   */
  unreviewedReports?: readonly string[];
}
