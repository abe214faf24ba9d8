// A stable key for a filter so memoised computations rerun only when the filter really changes.
import type { Filter } from '../../domain/filter.ts';

export function filterKey(f: Filter): string {
  return [f.region ?? '', f.district ?? '', f.type ?? '', f.year ?? ''].join('\u0000');
}
