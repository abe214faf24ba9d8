// Extraction never throws, keeps its offsets honest on any input, and stays linear on hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/extract/chineseNumber.ts';
import { extractReport } from '../../src/extract/index.ts';
import { normalizeForMatching } from '../../src/extract/normalize.ts';
import { implausibility } from '../../src/extract/plausibility.ts';
import { scanMentions } from '../../src/extract/scanMentions.ts';
import { writeChineseDigits, writeChineseInteger } from './helpers/writeChineseNumber.ts';

/** A property over hundreds of inputs, not a timing: on a loaded machine it takes more than 5 s. */
const PROPERTY_TIMEOUT = 30_000;

// Characters that exercise the scanner: digits (ASCII and full-width), Chinese numerals, qualifiers,
// units, punctuation and line breaks.
const ALPHABET = [
  ...'0123456789０１２３４５６７８９.,%％-－+点一二两三十百千万亿余多近约以上下左右件次人名场份篇卷家个项条期张学时第年月日，。、；：（）()“”\n 率受理调解成功同比增长下降其中截至分别为和均',
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
          const { observations, report, candidates = [] } = extractReport(text, { candidates: true });
          expect(report.chars).toBe(text.length);
          for (const o of observations) {
            expect(text.slice(o.start, o.end)).toBe(o.text);
            expect(text.slice(o.evidenceStart, o.evidenceStart + o.evidence.length)).toBe(o.evidence);
            expect(Number.isFinite(o.value)).toBe(true);
            expect(implausibility(o.value, o.unit), `${o.value} ${o.unit}`).toBeNull();
          }
          for (const c of candidates) {
            expect(text.slice(c.start, c.end)).toBe(c.text);
            expect(text.slice(c.evidenceStart, c.evidenceStart + c.evidence.length)).toBe(c.evidence);
          }
        },
      ),
      { seed: 20241231, numRuns: 600 },
    );
  });
});

describe('Chinese numerals read back', () => {
  // Small numbers, numbers with gaps (一万零五), and the whole range up to 10^12.
  const integer = fc.oneof(
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 11 }).chain((e) => fc.integer({ min: 1, max: 9 }).map((d) => d * 10 ** e + 5)),
    fc.integer({ min: 0, max: 999_999_999_999 }),
  );
  const fraction = fc.stringMatching(/^[0-9]{1,3}$/);

  /** [written, value]: 1200.5 as 一千二百点五, 3.2万 as 三点二万, with or without 两. */
  const written = fc.oneof(
    fc.tuple(integer, fc.boolean()).map(([n, liang]) => [writeChineseInteger(n, liang), n] as const),
    fc
      .tuple(integer, fraction, fc.boolean())
      .map(
        ([n, f, liang]) =>
          [`${writeChineseInteger(n, liang)}点${writeChineseDigits(f)}`, Number(`${n}.${f}`)] as const,
      ),
    fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.stringMatching(/^[0-9]{1,3}$/),
        fc.constantFrom(['万', 4] as const, ['亿', 8] as const),
      )
      .map(
        ([n, f, [unit, places]]) =>
          [
            `${writeChineseInteger(n)}点${writeChineseDigits(f)}${unit}`,
            // Integer arithmetic: n × 10^places + f × 10^(places − digits of f).
            n * 10 ** places + Number(f) * 10 ** (places - f.length),
          ] as const,
      ),
  );

  it('parseChineseNumber reads every written number back to its value', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(written, ([text, value]) => {
        expect(parseChineseNumber(text), text).toBe(value);
      }),
      { seed: 20241204, numRuns: 3000 },
    );
  });

  it('the scanner reads them in a sentence with a measure word, whole', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(written, ([text, value]) => {
        const sentence = `全年办理${text}件。`;
        const ms = scanMentions(normalizeForMatching(sentence));
        expect(ms.map((m) => [sentence.slice(m.start, m.end), m.value])).toEqual([[`${text}件`, value]]);
      }),
      { seed: 20241205, numRuns: 1000 },
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

  it(
    'stays linear with candidates asked for',
    () => {
      const timeCandidates = (text: string) => {
        const t0 = performance.now();
        extractReport(text, { candidates: true });
        return performance.now() - t0;
      };
      timeCandidates(hostile(50_000));
      const small = Math.min(timeCandidates(hostile(250_000)), timeCandidates(hostile(250_000)));
      const big = Math.min(timeCandidates(hostile(1_000_000)), timeCandidates(hostile(1_000_000)));
      console.log(`[hostile, candidates] 250 kB: ${small.toFixed(0)} ms, 1 MB: ${big.toFixed(0)} ms`);
      expect(big / small).toBeLessThan(8);
      // Five extractions of up to 1 MB: a few seconds when the machine is busy.
    },
    PROPERTY_TIMEOUT,
  );

  it('handles 1 MB of long digit runs, repeated 余 and nested brackets in linear time', () => {
    time(hostile(50_000)); // warm up the JIT so the ratio compares like with like
    const small = Math.min(time(hostile(250_000)), time(hostile(250_000)), time(hostile(250_000)));
    const big = Math.min(time(hostile(1_000_000)), time(hostile(1_000_000)), time(hostile(1_000_000)));
    console.log(`[hostile] 250 kB: ${small.toFixed(0)} ms, 1 MB: ${big.toFixed(0)} ms`);
    // Linear work grows 4× for 4× the input; quadratic would grow 16×. Leave room for noise.
    expect(big / small).toBeLessThan(8);
  });
});
