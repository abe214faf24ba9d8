// A new address parses to a new ViewState, but a view memoises on its parts (the filter above
// all): keeping the previous object for a part whose value did not change lets a view depend on
// `state.filter` directly, so changing the sort or the chart does not recompute a ranking.
import type { Filter } from '../domain/filter.ts';
import type { ViewState } from './viewState.ts';

const FILTER_KEYS = ['region', 'district', 'type', 'year'] as const satisfies readonly (keyof Filter)[];

export function sameFilter(a: Filter, b: Filter): boolean {
  return FILTER_KEYS.every((k) => a[k] === b[k]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `next`, with the filter, sort and agencies of `prev` where they hold the same values. */
export function keepUnchangedParts(prev: ViewState | null, next: ViewState): ViewState {
  if (prev === null) return next;
  const filter = sameFilter(prev.filter, next.filter) ? prev.filter : next.filter;
  const sort = prev.sort.key === next.sort.key && prev.sort.dir === next.sort.dir ? prev.sort : next.sort;
  const agencies = sameList(prev.agencies, next.agencies) ? prev.agencies : next.agencies;
  if (filter === next.filter && sort === next.sort && agencies === next.agencies) return next;
  return { ...next, filter, sort, agencies };
}
