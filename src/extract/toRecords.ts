// Extraction result → dataset records (Report + Observations). Shared by `npm run data`,
// `extract --out` and the in-browser import, so the three can never disagree on ids or fields.
import { EXTRACTED_COLUMNS, type ObservationContextField } from '../domain/schema.ts';
import type { Observation, Origin, Report } from '../domain/types.ts';
import type { ExtractedObservation, ExtractionResult } from './types.ts';

export interface RecordContext {
  reportId: string;
  agencyId: string;
  file: string;
  /** Metadata that beats what the text says (e.g. from a catalogue of reports). */
  year?: number | null;
  published?: string | null;
  issuer?: string;
  /** Origin of stated values: 'extracted' for bundled data, 'imported' for user imports. */
  origin?: Extract<Origin, 'extracted' | 'imported'>;
}

/** Report id for a file: its base name without the extension ("002_ab12.txt" → "002_ab12"). */
export function reportIdForFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The extractor's fields of an observation, by the schema's columns (not its rule or anything else). */
function statedFields(o: ExtractedObservation): Omit<Observation, ObservationContextField> {
  const out: Record<string, unknown> = {};
  for (const c of EXTRACTED_COLUMNS) if (c.field !== 'alternatives') out[c.field] = o[c.field];
  return out as Omit<Observation, ObservationContextField>;
}

export function toRecords(
  result: ExtractionResult,
  ctx: RecordContext,
): { report: Report; observations: Observation[] } {
  const year = ctx.year ?? result.report.year ?? 0;
  const origin = ctx.origin ?? 'extracted';
  const report: Report = {
    id: ctx.reportId,
    agencyId: ctx.agencyId,
    file: ctx.file,
    title: result.report.title,
    agencyText: result.report.agency,
    year,
    published: ctx.published ?? result.report.published,
    issuer: ctx.issuer ?? '',
    sections: { ...result.report.sections },
    chars: result.report.chars,
    origin,
  };
  const ids = result.observations.map((_, i) => `${ctx.reportId}#${i + 1}`);
  const observations = result.observations.map((o, i): Observation => {
    // A derived value's inputs are the stated values inside its span.
    const inputs = o.derived
      ? result.observations.flatMap((x, j) =>
          !x.derived && x.start >= o.start && x.end <= o.end ? [ids[j]!] : [],
        )
      : [];
    return {
      id: ids[i]!,
      reportId: ctx.reportId,
      agencyId: ctx.agencyId,
      year,
      ...statedFields(o),
      origin: o.derived ? 'derived' : origin,
      inputs,
      originalValue: null,
      // Last, as in the schema: records keep the column order.
      alternatives: o.alternatives ?? [],
    };
  });
  return { report, observations };
}
