// Page buttons for long tables: thousands of rows stay fast because only one page is in the DOM.
import { useApp } from '../AppContext.ts';

export function Pager({
  page,
  pages,
  total,
  onPage,
  label,
}: {
  page: number;
  pages: number;
  total: number;
  onPage: (page: number) => void;
  /** Names the pager when a view has several (landmarks must be told apart). */
  label?: string;
}) {
  const { tr } = useApp();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label ? `${label} · ${tr('ui.pagination')}` : tr('ui.pagination')}>
      <button type="button" disabled={page === 0} onClick={() => onPage(0)}>
        «
      </button>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {tr('ui.previous')}
      </button>
      <span aria-live="polite">{tr('ui.pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {tr('ui.next')}
      </button>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(pages - 1)}>
        »
      </button>
    </nav>
  );
}
