// File values that would replace a value read from a report: the same obs_id, or the same report
// and indicator (and year) under another id. Found once, when the files come in, so the import can
// list each one and let the user choose; nothing is replaced silently.
import type { Dataset, Observation } from '../domain/types.ts';
import type { ValueProvenance } from '../domain/valueSource.ts';
import type { DatasetConflict } from './importLayer.ts';

const slot = (o: Pick<Observation, 'reportId' | 'indicator' | 'year'>) =>
  `${o.reportId}\u0000${o.indicator}\u0000${o.year}`;

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
 */
export function findConflicts(
  fileObservations: readonly Observation[],
  shown: Pick<Dataset, 'observations'>,
  provenance: ValueProvenance,
): DatasetConflict[] {
  if (fileObservations.length === 0) return [];
  const byId = new Map<string, Observation>();
  const bySlot = new Map<string, Observation[]>();
  for (const o of fileObservations) {
    byId.set(o.id, o);
    const key = slot(o);
    const list = bySlot.get(key);
    if (list) list.push(o);
    else bySlot.set(key, [o]);
  }
  const out: DatasetConflict[] = [];
  for (const report of shown.observations) {
    const sameId = byId.get(report.id);
    const sameSlot = bySlot.get(slot(report));
    if (!sameId && !sameSlot) continue;
    if (provenance.fileOf(report.id)) continue;
    if (sameId) {
      if (!sameValue(sameId, report)) out.push({ fileObservationId: sameId.id, reportObservation: report });
      continue;
    }
    // One conflict per report value, however many file rows share its place.
    const first = sameSlot![0]!;
    out.push({
      fileObservationId: first.id,
      reportObservation: report,
      ...(sameSlot!.length > 1 ? { fileCount: sameSlot!.length } : {}),
    });
  }
  return out;
}
