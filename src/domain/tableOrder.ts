// How a table of agencies is ordered and grouped: part of the view state (sort=, group=), defined
// here so the table builders in the leaves (src/charts) can take it without reading the address.
export type SortKey = 'value' | 'name';
export type SortDir = 'asc' | 'desc';
export interface TableSort {
  key: SortKey;
  dir: SortDir;
}
export type GroupBy = 'none' | 'region' | 'district' | 'type';
export const GROUP_BYS: readonly GroupBy[] = ['none', 'region', 'district', 'type'];
