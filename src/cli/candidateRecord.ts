// The `candidate` record of ../shared/spec/extract-cli.md ("Candidates (`--candidates`)"): a number
// the extractor did not emit, for the reviewer. `detail` is written only when there is one.
import type { ExtractedCandidate } from '../extract/types.ts';

export function candidateRecord(name: string, c: ExtractedCandidate) {
  return {
    type: 'candidate' as const,
    report: name,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    text: c.text,
    start: c.start,
    end: c.end,
    evidence: c.evidence,
    section: c.section,
    suggestions: c.suggestions.map((s) => ({ indicator: s.indicator, score: s.score })),
    reason: c.reason,
    ...(c.detail !== null ? { detail: c.detail } : {}),
  };
}

export type CandidateRecord = ReturnType<typeof candidateRecord>;
