import { describe, expect, it } from 'vitest';
import { refusedDatasetSource } from '../../src/state/refusedSource.ts';
import { parseHash } from '../../src/state/viewState.ts';

describe('refusedDatasetSource', () => {
  it.each([
    ['#/?dataset=url&src=https%3A%2F%2Fevil.example%2Fdata%2F', 'https://evil.example/data/'],
    ['#/?dataset=url&src=//evil.example/x.json', '//evil.example/x.json'],
    ['#/overview?src=javascript:alert(1)', 'javascript:alert(1)'],
    ['#/?dataset=url&src=data:text/csv,a', 'data:text/csv,a'],
  ])('%s is refused', (hash, src) => {
    expect(refusedDatasetSource(hash)).toBe(src);
    expect(parseHash(hash).datasetUrl).toBeNull();
  });

  it.each([
    '#/',
    '#/?dataset=url&src=my-data%2F',
    '#/?dataset=url&src=./exports/2025.json',
    '#/?dataset=url&src=/gov/data/',
    '#/?src=',
  ])('%s is not refused', (hash) => {
    expect(refusedDatasetSource(hash)).toBeNull();
  });

  it('goes by the first src, as parseHash does', () => {
    expect(refusedDatasetSource('#/?src=ok%2F&src=https://x.example/')).toBeNull();
  });
});
