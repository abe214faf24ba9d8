// One page of a long list; back to the first page whenever the list itself changes.
import { useState } from 'react';
import { useApp } from '../AppContext.ts';

export function usePaged<T>(rows: readonly T[], pageSize: number) {
  const [state, setState] = useState<{ rows: readonly T[]; page: number }>({ rows, page: 0 });
  const page = state.rows === rows ? state.page : 0;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  return {
    page: current,
    pages,
    total: rows.length,
    slice: rows.slice(current * pageSize, (current + 1) * pageSize),
    offset: current * pageSize,
    setPage: (p: number) => setState({ rows, page: Math.max(0, Math.min(p, pages - 1)) }),
  };
}

/**
 * One page of the view's main table with the page in the address (page=, 1-based), so a reload or
 * a shared link shows the same page. Whatever changes the rows (filter, sort, indicator, group)
 * navigates with page 1; a page past the end shows the last.
 */
export function useAddressPage<T>(rows: readonly T[], pageSize: number) {
  const { state, navigate } = useApp();
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(state.page - 1, pages - 1);
  return {
    page: current,
    pages,
    total: rows.length,
    slice: rows.slice(current * pageSize, (current + 1) * pageSize),
    offset: current * pageSize,
    setPage: (p: number) => navigate({ ...state, page: Math.max(0, Math.min(p, pages - 1)) + 1 }),
  };
}
