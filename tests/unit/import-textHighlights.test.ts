// Cutting a report's text around its values: pieces join back to the text, each value's piece is
// exactly its words, overlapping spans list the innermost first, bad offsets are ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPieces } from '../../src/data/textHighlights.ts';

describe('highlightPieces', () => {
  it('cuts around values and keeps the rest as plain text', () => {
    const text = '受理案件45件，培训干部560余人次。';
    const pieces = highlightPieces(text, [
      { id: 'a', start: 4, end: 7 },
      { id: 'b', start: 12, end: 18 },
    ]);
    expect(pieces.map((p) => [p.text, p.ids])).toEqual([
      ['受理案件', []],
      ['45件', ['a']],
      ['，培训干部', []],
      ['560余人次', ['b']],
      ['。', []],
    ]);
  });

  it('lists the innermost span first where spans overlap, and ignores impossible offsets', () => {
    const text = '调解200件，成功180件';
    const pieces = highlightPieces(text, [
      { id: 'rate', start: 2, end: 13 },
      { id: 'n', start: 2, end: 6 },
      { id: 'bad', start: 10, end: 99 },
      { id: 'empty', start: 3, end: 3 },
    ]);
    expect(pieces.map((p) => [p.text, p.ids])).toEqual([
      ['调解', []],
      ['200件', ['n', 'rate']],
      ['，成功180件', ['rate']],
    ]);
  });

  it('property: pieces join back to the text and starts are consistent', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(
          fc.record({
            id: fc.string(),
            start: fc.integer({ min: -2, max: 45 }),
            end: fc.integer({ min: -2, max: 45 }),
          }),
          {
            maxLength: 6,
          },
        ),
        (text, spans) => {
          const pieces = highlightPieces(text, spans);
          expect(pieces.map((p) => p.text).join('')).toBe(text);
          for (const p of pieces) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
