// How a table of agencies is ordered and grouped: part of the view state (sort=, group=), defined
// here so the table builders in the leaves (src/charts) can take it without reading the address.
export type SortKey = 'value' | 'name' | 'rank' | 'district' | 'type' | 'change';
/** Every column a ranking table sorts by (sort=<key>-<dir>). */
export const SORT_KEYS: readonly SortKey[] = ['value', 'name', 'rank', 'district', 'type', 'change'];
/** The direction a first click on a column gives: words A→Z, rank 1 first, numbers best first. */
export function defaultSortDir(key: SortKey): SortDir {
  return key === 'value' || key === 'change' ? 'desc' : 'asc';
}
export type SortDir = 'asc' | 'desc';
export interface TableSort {
  key: SortKey;
  dir: SortDir;
}
export type GroupBy = 'none' | 'region' | 'district' | 'type';
export const GROUP_BYS: readonly GroupBy[] = ['none', 'region', 'district', 'type'];
