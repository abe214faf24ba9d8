// One page of a long list; back to the first page whenever the list itself changes.
import { useState } from 'react';

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
