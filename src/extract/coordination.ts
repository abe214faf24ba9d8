// "全县38个部门和12个乡镇党政主要负责人述法": two counts joined by 和/及/与/、 share the words after
// the last one. A count with no subject of its own takes the indicator of the count it is joined to.

export interface Classified {
  mentionIndex: number;
  indicator: string;
  rule: string;
  confidence: number;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
  unit: string;
}

/** A short noun and a conjunction between the two counts, nothing else. */
const JOINED = /^[\u4e00-\u9fa5“”"]{0,8}(和|及|与|、|以及)$/;
const INHERITED_COST = 0.05;

/**
 * @param unclassified indexes of mentions that no rule claimed (not changes, not list counts)
 * @returns `found` with the inherited values added, in text order
 */
export function inheritFromCoordinated<F extends Classified>(
  s: string,
  mentions: readonly Span[],
  found: readonly F[],
  unclassified: ReadonlySet<number>,
): F[] {
  if (unclassified.size === 0) return [...found];
  const byMention = new Map<number, F>();
  for (const f of found) if (!byMention.has(f.mentionIndex)) byMention.set(f.mentionIndex, f);
  const added: F[] = [];
  // Right to left, so that "A、B和C…" passes C's indicator to B and then to A.
  for (const k of [...unclassified].sort((a, b) => b - a)) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    const target = byMention.get(k + 1);
    if (!next || !target || next.unit !== m.unit || !JOINED.test(s.slice(m.end, next.start))) continue;
    const f = {
      ...target,
      mentionIndex: k,
      rule: `joined:${target.rule}`,
      confidence: target.confidence - INHERITED_COST,
      start: m.start,
      end: m.end,
    };
    byMention.set(k, f);
    added.push(f);
  }
  return [...found, ...added].sort((a, b) => a.start - b.start);
}
