// An evidence sentence with the number marked. Text only: report text never becomes HTML. It is
// the report's own (Chinese) words, so it says so to assistive technology in every view.
import type { Observation } from '../../domain/types.ts';
import { splitEvidence } from '../lib/evidence.ts';

export function Evidence({
  observation,
}: {
  observation: Pick<Observation, 'evidence' | 'evidenceStart' | 'start' | 'end' | 'text'>;
}) {
  const parts = splitEvidence(observation);
  if (!parts)
    return (
      <blockquote className="evidence" lang="zh">
        {observation.evidence || '—'}
      </blockquote>
    );
  return (
    <blockquote className="evidence" lang="zh">
      {parts.before}
      <mark>{parts.number}</mark>
      {parts.after}
    </blockquote>
  );
}
