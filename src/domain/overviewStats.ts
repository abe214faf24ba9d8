// What the overview counts: agencies by region and type, reports per year, flags by kind.
import type { Flag, FlagKind } from './flags.ts';
import { FLAG_KINDS } from './flags.ts';
import type { Dataset } from './types.ts';

export interface CountRow {
  key: string;
  count: number;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface OverviewStats {
  byRegion: CountRow[];
  byDistrict: CountRow[];
  byType: CountRow[];
  byYear: CountRow[];
}

export function overviewStats(dataset: Pick<Dataset, 'agencies' | 'reports'>): OverviewStats {
  return {
    byRegion: countBy(dataset.agencies, (a) => a.region),
    byDistrict: countBy(dataset.agencies, (a) => a.district || '—'),
    byType: countBy(dataset.agencies, (a) => a.type),
    byYear: countBy(dataset.reports, (r) => String(r.year)).sort((a, b) => b.key.localeCompare(a.key)),
  };
}

export interface FlagCount {
  kind: FlagKind;
  total: number;
  high: number;
  agencies: number;
}

export function flagCounts(flags: readonly Flag[]): FlagCount[] {
  return FLAG_KINDS.map((kind) => {
    const mine = flags.filter((f) => f.kind === kind);
    return {
      kind,
      total: mine.length,
      high: mine.filter((f) => f.severity === 'high').length,
      agencies: new Set(mine.map((f) => f.agencyId)).size,
    };
  });
}
