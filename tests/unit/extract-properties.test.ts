// Extraction never throws, keeps its offsets honest on any input, and stays linear on hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

/** A property over hundreds of inputs, not a timing: on a loaded machine it takes more than 5 s. */
const PROPERTY_TIMEOUT = 30_000;

// Characters that exercise the scanner: digits (ASCII and full-width), Chinese numerals, qualifiers,
// units, punctuation and line breaks.
const ALPHABET = [
  ...'0123456789０１２３４５６７８９.,%％一二两三十百千万亿余多近约以上下左右件次人名场份篇卷家个项条期张学时第年月日，。、；：（）()“”\n 率受理调解成功同比增长下降其中截至分别为和均',
];
const reportish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((cs) => cs.join(''));

describe('extractReport properties', () => {
  it('never throws and keeps original.slice(start, end) === text on arbitrary strings', {
    timeout: PROPERTY_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), reportish),
        (text) => {
          const { observations, report } = extractReport(text);
          expect(report.chars).toBe(text.length);
          for (const o of observations) {
            expect(text.slice(o.start, o.end)).toBe(o.text);
            expect(text.slice(o.evidenceStart, o.evidenceStart + o.evidence.length)).toBe(o.evidence);
            expect(Number.isFinite(o.value)).toBe(true);
          }
        },
      ),
      { seed: 20241231, numRuns: 600 },
    );
  });
});

describe('hostile input', () => {
  const hostile = (n: number) => {
    const unit =
      '9'.repeat(5000) +
      '余'.repeat(5000) +
      '(（[【'.repeat(1250) +
      '受理纠纷12件，' +
      '调解成功3件，同比增长5%，'.repeat(300) +
      '一二三'.repeat(500);
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  };
  const time = (text: string) => {
    const t0 = performance.now();
    extractReport(text);
    return performance.now() - t0;
  };

  it('handles 1 MB of long digit runs, repeated 余 and nested brackets in linear time', () => {
    time(hostile(50_000)); // warm up the JIT so the ratio compares like with like
    const small = Math.min(time(hostile(250_000)), time(hostile(250_000)), time(hostile(250_000)));
    const big = Math.min(time(hostile(1_000_000)), time(hostile(1_000_000)), time(hostile(1_000_000)));
    console.log(`[hostile] 250 kB: ${small.toFixed(0)} ms, 1 MB: ${big.toFixed(0)} ms`);
    // Linear work grows 4× for 4× the input; quadratic would grow 16×. Leave room for noise.
    expect(big / small).toBeLessThan(8);
  });
});
