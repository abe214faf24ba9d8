// The flag list an oversight team works through at national scale (10,000+ flags): filtered by
// kind and severity, searched by agency name or district, sorted, and grouped by agency, district,
// agency type or kind with counts. Pure: the coverage view renders what this returns.
import { FLAG_KINDS, type Flag, type FlagKind, type FlagSeverity } from './flags.ts';
import type { Lang } from './lang.ts';
import type { Agency, Indicator } from './types.ts';

export type FlagGroupBy = 'none' | 'agency' | 'district' | 'type' | 'kind';
export const FLAG_GROUP_BYS: readonly FlagGroupBy[] = ['none', 'agency', 'district', 'type', 'kind'];

export type FlagSort = 'severity' | 'agency' | 'indicator';
export const FLAG_SORTS: readonly FlagSort[] = ['severity', 'agency', 'indicator'];

export interface FlagQuery {
  kind: FlagKind | null;
  severity: FlagSeverity | null;
  /** Words to find in the agency's names, region or district (every word must match). */
  search: string;
  sort: FlagSort;
}

export interface FlagListContext {
  agencyById: ReadonlyMap<string, Agency>;
  indicators: readonly Pick<Indicator, 'id'>[];
  lang: Lang;
}

const SEVERITY_ORDER: Record<FlagSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Lower-cased, full-width letters and digits folded, spaces squeezed: what a search compares. */
function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function haystack(agency: Agency | undefined, agencyId: string): string {
  if (!agency) return normalizeSearch(agencyId);
  return normalizeSearch([agency.nameZh, agency.nameEn, agency.region, agency.district, agency.id].join(' '));
}

function agencyLabel(agency: Agency | undefined, fallback: string, lang: Lang): string {
  if (!agency) return fallback;
  return lang === 'en' && agency.nameEn ? agency.nameEn : agency.nameZh;
}

/** The flags the query selects, in its order. Stable: ties keep the input order. */
export function queryFlags(flags: readonly Flag[], query: FlagQuery, ctx: FlagListContext): Flag[] {
  const words = normalizeSearch(query.search);
  const cache = new Map<string, string>();
  const matches = (f: Flag): boolean => {
    if (words === '') return true;
    let text = cache.get(f.agencyId);
    if (text === undefined) {
      text = haystack(ctx.agencyById.get(f.agencyId), f.agencyId);
      cache.set(f.agencyId, text);
    }
    const t = text;
    return words.split(' ').every((w) => t.includes(w));
  };
  const shown = flags.filter(
    (f) =>
      (query.kind === null || f.kind === query.kind) &&
      (query.severity === null || f.severity === query.severity) &&
      matches(f),
  );
  const collator = new Intl.Collator(ctx.lang === 'zh' ? 'zh-Hans-CN' : 'en');
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    let n = names.get(id);
    if (n === undefined) {
      n = agencyLabel(ctx.agencyById.get(id), id, ctx.lang);
      names.set(id, n);
    }
    return n;
  };
  const indicatorOrder = new Map(ctx.indicators.map((i, n) => [i.id, n]));
  // Flags without an indicator (a missing report part) after every indicator.
  const indicatorRank = (f: Flag) =>
    f.indicatorId === undefined
      ? ctx.indicators.length
      : (indicatorOrder.get(f.indicatorId) ?? ctx.indicators.length);
  const bySeverity = (a: Flag, b: Flag) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  const byAgency = (a: Flag, b: Flag) =>
    a.agencyId === b.agencyId
      ? 0
      : collator.compare(nameOf(a.agencyId), nameOf(b.agencyId)) || (a.agencyId < b.agencyId ? -1 : 1);
  const byIndicator = (a: Flag, b: Flag) => indicatorRank(a) - indicatorRank(b);
  const order =
    query.sort === 'agency'
      ? [byAgency, bySeverity, byIndicator]
      : query.sort === 'indicator'
        ? [byIndicator, bySeverity, byAgency]
        : [bySeverity, byAgency, byIndicator];
  return shown.sort((a, b) => {
    for (const cmp of order) {
      const d = cmp(a, b);
      if (d !== 0) return d;
    }
    return 0;
  });
}

export interface FlagGroup {
  /** Agency id, district, agency type or flag kind; '' for flags whose agency lacks the field. */
  key: string;
  flags: Flag[];
  high: number;
  /** Distinct agencies in the group. */
  agencies: number;
}

function groupKey(flag: Flag, by: FlagGroupBy, ctx: FlagListContext): string {
  const agency = ctx.agencyById.get(flag.agencyId);
  switch (by) {
    case 'none':
      return '';
    case 'agency':
      return flag.agencyId;
    case 'district':
      return agency ? [agency.region, agency.district].filter((p) => p !== '').join(' ') : '';
    case 'type':
      return agency?.type ?? '';
    case 'kind':
      return flag.kind;
  }
}

/**
 * Groups of the (already queried) flags, each keeping the flags' order. Groups come largest first
 * (most high-severity flags, then most flags), so the places that need attention lead; ties in the
 * order the first flag of each group appears.
 */
export function groupFlags(flags: readonly Flag[], by: FlagGroupBy, ctx: FlagListContext): FlagGroup[] {
  const groups = new Map<string, FlagGroup & { seen: Set<string>; first: number }>();
  flags.forEach((f, n) => {
    const key = groupKey(f, by, ctx);
    let g = groups.get(key);
    if (!g) {
      g = { key, flags: [], high: 0, agencies: 0, seen: new Set(), first: n };
      groups.set(key, g);
    }
    g.flags.push(f);
    if (f.severity === 'high') g.high++;
    g.seen.add(f.agencyId);
  });
  const list = [...groups.values()];
  if (by !== 'none')
    list.sort((a, b) => b.high - a.high || b.flags.length - a.flags.length || a.first - b.first);
  return list.map(({ key, flags: members, high, seen }) => ({
    key,
    flags: members,
    high,
    agencies: seen.size,
  }));
}

/** Counts per kind and per severity of the flags a search leaves, for the filter options. */
export function flagFacetCounts(flags: readonly Flag[]): {
  kind: Record<FlagKind, number>;
  severity: Record<FlagSeverity, number>;
} {
  const kind = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
  const severity: Record<FlagSeverity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of flags) {
    kind[f.kind] = (kind[f.kind] ?? 0) + 1;
    severity[f.severity]++;
  }
  return { kind, severity };
}
