import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from '../../src/data/parseTypedNumber.ts';

describe('parseTypedNumber', () => {
  it.each([
    ['45', 45],
    [' 1,234 ', 1234],
    ['1，234.5', 1234.5],
    ['１２３．５', 123.5],
    ['-3.2', -3.2],
    ['+7', 7],
    ['.5', 0.5],
    ['-0', 0],
    ['12,345,678', 12345678],
  ])('%s → %s', (raw, value) => {
    expect(parseTypedNumber(raw)).toBe(value);
  });

  it.each(['', '45件', '三十', '1,23', '1.2.3', '4 5', 'NaN', 'Infinity', '1e400', '--1'])(
    'refuses %j',
    (raw) => {
      expect(parseTypedNumber(raw)).toBeNull();
    },
  );
});
