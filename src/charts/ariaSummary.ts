// The words for a chart container's aria-label: what it shows, how many agencies, the highest and
// lowest values (with their qualifiers), in the interface language.
import type { Comparison } from '../domain/compare.ts';
import type { CoverageMatrix } from '../domain/coverage.ts';
import type { Lang } from '../domain/lang.ts';
import type { Ranking, RankRow } from '../domain/ranking.ts';
import { t } from '../format/messages.ts';
import { agencyName, indicatorName } from '../format/names.ts';
import { formatValue } from '../format/value.ts';

function extremes(rows: readonly RankRow[]): { highest: RankRow; lowest: RankRow } | null {
  if (rows.length === 0) return null;
  let highest = rows[0]!;
  let lowest = rows[0]!;
  for (const row of rows) {
    if (row.observation.value > highest.observation.value) highest = row;
    // <= so that with ties the lowest named is a different agency from the highest (the last).
    if (row.observation.value <= lowest.observation.value) lowest = row;
  }
  return { highest, lowest };
}

function describe(row: RankRow, lang: Lang): string {
  return `${agencyName(row.agency, lang)} ${formatValue(row.observation, lang)}`;
}

export function rankingAriaLabel(ranking: Ranking, lang: Lang): string {
  const indicator = indicatorName(ranking.indicator, lang);
  const year = ranking.year ?? '—';
  const ends = extremes(ranking.rows);
  if (!ends) return t(lang, 'chart.aria.rankingEmpty', { indicator, year });
  return t(lang, 'chart.aria.ranking', {
    indicator,
    year,
    reported: ranking.coverage.reported,
    of: ranking.coverage.of,
    highest: describe(ends.highest, lang),
    lowest: describe(ends.lowest, lang),
  });
}

export function compareAriaLabel(comparison: Comparison, lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  return t(lang, 'chart.aria.compare', {
    count: comparison.agencies.length,
    indicators: comparison.rows.length,
    agencies: comparison.agencies.map((a) => agencyName(a, lang)).join(sep),
  });
}

export function coverageAriaLabel(matrix: CoverageMatrix, lang: Lang): string {
  const cells = matrix.rows.flatMap((r) => r.cells);
  const reported = cells.filter((c) => c.status !== 'not_reported').length;
  return t(lang, 'chart.aria.coverage', {
    agencies: matrix.rows.length,
    indicators: matrix.indicators.length,
    reported,
    missing: cells.length - reported,
  });
}

/** Alias kept for callers that think of it as "the" aria summary (the ranking chart's). */
export const ariaSummary = rankingAriaLabel;
