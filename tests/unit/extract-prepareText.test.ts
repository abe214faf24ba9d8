// prepareText does in one pass what normalizeForMatching, sentenceEnds and numberStarts do apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/extract/normalize.ts';
import { prepareText } from '../../src/extract/prepareText.ts';
import { numberStarts } from '../../src/extract/scanMentions.ts';
import { sentenceEnds } from '../../src/extract/segments.ts';

/** A property over hundreds of inputs, not a timing: on a loaded machine it takes more than 5 s. */
const PROPERTY_TIMEOUT = 30_000;

const separately = (text: string) => {
  const normalised = normalizeForMatching(text);
  return { normalised, sentenceEnds: sentenceEnds(normalised), numberStarts: numberStarts(normalised) };
};

describe('prepareText', () => {
  it('reads full-width marks and digits as what they normalise to', () => {
    const text = '受理１２件；调解成功率９８％！\r\n二、下一步';
    expect(prepareText(text)).toEqual(separately(text));
    expect(prepareText(text).sentenceEnds).toEqual([5, 14, 15, 16]);
  });

  it('agrees with the separate passes on every code unit', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(prepareText(all)).toEqual(separately(all));
  });

  it('agrees with the separate passes on arbitrary strings', { timeout: PROPERTY_TIMEOUT }, () => {
    const reportish = fc
      .array(fc.constantFrom(...'0９一十万。；;!！?？\n\r（）%％．.：　 件人受理'), { maxLength: 60 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), reportish), (text) => {
        expect(prepareText(text)).toEqual(separately(text));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
