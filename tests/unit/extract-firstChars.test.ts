// firstChars lets classify and findHeadings skip a regex on text that holds none of the characters
// its matches can start with, so it must never leave one out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstChars } from '../../src/extract/firstChars.ts';
import { INDICATOR_RULES } from '../../src/extract/rules/indicatorRules.ts';

const chars = (re: RegExp): string | null => {
  const set = firstChars(re);
  return set ? [...set].map((c) => String.fromCharCode(c)).join('') : null;
};

describe('firstChars', () => {
  it.each([
    [/复议申请/, '复'],
    [/(收到|接收|接到).{0,8}复议申请/, '收接'],
    [/((?<!不予)受理|新收)(?=的?\s*$)/, '受新'],
    [/(?:ab|cd)e|f{1,2}/, 'acf'],
    [/^[一二三]{1,3}、/, '一二三'],
    [/^\(\s*\d/, '('],
    [/[a-c]x|\dy/, 'abc0123456789'],
  ])('%s starts with one of %s', (re, expected) => {
    expect(chars(re)).toBe(expected);
  });

  it.each([
    /a?b/,
    /(ab)?c/,
    /a{0,2}b/,
    /.b/,
    /\sb/,
    /\wb/,
    /[^a]b/,
    /[\u4e00-\u9fa5]/,
    /a|/,
    /(a|)b/,
    /(?<name>a)/,
    /$a/,
    /a/i,
    /a/u,
  ])('%s could start with anything (null)', (re) => {
    expect(firstChars(re)).toBeNull();
  });

  it('understands every cue of the indicator rules', () => {
    expect(INDICATOR_RULES.filter((r) => firstChars(r.cue) === null).map((r) => r.name)).toEqual([]);
  });

  it('never leaves out a character a cue match starts with', () => {
    for (const rule of INDICATOR_RULES) {
      const set = firstChars(rule.cue)!;
      // The cue's own words and characters, so that matches are frequent, and a few others.
      const words = rule.cue.source.split(/[\\^$.|?*+()[\]{}<>!=:\d,]+/).filter((w) => w !== '');
      const alphabet = [...new Set([...words, ...words.join('')])];
      alphabet.push('0', '1', '2', '3', '4', '5', ' ', '的', '各', '类');
      const g = new RegExp(rule.cue.source, 'g');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (cs) => {
          const text = cs.join('');
          for (const m of text.matchAll(g)) expect(set.has(text.charCodeAt(m.index))).toBe(true);
        }),
        { seed: 7, numRuns: 300 },
      );
    }
  });
});
