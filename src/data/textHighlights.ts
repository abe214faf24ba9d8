// A report's full text cut into plain-text pieces around the values found in it, so the viewer can
// wrap each value in <mark> while everything stays text (never HTML). Overlapping spans are
// allowed: each piece lists every span covering it, innermost (shortest) first.

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextPiece {
  text: string;
  start: number;
  /** Ids of the spans covering this piece, shortest span first; empty for plain text. */
  ids: string[];
}

export function highlightPieces(text: string, spans: readonly HighlightSpan[]): TextPiece[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Shortest first, so the innermost value is the one a click on the piece means.
  const ordered = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const ids = ordered.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    const last = pieces.at(-1);
    // Neighbouring plain pieces are joined (cuts of spans that ended elsewhere do not split text).
    if (last && ids.length === 0 && last.ids.length === 0) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), start: from, ids });
  }
  return pieces.filter((p) => p.text !== '' || text === '');
}
