// What the coverage matrix (an HTML table) shows, built here so the component only renders it:
// the column headers (short name, full name, accessible name, hover/focus tip), and the rows the
// reader asked for — filtered by agency name (`mq=`) and sorted by agency, by coverage or by any
// indicator column (`msort=`), not-reported cells always last whichever the direction.
import { comparableUnit } from '../domain/comparableUnit.ts';
import { compareZh } from '../domain/compareZh.ts';
import type { CoverageMatrix, CoverageRow } from '../domain/coverage.ts';
import type { Lang } from '../domain/lang.ts';
import { placeName } from '../domain/places.ts';
import type { Indicator } from '../domain/types.ts';
import { indicatorShortName } from '../format/indicatorShortName.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';

export type MatrixSortDir = 'asc' | 'desc';
/** `key`: 'name', 'coverage' (indicators reported) or an indicator id (that column's values). */
export interface MatrixSort {
  key: string;
  dir: MatrixSortDir;
}

export interface MatrixColumn {
  indicator: Indicator;
  /** What the header shows: the short name (never cut). */
  short: string;
  full: string;
  /** The header link's accessible name: short and full name (the short alone when they are equal). */
  label: string;
  /** Shown on hover and focus: the full name and how many agencies report it. */
  tip: string;
  /** aria-sort of the column header. */
  sorted: 'ascending' | 'descending' | 'none';
}

export interface MatrixView {
  columns: MatrixColumn[];
  rows: CoverageRow[];
  /** Rows before the search. */
  total: number;
  /** The sort in effect (null: the dataset's order); an unknown key is dropped, not guessed at. */
  sort: MatrixSort | null;
  /** Indicators no agency with a report gives a value for. */
  nobodyReports: Indicator[];
}

/** The sorts a reader can choose from, in the order offered. */
export function matrixSortKeys(matrix: Pick<CoverageMatrix, 'indicators'>): string[] {
  return ['name', 'coverage', ...matrix.indicators.map((i) => i.id)];
}

/** Folded for matching: case, full-width forms and spaces do not matter. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Whether an agency matches the search: its Chinese or English name, id or district. */
export function agencyMatches(row: Pick<CoverageRow, 'agency'>, query: string): boolean {
  const q = fold(query);
  if (q === '') return true;
  const a = row.agency;
  return [a.nameZh, a.nameEn, a.id, a.district ?? '', a.district ? placeName(a.district, 'en') : ''].some(
    (s) => fold(s).includes(q),
  );
}

function byName(lang: Lang) {
  return (a: CoverageRow, b: CoverageRow) =>
    lang === 'zh'
      ? compareZh(a.agency.nameZh, b.agency.nameZh)
      : agencyName(a.agency, 'en').localeCompare(agencyName(b.agency, 'en'), 'en');
}

/**
 * Rows ordered by one column. Values: comparable units first, by value (the middle of an
 * approximate value's range is its value here), then values in units that count something else
 * (人 next to 人次), then not reported — the last two in name order, whichever the direction.
 */
export function sortMatrixRows(
  matrix: CoverageMatrix,
  rows: readonly CoverageRow[],
  sort: MatrixSort,
  lang: Lang,
): CoverageRow[] {
  const name = byName(lang);
  const sign = sort.dir === 'asc' ? 1 : -1;
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * name(a, b));
  if (sort.key === 'coverage')
    return [...rows].sort((a, b) => sign * (a.reportedCount - b.reportedCount) || name(a, b));
  const c = matrix.indicators.findIndex((i) => i.id === sort.key);
  if (c < 0) return [...rows];
  const indicator = matrix.indicators[c]!;
  const tier = (row: CoverageRow) => {
    const o = row.cells[c]!.observation;
    if (!o) return 2;
    return comparableUnit(indicator, o.unit) ? 0 : 1;
  };
  return [...rows].sort((a, b) => {
    const ta = tier(a);
    const tb = tier(b);
    if (ta !== tb) return ta - tb;
    if (ta === 2) return name(a, b);
    const va = a.cells[c]!.observation!.value;
    const vb = b.cells[c]!.observation!.value;
    return sign * (va - vb) || name(a, b);
  });
}

/** Parses the address's `msort=` against this matrix; null for the dataset's order or an unknown key. */
export function validMatrixSort(matrix: Pick<CoverageMatrix, 'indicators'>, sort: MatrixSort | null) {
  return sort && matrixSortKeys(matrix).includes(sort.key) ? sort : null;
}

export function coverageMatrixView(
  matrix: CoverageMatrix,
  opts: { sort?: MatrixSort | null; query?: string },
  lang: Lang,
): MatrixView {
  const sort = validMatrixSort(matrix, opts.sort ?? null);
  const found = matrix.rows.filter((r) => agencyMatches(r, opts.query ?? ''));
  const rows = sort ? sortMatrixRows(matrix, found, sort, lang) : found;
  const columns = matrix.indicators.map((indicator, c): MatrixColumn => {
    const short = indicatorShortName(indicator, lang);
    const full = indicatorName(indicator, lang);
    return {
      indicator,
      short,
      full,
      label: short === full ? full : t(lang, 'matrix.headerName', { short, full }),
      tip: `${full} · ${t(lang, 'ui.reportedBy', matrix.indicatorCoverage[c]!)}`,
      sorted: sort?.key === indicator.id ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none',
    };
  });
  const nobodyReports = matrix.indicators.filter((_, c) => matrix.indicatorCoverage[c]!.reported === 0);
  return { columns, rows, total: matrix.rows.length, sort, nobodyReports };
}
