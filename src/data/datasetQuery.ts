// How the dashboard loads its data, as plain query options (queryKey, queryFn, staleTime). No
// React here: the interface wraps this with TanStack Query's queryOptions/useQuery.
import { TABLE_FILES } from '../domain/schema.ts';
import type { Dataset, DatasetMeta } from '../domain/types.ts';
import { CsvTableReader } from './csvTableReader.ts';
import type { DatasetIssue } from './datasetIssue.ts';
import { assembleCsvTables, parseDatasetJson } from './parseDatasetTables.ts';
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

async function fetchResponse(
  fetchFn: typeof fetch,
  url: string,
  optional: boolean,
): Promise<Response | null> {
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
  return response;
}

async function fetchText(fetchFn: typeof fetch, url: string, optional: boolean): Promise<string | null> {
  const response = await fetchResponse(fetchFn, url, optional);
  return response ? response.text() : null;
}

const DECODE_PIECE = 1 << 16;

/**
 * Fetches one table file into a reader while it arrives, so a large file is read (on this thread,
 * between the pieces) while the rest is still downloading instead of after. The text is what
 * response.text() gives: UTF-8, a leading BOM dropped. Null when an optional file is missing.
 */
async function fetchTable(
  fetchFn: typeof fetch,
  url: string,
  optional: boolean,
  reader: CsvTableReader,
): Promise<CsvTableReader | null> {
  const response = await fetchResponse(fetchFn, url, optional);
  if (!response) return null;
  if (!response.body || typeof response.body.getReader !== 'function' || typeof TextDecoder !== 'function') {
    reader.push(await response.text());
    reader.end();
    return reader;
  }
  // A second reader of the same body that finishes only when the download has: Chromium under
  // DevTools request interception (the browser tests) reports a body read to its end as a stream
  // before the load completed as an aborted request. The copy is kept only until then.
  const completed = response
    .clone()
    .arrayBuffer()
    .catch(() => null);
  const decoder = new TextDecoder();
  // After clone() the body is one branch of the copy: read it from the response only now.
  const chunks = response.body.getReader();
  for (;;) {
    const { done, value } = await chunks.read();
    if (done) break;
    // Chromium hands over up to 2 MB at once; decoding that in smaller pieces is faster.
    for (let at = 0; at < value.length; at += DECODE_PIECE) {
      reader.push(decoder.decode(value.subarray(at, at + DECODE_PIECE), { stream: true }));
    }
  }
  reader.push(decoder.decode());
  reader.end();
  await completed;
  return reader;
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
  const [meta, ...tables] = await Promise.all([
    fetchMeta(fetchFn, location),
    // Without indicators.csv the built-in catalogue is used; the other three are required.
    ...TABLE_NAMES.map((t) =>
      fetchTable(
        fetchFn,
        `${location}${TABLE_FILES[t]}`,
        t === 'indicators',
        new CsvTableReader(t, TABLE_FILES[t]),
      ),
    ),
  ]);
  const readers = tables.filter((r): r is CsvTableReader => r !== null);
  const { dataset, errors } = assembleCsvTables(readers, {
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
