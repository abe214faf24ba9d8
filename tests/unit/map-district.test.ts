// District maps: the names in the data match the district boundaries shipped by echarts@4.9.0,
// one agency type at a time (never a mix), not reported ≠ low, derived values striped, and the option.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mapAriaLabel } from '../../src/charts/ariaSummary.ts';
import {
  derivedMapDecal,
  MAP_NAMES,
  MAP_SCALE,
  mapOption,
  NO_DATA_CODE,
  NOT_REPORTED_CODE,
  notReportedDecal,
} from '../../src/charts/mapOption.ts';
import { aggregateRows, districtMapData, median, resolveMapRegion } from '../../src/domain/districtMap.ts';
import { DISTRICTS_BY_REGION, MAP_REGIONS, mapDistrictName } from '../../src/domain/places.ts';
import type { RankRow } from '../../src/domain/ranking.ts';
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

  it('Shanghai: one agency type, never a mix; a district without an agency of it is not "not reported"', () => {
    // Justice bureau and district government each state the number once; the type order decides.
    const m = districtMapData(ds, 'reconsideration.accepted', {})!;
    expect(m.region).toBe('上海市');
    expect(m.shared).toBe(false);
    expect(m.type).toBe('district_gov');
    expect(m.districts).toHaveLength(16);
    const cell = (d: string) => m.districts.find((c) => c.district === d)!;
    expect(cell('长宁区')).toMatchObject({ status: 'reported', value: 930, aggregate: 'single' });
    expect(cell('长宁区').rows[0]!.observation.qualifier).toBe('more_than');
    // Baoshan's justice bureau and Pudong's zone administration are not district governments:
    // their districts are "no agency of this type", not hatched 未报告.
    expect(cell('宝山区').status).toBe('no_agency');
    expect(cell('浦东新区').status).toBe('no_agency');
    expect(m.offMap).toEqual([]);

    const j = districtMapData(ds, 'reconsideration.accepted', {}, { type: 'justice_bureau' })!;
    expect(j.districts.find((c) => c.district === '宝山区')).toMatchObject({
      status: 'reported',
      value: 932,
    });
    const f = districtMapData(ds, 'reconsideration.accepted', {}, { type: 'functional_dept' })!;
    expect(f.districts.find((c) => c.district === '闵行区')).toMatchObject({
      status: 'not_reported',
      value: null,
    });
    expect(f.districts.find((c) => c.district === '长宁区')!.status).toBe('no_agency');
  });

  it('the default type is the one with the most agencies stating the indicator; "all" is never shown', () => {
    // Court appearance: only Changning's government states it in Shanghai.
    const m = districtMapData(ds, 'litigation.head_appearance_rate', {}, { type: 'all' })!;
    expect(m.type).toBe('district_gov');
    expect(m.typeSource).toBe('default');
    expect(m.districts.filter((c) => c.status === 'not_reported')).toEqual([]);
    expect(m.types.find((t) => t.type === 'district_gov')).toEqual({
      type: 'district_gov',
      agencies: 1,
      reported: 1,
    });
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
    // Two functional departments state it (Changning), against one agency of each other type.
    expect(m.types[0]).toEqual({ type: 'functional_dept', agencies: 3, reported: 2 });
    expect(m.type).toBe('functional_dept');
    expect(m.typeSource).toBe('default');
    const cn = m.districts.find((c) => c.district === '长宁区')!;
    expect(cn.aggregate).toBe('median');
    expect(cn.value).toBe(20.5);
    expect(cn.rows.map((r) => r.agency.id).sort()).toEqual(['sh-cn-f1', 'sh-cn-f2']);
    expect(m.districts.find((c) => c.district === '宝山区')!.status).toBe('no_agency');
    // Minhang's one functional department does not state it: hatched; a third department in
    // Changning that did not state it would not unhatch or hatch Changning (two others do).
    expect(m.districts.find((c) => c.district === '闵行区')!.status).toBe('not_reported');
    expect(cn.status).toBe('reported');
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
  const m = districtMapData(ds, 'reconsideration.accepted', {}, { type: 'justice_bureau' })!;

  it('colours values on the scale, hatches grey for not reported, pale for no data, with legend entries', () => {
    const o = mapOption(m, 'zh') as Loose;
    const series = o.series[0];
    expect(series.type).toBe('map');
    expect(series.map).toBe('fazhi-shanghai');
    const item = (name: string) => series.data.find((d: Loose) => d.name === name);
    expect(item('宝山区').value).toBe(932);
    expect(item('宝山区').label.formatter).toContain('932');
    expect(item('黄浦区').value).toBe(NO_DATA_CODE);
    const f = mapOption(
      districtMapData(ds, 'reconsideration.accepted', {}, { type: 'functional_dept' })!,
      'zh',
    ) as Loose;
    const minhang = f.series[0].data.find((d: Loose) => d.name === '闵行区');
    expect(minhang.value).toBe(NOT_REPORTED_CODE);
    expect(minhang.itemStyle.decal).toEqual(notReportedDecal('light'));
    const pieces = o.visualMap.pieces;
    expect(pieces.map((p: Loose) => p.label)).toEqual(
      expect.arrayContaining(['未报告（灰色斜纹）', '无数据']),
    );
    const notReported = pieces.find((p: Loose) => p.value === NOT_REPORTED_CODE);
    expect(MAP_SCALE).not.toContain(notReported.color);
    expect(o.aria.label.description).toBe(mapAriaLabel(m, 'zh'));
    expect(o.title.text).toContain('受理行政复议案件');
  });

  it('the live map leaves the legend to the page; the image draws it beside the map, not over it', () => {
    const live = mapOption(m, 'zh') as Loose;
    expect(live.visualMap.show).toBe(false);
    expect(live.graphic).toBeUndefined();
    const image = mapOption(m, 'zh', { title: false, legend: true }) as Loose;
    expect(image.visualMap.show).toBe(true);
    expect(image.visualMap.left).toBe(8);
    // The map starts right of the legend column.
    expect(image.series[0].left).toBeGreaterThanOrEqual(200);
  });

  it('a derived value is striped on the map and in the image, with a legend entry', () => {
    const rate = districtMapData(ds, 'mediation.success_rate', {}, { type: 'justice_bureau' })!;
    const baoshan = rate.districts.find((c) => c.district === '宝山区')!;
    expect(baoshan).toMatchObject({ status: 'reported', value: 85.81, derived: true });
    const o = mapOption(rate, 'zh', { legend: true }) as Loose;
    const item = o.series[0].data.find((d: Loose) => d.name === '宝山区');
    // 85.81 % sits in the 80–90 % bin (the second, a light one: dark stripes).
    expect(item.itemStyle.decal).toEqual(derivedMapDecal(MAP_SCALE[1]!));
    expect(item.itemStyle.decal.rotation).not.toBe(notReportedDecal().rotation);
    expect(JSON.stringify(o.graphic)).toContain('推算值');
    // Changning's stated 95.6 % (district government) is not striped.
    const gov = mapOption(
      districtMapData(ds, 'mediation.success_rate', {}, { type: 'district_gov' })!,
      'zh',
    ) as Loose;
    expect(gov.series[0].data.find((d: Loose) => d.name === '长宁区').itemStyle).toBeUndefined();
    expect(JSON.stringify(mapOption(rate, 'zh', { legend: true, decal: true }))).toContain('推算值');
  });

  it('the image frame keeps the legend extras (derived swatch, scale) and moves them down with the map', async () => {
    const { framedOption } = await import('../../src/charts/exportOption.ts');
    const rate = districtMapData(ds, 'mediation.success_rate', {}, { type: 'justice_bureau' })!;
    const o = mapOption(rate, 'en', { title: false, legend: true }) as Loose;
    const framed = framedOption(o, {
      title: 'T',
      subtitle: 'S',
      footer: ['source'],
      width: 960,
      plotHeight: 520,
    }).option as Loose;
    const extras = framed.graphic.find((g: Loose) => g.id === 'map-legend-extras');
    const header = framed.visualMap.top - o.visualMap.top;
    expect(header).toBeGreaterThan(0);
    expect(extras.y).toBe(o.graphic[0].y + header);
    expect(JSON.stringify(extras)).toContain('derived value');
    expect(JSON.stringify(extras)).toContain('Fixed colour scale 80–100%');
    expect(framed.graphic.some((g: Loose) => g.style?.text === 'source')).toBe(true);
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
    expect(label).toContain('Justice bureau');
    expect(label).toContain('Baoshan District 932 cases');
    expect(label).toMatch(/1 districts have a value, 0 do not report it, 15 have no data/);
  });
});

describe('the value a map area shows', () => {
  const row = (value: number, derived = false) =>
    ({ observation: { value, derived, qualifier: 'exact' } }) as unknown as RankRow;

  it("is one agency's value, or the median of several; derived only when the median rests on a derived value", () => {
    expect(aggregateRows([])).toEqual({ value: null, aggregate: null, derived: false });
    expect(aggregateRows([row(85.81, true)])).toEqual({ value: 85.81, aggregate: 'single', derived: true });
    expect(aggregateRows([row(50, true), row(10), row(90)])).toEqual({
      value: 50,
      aggregate: 'median',
      derived: true,
    });
    expect(aggregateRows([row(10, true), row(50), row(90)])).toEqual({
      value: 50,
      aggregate: 'median',
      derived: false,
    });
    // Even count: the mean of the middle two; either of them derived makes it derived.
    expect(aggregateRows([row(10), row(40, true), row(60), row(90)])).toEqual({
      value: 50,
      aggregate: 'median',
      derived: true,
    });
  });
});

describe('responsive map', () => {
  it('narrow maps keep the value labels and drop the "not reported" ones', async () => {
    const { responsiveOption } = await import('../../src/charts/responsive.ts');
    // Shared districts (the fixture of the tests above): Minhang not reported, Changning a value.
    const ds = miniDataset({
      agencies: [...AGENCIES, { ...AGENCIES[4]!, id: 'sh-cn-f1', nameZh: '长宁区甲委', district: '长宁区' }],
      reports: [...REPORTS, { ...REPORTS[0]!, id: 'r-sh-cn-f1', agencyId: 'sh-cn-f1' }],
      observations: [
        ...OBSERVATIONS,
        {
          ...obs({ id: 'f1', report: 'r-bs', indicator: 'reconsideration.accepted', value: 10 }),
          reportId: 'r-sh-cn-f1',
          agencyId: 'sh-cn-f1',
        },
      ],
    });
    const m = districtMapData(ds, 'reconsideration.accepted', {}, { type: 'functional_dept' })!;
    const o = mapOption(m, 'zh') as Loose;
    const item = (name: string) => o.series[0].data.find((d: Loose) => d.name === name);
    expect(item('长宁区').label.show).toBe(true);
    expect(item('闵行区').label.show).toBeUndefined();
    expect(item('黄浦区').label.show).toBe(false);
    const r = responsiveOption(o) as Loose;
    expect(r.media[0].option.series[0].label.show).toBe(false);
    expect(r.media[1].option.series[0].label.show).toBe(false);
  });
});
