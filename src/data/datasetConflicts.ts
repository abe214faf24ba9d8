// File values that would replace a value read from a report: the same obs_id, or the same report
// and indicator (and year) under another id. Found once, when the files come in, so the import can
// list each one and let the user choose; nothing is replaced silently.
import type { Dataset, Observation } from '../domain/types.ts';
import type { ValueProvenance } from '../domain/valueSource.ts';
import type { DatasetConflict } from './importLayer.ts';

/** Same number, unit, qualifier and sentence: nothing the reader would see changes. */
function sameValue(a: Observation, b: Observation): boolean {
  return (
    a.value === b.value &&
    a.unit === b.unit &&
    a.qualifier === b.qualifier &&
    a.evidence === b.evidence &&
    a.text === b.text
  );
}

/**
 * The conflicts of a batch's observations with what the dashboard shows now. Values an earlier file
 * brought are not report values (later files win over them, as before); an identical row is none.
 * The shown values are indexed and the file rows only looked up (no allocation per row): a
 * 100,000-row file costs one quick pass.
 */
export function findConflicts(
  fileObservations: readonly Observation[],
  shown: Pick<Dataset, 'observations'>,
  provenance: ValueProvenance,
): DatasetConflict[] {
  if (fileObservations.length === 0 || shown.observations.length === 0) return [];
  const byId = new Map<string, Observation>();
  // report id → indicator → the report's values there (any year; the year is compared on use).
  const bySlot = new Map<string, Map<string, Observation[]>>();
  for (const o of shown.observations) {
    byId.set(o.id, o);
    let indicators = bySlot.get(o.reportId);
    if (!indicators) {
      indicators = new Map();
      bySlot.set(o.reportId, indicators);
    }
    const list = indicators.get(o.indicator);
    if (list) list.push(o);
    else indicators.set(o.indicator, [o]);
  }
  const fromReport = (o: Observation) => provenance.fileOf(o.id) === null;
  const out: DatasetConflict[] = [];
  const fileIds = new Set<string>();
  const slotConflicts = new Map<Observation, DatasetConflict>();
  for (const f of fileObservations) fileIds.add(f.id);
  for (const f of fileObservations) {
    const same = byId.get(f.id);
    if (same) {
      if (fromReport(same) && !sameValue(f, same))
        out.push({ fileObservationId: f.id, reportObservation: same });
      continue;
    }
    const place = bySlot.get(f.reportId)?.get(f.indicator);
    if (!place) continue;
    for (const report of place) {
      // A report value the file also carries under its own id is handled by that row.
      if (report.year !== f.year || fileIds.has(report.id) || !fromReport(report)) continue;
      const known = slotConflicts.get(report);
      if (known) known.fileCount = (known.fileCount ?? 1) + 1;
      else {
        // One conflict per report value, however many file rows share its place.
        const conflict: DatasetConflict = { fileObservationId: f.id, reportObservation: report };
        slotConflicts.set(report, conflict);
        out.push(conflict);
      }
    }
  }
  return out;
}
