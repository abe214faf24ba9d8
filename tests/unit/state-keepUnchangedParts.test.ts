import { describe, expect, it } from 'vitest';
import { keepUnchangedParts, sameFilter } from '../../src/state/keepUnchangedParts.ts';
import { parseHash } from '../../src/state/viewState.ts';

describe('keepUnchangedParts', () => {
  it('keeps the filter object when only the sort changed, so views memoised on it do not recompute', () => {
    const before = parseHash('#/indicator/a?region=上海市&year=2024');
    const after = keepUnchangedParts(before, parseHash('#/indicator/a?region=上海市&year=2024&sort=name'));
    expect(after.filter).toBe(before.filter);
    expect(after.sort).not.toBe(before.sort);
    expect(after.sort.key).toBe('name');
  });

  it('gives the new filter when any field of it changed, an added district or another year', () => {
    const before = parseHash('#/indicator/a?region=上海市&year=2024');
    const district = keepUnchangedParts(
      before,
      parseHash('#/indicator/a?region=上海市&district=黄浦区&year=2024'),
    );
    expect(district.filter).toEqual({ region: '上海市', district: '黄浦区', year: 2024 });
    const year = keepUnchangedParts(before, parseHash('#/indicator/a?region=上海市&year=2023'));
    expect(year.filter).toEqual({ region: '上海市', year: 2023 });
    expect(year.filter).not.toBe(before.filter);
  });

  it('keeps the selected agencies when the list is the same, not when its order changed', () => {
    const before = parseHash('#/compare?agencies=a,b');
    expect(keepUnchangedParts(before, parseHash('#/compare?agencies=a,b&chart=radar')).agencies).toBe(
      before.agencies,
    );
    expect(keepUnchangedParts(before, parseHash('#/compare?agencies=b,a')).agencies).toEqual(['b', 'a']);
  });

  it('changes nothing else of the new state', () => {
    const before = parseHash('#/indicator/a?year=2024');
    const next = parseHash('#/coverage?year=2024&lang=en');
    expect(keepUnchangedParts(before, next)).toEqual(next);
    expect(keepUnchangedParts(null, next)).toBe(next);
  });

  it('compares filters field by field', () => {
    expect(sameFilter({ region: 'x', year: 2024 }, { year: 2024, region: 'x' })).toBe(true);
    expect(sameFilter({ region: 'x' }, { region: 'x', type: 'y' })).toBe(false);
  });
});
