// An evidence sentence with the number marked. Text only: report text never becomes HTML.
import type { Observation } from '../../domain/types.ts';
import { splitEvidence } from '../lib/evidence.ts';

export function Evidence({
  observation,
}: {
  observation: Pick<Observation, 'evidence' | 'evidenceStart' | 'start' | 'end' | 'text'>;
}) {
  const parts = splitEvidence(observation);
  if (!parts) return <blockquote className="evidence">{observation.evidence || '—'}</blockquote>;
  return (
    <blockquote className="evidence">
      {parts.before}
      <mark>{parts.number}</mark>
      {parts.after}
    </blockquote>
  );
}
