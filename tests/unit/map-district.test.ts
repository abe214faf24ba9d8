// District maps: the names in the data match the district boundaries shipped by echarts@4.9.0,
// one agency type at a time where types share a district, not reported ≠ low, and the option.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mapAriaLabel } from '../../src/charts/ariaSummary.ts';
import {
  binIndex,
  MAP_NAMES,
  MAP_SCALE,
  mapBins,
  mapOption,
  NO_DATA_CODE,
  NOT_REPORTED_CODE,
} from '../../src/charts/mapOption.ts';
import { districtMapData, median, resolveMapRegion } from '../../src/domain/districtMap.ts';
import { DISTRICTS_BY_REGION, MAP_REGIONS, mapDistrictName } from '../../src/domain/places.ts';
import type { Agency, Dataset } from '../../src/domain/types.ts';
import { AGENCIES, miniDataset, OBSERVATIONS, obs, REPORTS } from '../fixtures/miniDataset.ts';
import { ROOT } from '../shared.ts';

// biome-ignore lint/suspicious/noExplicitAny: options are plain objects; tests read them loosely.
type Loose = any;

const GEO_FILES: Record<string, string> = { 上海市: 'shanghai.json', 天津市: 'tianjin.json' };

function featureNames(region: string): string[] {
  const file = join(ROOT, 'node_modules', 'echarts-maps-4', 'map', 'json', 'province', GEO_FILES[region]!);
  const geo = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { name: string } }[] };
  return geo.features.map((f) => f.properties.name);
}

describe('district names', () => {
  it.each(MAP_REGIONS)('%s: the map has exactly the districts the dashboard knows', (region) => {
    expect([...featureNames(region)].sort()).toEqual([...DISTRICTS_BY_REGION[region]!].sort());
    expect(MAP_NAMES[region]).toBeDefined();
  });

  it('every district in data/agencies.csv is on its region map', () => {
    const agencies = Papa.parse<Record<string, string>>(
      readFileSync(join(ROOT, 'data', 'agencies.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(agencies.length).toBeGreaterThan(0);
    for (const a of agencies) {
      const name = mapDistrictName(a.region!, a.district!);
      expect(name, `${a.agency_id}: ${a.district}`).not.toBeNull();
      expect(featureNames(a.region!)).toContain(name);
    }
    // The three the task names.
    expect(mapDistrictName('上海市', '浦东新区')).toBe('浦东新区');
    expect(mapDistrictName('上海市', '宝山区')).toBe('宝山区');
    expect(mapDistrictName('天津市', '滨海新区')).toBe('滨海新区');
  });

  it.each([
    ['上海市', '闸北区', '静安区'],
    ['上海市', '崇明县', '崇明区'],
    ['上海市', '宝山', '宝山区'],
    ['上海市', '浦东', '浦东新区'],
    ['天津市', '塘沽区', '滨海新区'],
    ['天津市', '蓟县', '蓟州区'],
    ['天津市', '静海县', '静海区'],
    ['上海市', '滨海新区', null],
    ['北京市', '东城区', null],
    ['上海市', '', null],
  ] as const)('mapDistrictName(%s, %s) → %s', (region, name, expected) => {
    expect(mapDistrictName(region, name)).toBe(expected);
  });
});

describe('districtMapData', () => {
  const ds = miniDataset();

  it('picks the region: filter, then address, then the one with most agencies', () => {
    expect(resolveMapRegion(ds, {}, null)).toBe('上海市');
    expect(resolveMapRegion(ds, {}, '天津市')).toBe('天津市');
    expect(resolveMapRegion(ds, { region: '天津市' }, '上海市')).toBe('天津市');
    expect(resolveMapRegion(ds, { region: '北京市' }, null)).toBeNull();
    expect(districtMapData(ds, 'reconsideration.accepted', { region: '北京市' })).toBeNull();
  });

  it('Shanghai, no shared district: every type, one agency per district; not reported ≠ no data', () => {
    const m = districtMapData(ds, 'reconsideration.accepted', {})!;
    expect(m.region).toBe('上海市');
    expect(m.shared).toBe(false);
    expect(m.type).toBe('all');
    expect(m.districts).toHaveLength(16);
    const cell = (d: string) => m.districts.find((c) => c.district === d)!;
    expect(cell('宝山区')).toMatchObject({ status: 'reported', value: 932, aggregate: 'single' });
    expect(cell('长宁区').rows[0]!.observation.qualifier).toBe('more_than');
    expect(cell('闵行区')).toMatchObject({ status: 'not_reported', value: null });
    expect(cell('黄浦区')).toMatchObject({ status: 'no_agency', value: null });
    expect(m.offMap).toEqual([]);
  });

  it('Tianjin by address', () => {
    const m = districtMapData(ds, 'reconsideration.accepted', {}, { region: '天津市' })!;
    expect(m.districts.find((c) => c.district === '滨海新区')).toMatchObject({
      status: 'reported',
      value: 12,
    });
  });

  // Changning gets a justice bureau and two functional departments: types now share districts.
  const extra: Agency[] = [
    { ...AGENCIES[2]!, id: 'sh-cn-justice', nameZh: '长宁区司法局', district: '长宁区' },
    { ...AGENCIES[4]!, id: 'sh-cn-f1', nameZh: '长宁区甲委', district: '长宁区' },
    { ...AGENCIES[4]!, id: 'sh-cn-f2', nameZh: '长宁区乙委', district: '长宁区' },
  ];
  const shared: Dataset = miniDataset({
    agencies: [...AGENCIES, ...extra],
    reports: [...REPORTS, ...extra.map((a) => ({ ...REPORTS[0]!, id: `r-${a.id}`, agencyId: a.id }))],
    observations: [
      ...OBSERVATIONS,
      {
        ...obs({ id: 'f1', report: 'r-bs', indicator: 'reconsideration.accepted', value: 10 }),
        reportId: 'r-sh-cn-f1',
        agencyId: 'sh-cn-f1',
      },
      {
        ...obs({
          id: 'f2',
          report: 'r-bs',
          indicator: 'reconsideration.accepted',
          value: 31,
          qualifier: 'about',
        }),
        reportId: 'r-sh-cn-f2',
        agencyId: 'sh-cn-f2',
      },
      {
        ...obs({ id: 'j1', report: 'r-bs', indicator: 'reconsideration.accepted', value: 7 }),
        reportId: 'r-sh-cn-justice',
        agencyId: 'sh-cn-justice',
      },
    ],
  });

  it('shared districts: one type at a time, by default the type with the most agencies', () => {
    const m = districtMapData(shared, 'reconsideration.accepted', {}, { type: 'all' })!;
    expect(m.shared).toBe(true);
    expect(m.types[0]).toEqual({ type: 'functional_dept', agencies: 3 });
    expect(m.type).toBe('functional_dept');
    expect(m.typeSource).toBe('default');
    const cn = m.districts.find((c) => c.district === '长宁区')!;
    expect(cn.aggregate).toBe('median');
    expect(cn.value).toBe(20.5);
    expect(cn.rows.map((r) => r.agency.id).sort()).toEqual(['sh-cn-f1', 'sh-cn-f2']);
    expect(m.districts.find((c) => c.district === '宝山区')!.status).toBe('no_agency');
  });

  it('the address and the type filter choose the type', () => {
    const j = districtMapData(shared, 'reconsideration.accepted', {}, { type: 'justice_bureau' })!;
    expect(j).toMatchObject({ type: 'justice_bureau', typeSource: 'address' });
    expect(j.districts.find((c) => c.district === '长宁区')!.value).toBe(7);
    expect(j.districts.find((c) => c.district === '宝山区')!.value).toBe(932);
    const f = districtMapData(
      shared,
      'reconsideration.accepted',
      { type: 'district_gov' },
      { type: 'justice_bureau' },
    )!;
    expect(f).toMatchObject({ type: 'district_gov', typeSource: 'filter' });
    expect(f.districts.find((c) => c.district === '长宁区')!.value).toBe(930);
  });

  it('median', () => {
    expect(median([3])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('mapOption', () => {
  const ds = miniDataset();
  const m = districtMapData(ds, 'reconsideration.accepted', {})!;

  it('colours values on the scale, hatches grey for not reported, pale for no data, with legend entries', () => {
    const o = mapOption(m, 'zh') as Loose;
    const series = o.series[0];
    expect(series.type).toBe('map');
    expect(series.map).toBe('fazhi-shanghai');
    const item = (name: string) => series.data.find((d: Loose) => d.name === name);
    expect(item('宝山区').value).toBe(932);
    expect(item('宝山区').label.formatter).toContain('932');
    expect(item('长宁区').label.formatter).toContain('>930');
    expect(item('闵行区').value).toBe(NOT_REPORTED_CODE);
    expect(item('闵行区').itemStyle.decal).toBeDefined();
    expect(item('黄浦区').value).toBe(NO_DATA_CODE);
    const pieces = o.visualMap.pieces;
    expect(pieces.map((p: Loose) => p.label)).toEqual(
      expect.arrayContaining(['未报告（灰色斜纹）', '无数据']),
    );
    const notReported = pieces.find((p: Loose) => p.value === NOT_REPORTED_CODE);
    expect(MAP_SCALE).not.toContain(notReported.color);
    expect(o.aria.label.description).toBe(mapAriaLabel(m, 'zh'));
    expect(o.title.text).toContain('受理行政复议案件');
  });

  it('decal=1 patterns the value bins too; title off for embeds', () => {
    const o = mapOption(m, 'en', { decal: true, title: false, theme: 'dark' }) as Loose;
    expect(o.aria.decal).toBeUndefined();
    expect(o.series[0].data.find((d: Loose) => d.name === '宝山区').itemStyle.decal).toBeDefined();
    expect(o.series[0].data.find((d: Loose) => d.name === '黄浦区').itemStyle).toBeUndefined();
    expect(o.title).toBeUndefined();
  });

  it('aria label names the region, type, counts and extremes', () => {
    const label = mapAriaLabel(m, 'en');
    expect(label).toContain('Shanghai');
    expect(label).toContain('every agency type');
    expect(label).toContain('Baoshan District 932 cases');
    expect(label).toMatch(/3 districts have a value, 1 do not report it, 12 have no data/);
  });

  it('bins: one per value up to five, else five equal ranges; every value in a bin', () => {
    expect(mapBins([932, 930, 50], '件', 'zh').map((b) => b.label)).toEqual(['50 件', '930 件', '932 件']);
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100];
    const bins = mapBins(values, '%', 'en');
    expect(bins).toHaveLength(5);
    for (const v of values) expect(binIndex(bins, v), String(v)).toBeGreaterThanOrEqual(0);
    expect(binIndex(bins, 100)).toBe(4);
    expect(mapBins([], '件', 'zh')).toEqual([]);
  });
});

describe('responsive map', () => {
  it('narrow maps keep the value labels and drop the "not reported" ones', async () => {
    const { responsiveOption } = await import('../../src/charts/responsive.ts');
    const m = districtMapData(miniDataset(), 'reconsideration.accepted', {})!;
    const o = mapOption(m, 'zh') as Loose;
    const item = (name: string) => o.series[0].data.find((d: Loose) => d.name === name);
    expect(item('宝山区').label.show).toBe(true);
    expect(item('闵行区').label.show).toBeUndefined();
    expect(item('黄浦区').label.show).toBe(false);
    const r = responsiveOption(o) as Loose;
    expect(r.media[0].option.series[0].label.show).toBe(false);
    expect(r.media[1].option.series[0].label.show).toBe(false);
  });
});
