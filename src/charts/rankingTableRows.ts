// Rows of the full ranking table: reported agencies in the chosen order, then those that did not
// report (never mixed in as 0), grouped when asked. Pure so the view only renders.
import type { Lang } from '../domain/lang.ts';
import type { Ranking, RankRow } from '../domain/ranking.ts';
import type { GroupBy, TableSort } from '../domain/tableOrder.ts';
import type { Agency, Report } from '../domain/types.ts';
import { groupLabel } from '../format/groupLabel.ts';
import { agencyName } from '../format/names.ts';

export type TableRow =
  | { kind: 'reported'; agency: Agency; row: RankRow; group: string }
  | { kind: 'not_reported'; agency: Agency; report: Report; group: string }
  /** The report is imported and not reviewed yet: "not found yet", listed after the not reported. */
  | { kind: 'unreviewed'; agency: Agency; report: Report; group: string };

export function rankingTableRows(ranking: Ranking, sort: TableSort, group: GroupBy, lang: Lang): TableRow[] {
  const reported: TableRow[] = ranking.rows.map((row) => ({
    kind: 'reported',
    agency: row.agency,
    row,
    group: groupLabel(row.agency, group, lang),
  }));
  const silent: TableRow[] = ranking.notReported.map((n) => ({
    kind: 'not_reported',
    agency: n.agency,
    report: n.report,
    group: groupLabel(n.agency, group, lang),
  }));
  const unread: TableRow[] = ranking.unreviewed.map((n) => ({
    kind: 'unreviewed',
    agency: n.agency,
    report: n.report,
    group: groupLabel(n.agency, group, lang),
  }));
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const byName = (a: TableRow, b: TableRow) =>
    collator.compare(agencyName(a.agency, lang), agencyName(b.agency, lang));
  let rows: TableRow[];
  if (sort.key === 'name') {
    rows = [...reported, ...silent, ...unread].sort(byName);
    if (sort.dir === 'desc') rows.reverse();
  } else {
    // "desc" = best first, the ranking's own order; "asc" = worst first. Not reported stays last.
    silent.sort(byName);
    unread.sort(byName);
    rows = [...(sort.dir === 'desc' ? reported : [...reported].reverse()), ...silent, ...unread];
  }
  if (group !== 'none') {
    // Stable: keeps the chosen order inside each group.
    const order = [...new Set(rows.map((r) => r.group))].sort((a, b) => collator.compare(a, b));
    const rank = new Map(order.map((g, i) => [g, i]));
    rows = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank.get(a.r.group)! - rank.get(b.r.group)! || a.i - b.i)
      .map(({ r }) => r);
  }
  return rows;
}

/** aria-sort of the value column: which way the numbers actually run on screen. */
export function valueAriaSort(ranking: Ranking, sort: TableSort): 'ascending' | 'descending' | 'none' {
  if (sort.key !== 'value') return 'none';
  const bestFirst = sort.dir === 'desc';
  const highFirst = ranking.order === 'desc' ? bestFirst : !bestFirst;
  return highFirst ? 'descending' : 'ascending';
}
