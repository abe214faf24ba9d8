// Rows of the full ranking table: reported agencies in the chosen order, then those that did not
// report (never mixed in as 0), grouped when asked. Pure so the view only renders.
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import type { Ranking, RankRow } from '../domain/ranking.ts';
import type { GroupBy, TableSort } from '../domain/tableOrder.ts';
import type { Agency, Report } from '../domain/types.ts';
import { yoyChange } from '../domain/yoyChange.ts';
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
  const words: Partial<Record<TableSort['key'], (a: Agency) => string>> = {
    name: (a) => agencyName(a, lang),
    district: (a) => placeName(a.district, lang),
    type: (a) => agencyTypeName(a.type, lang),
  };
  const wordOf = words[sort.key];
  let rows: TableRow[];
  if (wordOf) {
    // Columns of words hold every agency, reported or not; equal words keep the ranking's order.
    const all = [...reported, ...silent.sort(byName), ...unread.sort(byName)];
    const pos = new Map(all.map((r, i) => [r, i]));
    const key = new Map(all.map((r) => [r, wordOf(r.agency)]));
    const sign = sort.dir === 'desc' ? -1 : 1;
    rows = all.sort((a, b) => sign * collator.compare(key.get(a)!, key.get(b)!) || pos.get(a)! - pos.get(b)!);
  } else if (sort.key === 'change') {
    // Stated changes only (the report's own); agencies stating none, then those not reporting, last.
    const withChange = reported.filter((r) => r.kind === 'reported' && yoyChange(r.row.observation) !== null);
    const stated = new Set(withChange);
    const without = reported.filter((r) => !stated.has(r));
    const change = (r: TableRow) => (r.kind === 'reported' ? (yoyChange(r.row.observation) ?? 0) : 0);
    const sign = sort.dir === 'desc' ? -1 : 1;
    withChange.sort((a, b) => sign * (change(a) - change(b)));
    silent.sort(byName);
    unread.sort(byName);
    rows = [...withChange, ...without, ...silent, ...unread];
  } else {
    // value: "desc" = best first, the ranking's own order; rank: "asc" = 1 first, the same order.
    // Not reported (then not found yet) stays last either way.
    const bestFirst = sort.key === 'rank' ? sort.dir === 'asc' : sort.dir === 'desc';
    silent.sort(byName);
    unread.sort(byName);
    rows = [...(bestFirst ? reported : [...reported].reverse()), ...silent, ...unread];
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

/** aria-sort of a column of words, the rank or the change: the direction asked for, on that column only. */
export function columnAriaSort(key: TableSort['key'], sort: TableSort): 'ascending' | 'descending' | 'none' {
  if (sort.key !== key) return 'none';
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

/** The table page (0-based) holding an agency, or null when it is not in the rows. */
export function pageOf(rows: readonly TableRow[], agencyId: string, pageSize: number): number | null {
  const i = rows.findIndex((r) => r.agency.id === agencyId);
  return i < 0 ? null : Math.floor(i / pageSize);
}

/** aria-sort of the value column: which way the numbers actually run on screen. */
export function valueAriaSort(ranking: Ranking, sort: TableSort): 'ascending' | 'descending' | 'none' {
  if (sort.key !== 'value') return 'none';
  const bestFirst = sort.dir === 'desc';
  const highFirst = ranking.order === 'desc' ? bestFirst : !bestFirst;
  return highFirst ? 'descending' : 'ascending';
}
