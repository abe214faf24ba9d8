// The whole view state lives in the URL hash, so reloading, sharing or embedding an address shows
// the same view. serializeHash writes only what differs from the defaults; parseHash never throws
// and falls back to the default for anything it does not understand.
//
//   #/                          overview
//   #/indicator/<id>            #/agency/<id>          #/reports   #/reports/<id>
//   #/agency/<id>/brief         (the one-page brief; view 'brief', also read from #/brief/<id>)
//   #/compare?agencies=a,b      #/coverage             #/import   #/import/<reportId>
//
// `lang`, `dataset` and `src` are also read from the query string before the hash (`/?lang=en#/`,
// as a README or a hand-typed address writes them); the hash wins when both are given, and the
// address is written back in the hash form only (parseLocation, mergeSearchIntoHash).
//
// Parameters (in this order when written): lang, region, district, type, year, chart, mapregion,
// maptype, sort, group, flag, severity, fq, fgroup, fsort, msort, mq, agencies, focus, page, at,
// missing, theme, decal, dataset, src, embed.
import type { Filter } from '../domain/filter.ts';
import { FLAG_GROUP_BYS, FLAG_SORTS, type FlagGroupBy, type FlagSort } from '../domain/flagList.ts';
import { FLAG_KINDS, FLAG_SEVERITIES, type FlagKind, type FlagSeverity } from '../domain/flags.ts';
import { isLang, type Lang } from '../domain/lang.ts';
import {
  defaultSortDir,
  GROUP_BYS,
  type GroupBy,
  SORT_KEYS,
  type SortDir,
  type SortKey,
  type TableSort,
} from '../domain/tableOrder.ts';

export type ViewName =
  | 'overview'
  | 'indicator'
  | 'agency'
  | 'compare'
  | 'coverage'
  | 'reports'
  | 'import'
  | 'brief';
export const VIEW_NAMES: readonly ViewName[] = [
  'overview',
  'indicator',
  'agency',
  'compare',
  'coverage',
  'reports',
  'import',
  'brief',
];

export type ChartKind = 'bar' | 'table' | 'map' | 'radar' | 'trend';
/** Chart kinds each view offers; the first is its default. Views absent here have no chart choice. */
export const CHART_KINDS: Readonly<Partial<Record<ViewName, readonly ChartKind[]>>> = {
  // trend: the indicator over the years (TrendPanel), its own kind so a year's switch never pays for it.
  indicator: ['bar', 'table', 'map', 'trend'],
  compare: ['bar', 'radar', 'table'],
};

export { GROUP_BYS, type GroupBy, SORT_KEYS, type SortDir, type SortKey } from '../domain/tableOrder.ts';
export type Theme = 'light' | 'dark';
export type DatasetKind = 'bundled' | 'synthetic' | 'url';

export interface ViewState {
  view: ViewName;
  /** indicator id, agency id or report id for the views that take one; null otherwise. */
  id: string | null;
  lang: Lang;
  filter: Filter;
  /** null for views without a chart choice; otherwise one of CHART_KINDS[view]. */
  chart: ChartKind | null;
  sort: TableSort;
  group: GroupBy;
  /** The kind of weak-area flag the coverage view lists (`flag=`); null = every kind. */
  flagKind: FlagKind | null;
  /** The severity the flag list shows (`severity=`); null = every severity. */
  flagSeverity: FlagSeverity | null;
  /** Words the flag list searches in agency names and districts (`fq=`); '' = no search. */
  flagSearch: string;
  /** How the flag list is grouped (`fgroup=`). */
  flagGroup: FlagGroupBy;
  /** How the flag list is ordered (`fsort=`). */
  flagSort: FlagSort;
  /**
   * The coverage matrix's order (`msort=<key>-<asc|desc>`; key 'name', 'coverage' or an indicator
   * id); null = the dataset's order. The view drops a key its matrix has no column for.
   */
  matrixSort: { key: string; dir: SortDir } | null;
  /** The coverage matrix's agency-name search (`mq=`); '' = every agency. */
  matrixQuery: string;
  /** Selected agencies (compare view; kept in the address on other views too). */
  agencies: string[];
  /** The user's own agency (`focus=`): highlighted in every ranking, chart and table; null = none. */
  focus: string | null;
  /** 1-based page of the view's table (`page=`); 1 = the first page. */
  page: number;
  /** The value (observation id) the report view scrolls to and highlights (`at=`); null = none. */
  at: string | null;
  /**
   * What a flag found missing from the report view's report (`missing=`): `section:<id>` or
   * `indicator:<id>`; null = nothing.
   */
  missing: string | null;
  embed: boolean;
  theme: Theme;
  /** Decal patterns on every chart (accessibility: meaning never rests on colour alone). */
  decal: boolean;
  /** The region the indicator map shows when the region filter does not name one (`mapregion=`). */
  mapRegion: string | null;
  /** The agency type the indicator map shows (`maptype=`; 'all' = every type); null = its default. */
  mapType: string | null;
  dataset: DatasetKind;
  /** Relative address of the dataset when dataset = 'url' (never absolute: no foreign requests). */
  datasetUrl: string | null;
}

export const DEFAULT_SORT: ViewState['sort'] = { key: 'value', dir: 'desc' };

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  id: null,
  lang: 'zh',
  filter: {},
  chart: null,
  sort: DEFAULT_SORT,
  group: 'none',
  flagKind: null,
  flagSeverity: null,
  flagSearch: '',
  flagGroup: 'none',
  flagSort: 'severity',
  matrixSort: null,
  matrixQuery: '',
  agencies: [],
  focus: null,
  page: 1,
  at: null,
  missing: null,
  embed: false,
  theme: 'light',
  decal: false,
  mapRegion: null,
  mapType: null,
  dataset: 'bundled',
  datasetUrl: null,
};

// review: #/import/<reportId> opens that report's review (the coverage view and profile link there).
const VIEWS_WITH_ID: ReadonlySet<ViewName> = new Set(['indicator', 'agency', 'reports', 'import', 'brief']);
/** Views that need their id; without one they fall back to the overview. */
const VIEWS_NEEDING_ID: ReadonlySet<ViewName> = new Set(['indicator', 'agency', 'brief']);

export function defaultChart(view: ViewName): ChartKind | null {
  return CHART_KINDS[view]?.[0] ?? null;
}

/** A state for a view with every other setting at its default (handy for links). */
export function viewState(
  view: ViewName,
  id: string | null = null,
  rest: Partial<ViewState> = {},
): ViewState {
  return normalize({ ...DEFAULT_VIEW_STATE, chart: defaultChart(view), ...rest, view, id });
}

// Fixed bases besides the page, so an address accepted in one place (a test, a worker) is accepted
// everywhere. Two schemes: "https:x" is relative to an https page but not to an http one.
const FIXED_BASES = [new URL('https://same-origin.invalid/site/'), new URL('http://other.invalid:8080/a/b/')];

function staysOnOrigin(url: string, base: URL): boolean {
  try {
    return base.origin !== 'null' && new URL(url, base).origin === base.origin;
  } catch {
    return false;
  }
}

/**
 * Only addresses on the page's own site: a shared link must not make the dashboard fetch from
 * another one. Same origin by construction: the address is resolved with the URL parser fetch
 * itself uses (it drops tabs and newlines and reads "\\" as "/"), once against the page and once
 * against fixed bases; all must keep their origin, so an absolute address is refused even when it
 * names this site (links stay relative and keep working under any sub-path).
 */
export function isSafeDatasetUrl(url: string, pageUrl: string | undefined = currentPage()): boolean {
  if (url.trim() === '' || !FIXED_BASES.every((base) => staysOnOrigin(url, base))) return false;
  if (pageUrl === undefined) return true;
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  return staysOnOrigin(url, page);
}

function currentPage(): string | undefined {
  // Read through globalThis: this module also runs in Node and in workers, where there is no page.
  return (globalThis as { location?: { href?: unknown } }).location?.href as string | undefined;
}

function normalize(s: ViewState): ViewState {
  const charts = CHART_KINDS[s.view];
  const chart = charts ? (s.chart !== null && charts.includes(s.chart) ? s.chart : charts[0]!) : null;
  const id = VIEWS_WITH_ID.has(s.view) && s.id !== null && s.id !== '' ? s.id : null;
  const view = VIEWS_NEEDING_ID.has(s.view) && id === null ? 'overview' : s.view;
  const datasetUrl =
    s.dataset === 'url' && s.datasetUrl !== null && isSafeDatasetUrl(s.datasetUrl) ? s.datasetUrl : null;
  const dataset = s.dataset === 'url' && datasetUrl === null ? 'bundled' : s.dataset;
  return {
    ...s,
    view,
    id: view === s.view ? id : null,
    chart: view === s.view ? chart : null,
    mapRegion: s.mapRegion === '' ? null : s.mapRegion,
    mapType: s.mapType === '' ? null : s.mapType,
    focus: s.focus === '' ? null : s.focus,
    at: s.at === '' ? null : s.at,
    missing: s.missing === '' ? null : s.missing,
    matrixSort: s.matrixSort !== null && s.matrixSort.key === '' ? null : s.matrixSort,
    page: Number.isSafeInteger(s.page) && s.page >= 1 ? s.page : 1,
    dataset,
    datasetUrl,
  };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

// encodeURIComponent throws on lone surrogates; those cannot be meant, so replace them.
function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    // The first occurrence wins, as with URLSearchParams.get().
    if (!params.has(key)) params.set(key, eq < 0 ? '' : pair.slice(eq + 1));
  }
  return params;
}

function parseYear(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= 1949 && year <= 2999 ? year : undefined;
}

function oneOf<T extends string>(values: readonly T[], raw: string | undefined, fallback: T): T {
  return raw !== undefined && (values as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

function parseSort(raw: string | undefined): ViewState['sort'] {
  if (raw === undefined) return DEFAULT_SORT;
  const [key, dir] = raw.split('-');
  if (!(SORT_KEYS as readonly (string | undefined)[]).includes(key)) return DEFAULT_SORT;
  // Words read naturally A→Z, rank 1 first, values best-first (descending) when no direction is given.
  const k = key as SortKey;
  return { key: k, dir: dir === 'asc' || dir === 'desc' ? dir : defaultSortDir(k) };
}

function parseMatrixSort(raw: string | undefined): ViewState['matrixSort'] {
  if (raw === undefined) return null;
  // Indicator ids hold dots and underscores, never '-': the direction follows the last one.
  const dash = raw.lastIndexOf('-');
  const key = dash < 0 ? raw : raw.slice(0, dash);
  const dir = dash < 0 ? '' : raw.slice(dash + 1);
  if (key === '') return null;
  return { key, dir: dir === 'asc' || dir === 'desc' ? dir : key === 'name' ? 'asc' : 'desc' };
}

function parsePage(raw: string | undefined): number {
  return raw !== undefined && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : 1;
}

export function parseHash(hash: string): ViewState {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = text.indexOf('?');
  const path = q < 0 ? text : text.slice(0, q);
  const params = parseQuery(q < 0 ? '' : text.slice(q + 1));
  const get = (key: string) => {
    const raw = params.get(key);
    return raw === undefined ? undefined : decode(raw);
  };

  const segments = path.split('/').filter((s) => s !== '');
  // #/agency/<id>/brief is the agency's brief (an id is written encoded, so a literal "/" ends it).
  const isBrief = segments[0] === 'agency' && segments.length >= 3 && segments.at(-1) === 'brief';
  const view = isBrief ? 'brief' : oneOf(VIEW_NAMES, segments[0], 'overview');
  const idSegments = isBrief ? segments.slice(1, -1) : segments.slice(1);
  const id = idSegments.length === 0 ? null : decode(idSegments.join('/'));

  const filter: Filter = {};
  for (const key of ['region', 'district', 'type'] as const) {
    const value = get(key);
    if (value !== undefined && value !== '') filter[key] = value;
  }
  const year = parseYear(get('year'));
  if (year !== undefined) filter.year = year;

  const rawAgencies = params.get('agencies');
  const agencies =
    rawAgencies === undefined || rawAgencies === ''
      ? []
      : [...new Set(rawAgencies.split(',').map(decode))].filter((a) => a !== '');

  const chart = get('chart');
  const dataset = oneOf<DatasetKind>(['bundled', 'synthetic', 'url'], get('dataset'), 'bundled');
  return normalize({
    view,
    id,
    lang: isLang(get('lang')) ? (get('lang') as Lang) : 'zh',
    filter,
    chart: (chart ?? null) as ChartKind | null,
    sort: parseSort(get('sort')),
    group: oneOf(GROUP_BYS, get('group'), 'none'),
    flagKind: (FLAG_KINDS as readonly string[]).includes(get('flag') ?? '')
      ? (get('flag') as FlagKind)
      : null,
    flagSeverity: (FLAG_SEVERITIES as readonly string[]).includes(get('severity') ?? '')
      ? (get('severity') as FlagSeverity)
      : null,
    flagSearch: get('fq') ?? '',
    flagGroup: oneOf(FLAG_GROUP_BYS, get('fgroup'), 'none'),
    flagSort: oneOf(FLAG_SORTS, get('fsort'), 'severity'),
    matrixSort: parseMatrixSort(get('msort')),
    matrixQuery: get('mq') ?? '',
    agencies,
    focus: get('focus') ?? null,
    page: parsePage(get('page')),
    at: get('at') ?? null,
    missing: get('missing') ?? null,
    embed: get('embed') === '1' || get('embed') === 'true',
    theme: oneOf<Theme>(['light', 'dark'], get('theme'), 'light'),
    decal: get('decal') === '1' || get('decal') === 'true',
    mapRegion: get('mapregion') ?? null,
    mapType: get('maptype') ?? null,
    dataset,
    datasetUrl: get('src') ?? null,
  });
}

export function serializeHash(state: ViewState): string {
  const s = normalize(state);
  let path = s.view === 'overview' ? '/' : `/${s.view === 'brief' ? 'agency' : s.view}`;
  if (s.id !== null) path += `/${encode(s.id)}`;
  if (s.view === 'brief') path += '/brief';
  const params: string[] = [];
  const add = (key: string, value: string) => params.push(`${key}=${value}`);
  if (s.lang !== 'zh') add('lang', s.lang);
  for (const key of ['region', 'district', 'type'] as const) {
    const value = s.filter[key];
    if (value !== undefined && value !== '') add(key, encode(value));
  }
  if (s.filter.year !== undefined) add('year', String(s.filter.year));
  if (s.chart !== null && s.chart !== defaultChart(s.view)) add('chart', s.chart);
  if (s.mapRegion !== null) add('mapregion', encode(s.mapRegion));
  if (s.mapType !== null) add('maptype', encode(s.mapType));
  if (s.sort.key !== DEFAULT_SORT.key || s.sort.dir !== DEFAULT_SORT.dir)
    add('sort', `${s.sort.key}-${s.sort.dir}`);
  if (s.group !== 'none') add('group', s.group);
  if (s.flagKind !== null) add('flag', s.flagKind);
  if (s.flagSeverity !== null) add('severity', s.flagSeverity);
  if (s.flagSearch !== '') add('fq', encode(s.flagSearch));
  if (s.flagGroup !== 'none') add('fgroup', s.flagGroup);
  if (s.flagSort !== 'severity') add('fsort', s.flagSort);
  if (s.matrixSort !== null) add('msort', `${encode(s.matrixSort.key)}-${s.matrixSort.dir}`);
  if (s.matrixQuery !== '') add('mq', encode(s.matrixQuery));
  // Commas stay literal between ids (as the contract writes them); a comma inside an id is encoded.
  if (s.agencies.length > 0) add('agencies', s.agencies.map(encode).join(','));
  if (s.focus !== null) add('focus', encode(s.focus));
  if (s.page !== 1) add('page', String(s.page));
  if (s.at !== null) add('at', encode(s.at));
  if (s.missing !== null) add('missing', encode(s.missing));
  if (s.theme !== 'light') add('theme', s.theme);
  if (s.decal) add('decal', '1');
  if (s.dataset !== 'bundled') add('dataset', s.dataset);
  if (s.datasetUrl !== null) add('src', encode(s.datasetUrl));
  if (s.embed) add('embed', '1');
  return `#${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** Parameters read from the query string before the hash as well (`/?lang=en#/`). */
export const SEARCH_PARAMS: readonly string[] = ['lang', 'dataset', 'src'];

function queryPairs(query: string): string[] {
  return query.split('&').filter((pair) => pair !== '');
}

function pairKey(pair: string): string {
  const eq = pair.indexOf('=');
  return decode(eq < 0 ? pair : pair.slice(0, eq));
}

/**
 * The hash with the SEARCH_PARAMS of `search` (location.search, with or without "?") appended
 * where the hash does not give them itself: the hash wins. Raw text, not normalised, so a refused
 * `src=` stays visible to refusedDatasetSource.
 */
export function mergeSearchIntoHash(search: string, hash: string): string {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = text.indexOf('?');
  const path = q < 0 ? text : text.slice(0, q);
  const hashPairs = queryPairs(q < 0 ? '' : text.slice(q + 1));
  const inHash = new Set(hashPairs.map(pairKey));
  const seen = new Set<string>();
  const extra: string[] = [];
  for (const pair of queryPairs(search.startsWith('?') ? search.slice(1) : search)) {
    const key = pairKey(pair);
    // The first occurrence wins, as in the hash.
    if (!SEARCH_PARAMS.includes(key) || inHash.has(key) || seen.has(key)) continue;
    seen.add(key);
    extra.push(pair);
  }
  if (extra.length === 0) return `#${text}`;
  return `#${path === '' ? '/' : path}?${[...hashPairs, ...extra].join('&')}`;
}

/** The query string without SEARCH_PARAMS (they move into the hash); "" or "?…". */
export function searchWithoutViewParams(search: string): string {
  const kept = queryPairs(search.startsWith('?') ? search.slice(1) : search).filter(
    (pair) => !SEARCH_PARAMS.includes(pairKey(pair)),
  );
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** The view state of a whole address: the hash, with lang/dataset/src from the query string too. */
export function parseLocation(search: string, hash: string): ViewState {
  return parseHash(mergeSearchIntoHash(search, hash));
}
