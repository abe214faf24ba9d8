// How the dashboard loads its data, as plain query options (queryKey, queryFn, staleTime). No
// React here: the interface wraps this with TanStack Query's queryOptions/useQuery.
import { TABLE_FILES, type TableName } from '../domain/schema.ts';
import type { Dataset, DatasetMeta } from '../domain/types.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import { parseDatasetJson, parseDatasetTables, type TableInput } from './parseDatasetTables.ts';
import { TABLE_NAMES } from './tableRows.ts';

export type DatasetSource = { kind: 'bundled' } | { kind: 'synthetic' } | { kind: 'url'; url: string };

export interface LoadedDataset {
  dataset: Dataset;
  /** Problems found in the files (rows dropped, unknown columns …), for a notice in the UI. */
  issues: DatasetIssue[];
}

export interface DatasetQueryOptions {
  queryKey: readonly ['dataset', string, string];
  queryFn: () => Promise<LoadedDataset>;
  staleTime: number;
}

export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** Where a source's files live, relative to the page (baseUrl ends with "/", e.g. "./"). */
export function datasetLocation(source: DatasetSource, baseUrl: string): string {
  const base = baseUrl === '' || baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (source.kind === 'bundled') return `${base}data/`;
  if (source.kind === 'synthetic') return `${base}data/synthetic/`;
  // A .json address is one file; anything else is a folder holding the four CSV files.
  if (/\.json(?:[?#].*)?$/i.test(source.url)) return source.url;
  return source.url.endsWith('/') ? source.url : `${source.url}/`;
}

async function fetchText(fetchFn: typeof fetch, url: string, optional: boolean): Promise<string | null> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    if (optional) return null;
    throw new DatasetLoadError(
      `could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
      url,
      null,
    );
  }
  if (!response.ok) {
    if (optional) return null;
    throw new DatasetLoadError(`could not fetch ${url}: HTTP ${response.status}`, url, response.status);
  }
  return response.text();
}

async function fetchMeta(fetchFn: typeof fetch, folder: string): Promise<Partial<DatasetMeta>> {
  const text = await fetchText(fetchFn, `${folder}meta.json`, true);
  if (text === null) return {};
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const meta: Partial<DatasetMeta> = {};
    if (typeof json.extractedAt === 'string') meta.extractedAt = json.extractedAt;
    if (typeof json.extractorVersion === 'string') meta.extractorVersion = json.extractorVersion;
    return meta;
  } catch {
    // meta.json is optional decoration; a broken one must not stop the dashboard.
    return {};
  }
}

export async function loadDataset(
  source: DatasetSource,
  baseUrl: string,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Promise<LoadedDataset> {
  const location = datasetLocation(source, baseUrl);
  const label: DatasetMeta['source'] = source.kind === 'url' ? source.url : source.kind;
  const synthetic = source.kind === 'synthetic';
  if (source.kind === 'url' && !location.endsWith('/')) {
    const text = await fetchText(fetchFn, location, false);
    const { dataset, errors } = parseDatasetJson(text!, location.split('/').pop() || location, {
      meta: { source: label, ...(synthetic ? { synthetic } : {}) },
    });
    return { dataset, issues: errors };
  }
  const [meta, ...texts] = await Promise.all([
    fetchMeta(fetchFn, location),
    // Without indicators.csv the built-in catalogue is used; the other three are required.
    ...TABLE_NAMES.map((t) => fetchText(fetchFn, `${location}${TABLE_FILES[t]}`, t === 'indicators')),
  ]);
  const inputs: TableInput[] = [];
  TABLE_NAMES.forEach((table: TableName, i) => {
    const text = texts[i];
    if (typeof text === 'string') inputs.push({ fileName: TABLE_FILES[table], table, text });
  });
  const { dataset, errors } = parseDatasetTables(inputs, {
    meta: { extractedAt: null, extractorVersion: null, ...meta, source: label, synthetic },
  });
  return { dataset, issues: errors };
}

/** Plain TanStack-compatible options; one cache entry per source and base address. */
export function datasetQueryOptions(
  source: DatasetSource,
  baseUrl: string,
  fetchFn?: typeof fetch,
): DatasetQueryOptions {
  const id = source.kind === 'url' ? source.url : source.kind;
  return {
    queryKey: ['dataset', source.kind === 'url' ? `url:${id}` : id, baseUrl] as const,
    queryFn: () => loadDataset(source, baseUrl, fetchFn),
    // Static files do not change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  };
}
