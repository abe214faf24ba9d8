// A column header that sorts the table; the order lives in the address, aria-sort says it aloud.
import type { ReactNode } from 'react';

export function SortHeader({
  children,
  sort,
  onSort,
  className,
}: {
  children: ReactNode;
  sort: 'ascending' | 'descending' | 'none';
  onSort: () => void;
  className?: string;
}) {
  const arrow = sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : '';
  return (
    <th scope="col" aria-sort={sort} className={className}>
      <button type="button" className="link-button" onClick={onSort}>
        {children}
        <span aria-hidden="true">{arrow}</span>
      </button>
    </th>
  );
}
