import { describe, expect, it } from 'vitest';
import {
  DatasetLoadError,
  datasetLocation,
  datasetQueryOptions,
  loadDataset,
} from '../../src/data/datasetQuery.ts';
import { manualCorrection, mergeDatasets } from '../../src/data/mergeDatasets.ts';
import { serializeDatasetCsv, serializeDatasetJson } from '../../src/data/serializeDataset.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { miniDataset, obs, REPORTS } from '../fixtures/miniDataset.ts';

const ds = miniDataset();

describe('mergeDatasets', () => {
  it('later layers win by id, keep the place of replaced records and append new ones', () => {
    const renamed = { ...ds.agencies[2]!, nameEn: 'Baoshan Justice' };
    const added = { ...ds.agencies[0]!, id: 'new-agency' };
    const merged = mergeDatasets(ds, { agencies: [renamed, added] });
    expect(merged.agencies.map((a) => a.id)).toEqual([...ds.agencies.map((a) => a.id), 'new-agency']);
    expect(merged.agencies[2]!.nameEn).toBe('Baoshan Justice');
    expect(ds.agencies[2]!.nameEn).toBe('Baoshan District Bureau of Justice'); // base untouched
  });

  it('a layer that brings a report replaces that report’s observations', () => {
    const reextracted = obs({
      id: 'bs-new',
      report: 'r-bs',
      indicator: 'reconsideration.accepted',
      value: 933,
    });
    const merged = mergeDatasets(ds, { reports: [REPORTS[2]!], observations: [reextracted] });
    const baoshan = merged.observations.filter((o) => o.reportId === 'r-bs');
    expect(baoshan.map((o) => o.id)).toEqual(['bs-new']);
    expect(merged.observations).toHaveLength(ds.observations.length - 4 + 1);
  });

  it('manual edits replace one observation and remember the extracted value', () => {
    const fixed = manualCorrection(ds.observations[0]!, 933);
    expect(fixed).toMatchObject({ id: 'bs-1', value: 933, origin: 'manual', originalValue: 932 });
    expect(manualCorrection(fixed, 934).originalValue).toBe(932);
    const merged = mergeDatasets(ds, {}, { observations: [fixed] });
    expect(merged.observations.find((o) => o.id === 'bs-1')?.value).toBe(933);
    expect(merged.observations).toHaveLength(ds.observations.length);
  });

  it('is synthetic when any layer is', () => {
    expect(mergeDatasets(ds, { meta: { synthetic: true } }).meta.synthetic).toBe(true);
    expect(mergeDatasets(ds, {}).meta.synthetic).toBe(false);
  });
});

function fakeFetch(files: Record<string, string>) {
  const requested: string[] = [];
  const fn = (async (input: string | URL | Request) => {
    const url = String(input);
    requested.push(url);
    const body = files[url];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { status: 200 });
  }) as typeof fetch;
  return { fn, requested };
}

function bundle(prefix: string, withIndicators = true): Record<string, string> {
  const files = serializeDatasetCsv(ds);
  return {
    ...(withIndicators ? { [`${prefix}indicators.csv`]: files.indicators } : {}),
    [`${prefix}agencies.csv`]: files.agencies,
    [`${prefix}reports.csv`]: files.reports,
    [`${prefix}observations.csv`]: files.observations,
  };
}

describe('datasetQueryOptions / loadDataset', () => {
  it.each([
    [{ kind: 'bundled' as const }, './', './data/'],
    [{ kind: 'bundled' as const }, '/sub/path', '/sub/path/data/'],
    [{ kind: 'synthetic' as const }, './', './data/synthetic/'],
    [{ kind: 'url' as const, url: 'imports/x.json' }, './', 'imports/x.json'],
    [{ kind: 'url' as const, url: 'imports/set' }, './', 'imports/set/'],
  ])('%o at %s reads from %s', (source, base, expected) => {
    expect(datasetLocation(source, base)).toBe(expected);
  });

  it('loads the bundled files relative to the page, with meta.json', async () => {
    const { fn, requested } = fakeFetch({
      ...bundle('./data/'),
      './data/meta.json': JSON.stringify({ extractedAt: '2025-03-01', extractorVersion: '1.2.0' }),
    });
    const options = datasetQueryOptions({ kind: 'bundled' }, './', fn);
    expect(options.queryKey).toEqual(['dataset', 'bundled', './']);
    expect(options.staleTime).toBe(Number.POSITIVE_INFINITY);
    const { dataset, issues } = await options.queryFn();
    expect(issues).toEqual([]);
    expect(dataset.observations).toEqual(ds.observations);
    expect(dataset.meta).toEqual({
      source: 'bundled',
      synthetic: false,
      extractedAt: '2025-03-01',
      extractorVersion: '1.2.0',
    });
    expect(requested.every((u) => u.startsWith('./data/'))).toBe(true);
  });

  it('labels synthetic data, and falls back to the built-in catalogue without indicators.csv or meta.json', async () => {
    const { fn } = fakeFetch(bundle('./data/synthetic/', false));
    const { dataset } = await loadDataset({ kind: 'synthetic' }, './', fn);
    expect(dataset.meta).toEqual({
      source: 'synthetic',
      synthetic: true,
      extractedAt: null,
      extractorVersion: null,
    });
    expect(dataset.indicators).toEqual(INDICATORS);
    expect(dataset.agencies).toHaveLength(5);
  });

  it('reads one JSON file for a .json address', async () => {
    const { fn } = fakeFetch({ 'imports/x.json': serializeDatasetJson(ds) });
    const { dataset, issues } = await loadDataset({ kind: 'url', url: 'imports/x.json' }, './', fn);
    expect(issues).toEqual([]);
    expect(dataset.reports).toEqual(ds.reports);
    expect(dataset.meta.source).toBe('imports/x.json');
  });

  it('fails with DatasetLoadError when a required file is missing', async () => {
    const files = bundle('./data/');
    delete files['./data/observations.csv'];
    const { fn } = fakeFetch(files);
    await expect(loadDataset({ kind: 'bundled' }, './', fn)).rejects.toBeInstanceOf(DatasetLoadError);
    await expect(loadDataset({ kind: 'bundled' }, './', fn)).rejects.toMatchObject({
      url: './data/observations.csv',
      status: 404,
    });
  });
});
