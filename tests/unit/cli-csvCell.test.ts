import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, unneutralise } from '../../src/format/csvCell.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['受理932件', '受理932件'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+86 21 1234', "'+86 21 1234"],
    ['-', "'-"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['-3.5', '-3.5'],
    ['+12', '+12'],
    ['-1e3', '-1e3'],
    ["'=x", "''=x"],
    ["''-y", "'''-y"],
    ["'plain", "'plain"],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans and empty values', () => {
    expect(csvCell(-7)).toBe('-7');
    expect(csvCell(95.6)).toBe('95.6');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('unneutralise strips exactly the apostrophe csvCell added', () => {
    for (const s of ['=1+1', "'=1+1", "''@x", '-', '-5', "'plain", 'plain', '@', "'", '']) {
      const cell = csvCell(s);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unneutralise(unquoted)).toBe(s);
    }
  });
});

describe('csvRow', () => {
  it('joins cells with commas and no terminator', () => {
    expect(csvRow(['a', 1, null, 'x,y', false])).toBe('a,1,,"x,y",false');
  });
});
