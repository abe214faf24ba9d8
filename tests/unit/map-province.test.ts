// The country map: region names → the provinces of china.json (echarts@4.9.0), one agency type at
// a time, each province the median of its agencies of that type, "not reported" only where none
// of them states it, regions that cannot be placed listed, and the aggregation said in words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provinceMapChartView } from '../../src/charts/chartView.ts';
import { NO_DATA_CODE, NOT_REPORTED_CODE } from '../../src/charts/mapOption.ts';
import { provinceMapCsvRows } from '../../src/charts/provinceMapCsv.ts';
import { provinceAggregationText, provinceMapOption } from '../../src/charts/provinceMapOption.ts';
import { placeName } from '../../src/domain/places.ts';
import { COUNTRY_MAP, provinceMapData, resolveMapScope } from '../../src/domain/provinceMap.ts';
import { PROVINCES, provinceMapName } from '../../src/domain/provinces.ts';
import type { Agency, Observation, Report } from '../../src/domain/types.ts';
import { AGENCIES, miniDataset, OBSERVATIONS, obs, REPORTS } from '../fixtures/miniDataset.ts';
import { ROOT } from '../shared.ts';

// biome-ignore lint/suspicious/noExplicitAny: options are plain objects; tests read them loosely.
type Loose = any;

describe('province names', () => {
  it('the table has exactly the provinces of china.json', () => {
    const file = join(ROOT, 'node_modules', 'echarts-maps-4', 'map', 'json', 'china.json');
    const geo = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { name: string } }[] };
    expect(geo.features.map((f) => f.properties.name).sort()).toEqual(PROVINCES.map((p) => p.map).sort());
  });

  it.each([
    ['上海市', '上海'],
    ['上海', '上海'],
    [' 山东省 ', '山东'],
    ['内蒙古自治区', '内蒙古'],
    ['广西壮族自治区', '广西'],
    ['广西自治区', '广西'],
    ['宁夏回族自治区', '宁夏'],
    ['新疆维吾尔自治区', '新疆'],
    ['西藏自治区', '西藏'],
    ['香港特别行政区', '香港'],
    ['黑龙江省', '黑龙江'],
    ['Shanghai', '上海'],
    ['inner mongolia', '内蒙古'],
    ['火星', null],
    ['', null],
    ['上海市浦东新区', null],
  ] as const)('provinceMapName(%j) → %s', (region, expected) => {
    expect(provinceMapName(region)).toBe(expected);
  });

  it('every region of the synthetic generator and the bundled data is placed', () => {
    for (const a of AGENCIES) expect(provinceMapName(a.region), a.region).not.toBeNull();
    for (const p of PROVINCES) expect(provinceMapName(p.zh)).toBe(p.map);
  });

  it('English names for display', () => {
    expect(placeName('广西壮族自治区', 'en')).toBe('Guangxi');
    expect(placeName('山东省', 'en')).toBe('Shandong');
    expect(placeName('山东省', 'zh')).toBe('山东省');
  });
});

/** A national set: Shandong (three justice bureaus, one silent, and a government), Guangxi (one
 * silent bureau), Shanghai's derived 85.81 %, and an agency in a region that is no province. */
function national() {
  const agency = (id: string, region: string, type: string): Agency => ({
    id,
    nameZh: id,
    nameEn: id,
    region,
    district: `${id}区`,
    type,
    origin: 'synthetic',
  });
  const extra = [
    agency('sd-j1', '山东省', 'justice_bureau'),
    agency('sd-j2', '山东省', 'justice_bureau'),
    agency('sd-j3', '山东省', 'justice_bureau'),
    agency('sd-g1', '山东省', 'district_gov'),
    agency('gx-j1', '广西壮族自治区', 'justice_bureau'),
    agency('xx-j1', '火星', 'justice_bureau'),
  ];
  const reports: Report[] = extra.map((a) => ({ ...REPORTS[2]!, id: `r-${a.id}`, agencyId: a.id }));
  const rate = (a: string, value: number): Observation => ({
    ...obs({ id: `o-${a}`, report: 'r-bs', indicator: 'mediation.success_rate', value }),
    reportId: `r-${a}`,
    agencyId: a,
  });
  return miniDataset({
    agencies: [...AGENCIES, ...extra],
    reports: [...REPORTS, ...reports],
    observations: [
      ...OBSERVATIONS,
      rate('sd-j1', 90),
      rate('sd-j2', 95),
      rate('sd-g1', 99),
      rate('xx-j1', 70),
      // Guangxi's bureau and Shandong's third state something else only.
      {
        ...obs({ id: 'o-gx', report: 'r-bs', indicator: 'mediation.accepted', value: 5 }),
        reportId: 'r-gx-j1',
        agencyId: 'gx-j1',
      },
    ],
  });
}

describe('which map', () => {
  it('district map when every agency is in Shanghai or Tianjin, else the country; the filter and address win', () => {
    expect(resolveMapScope(miniDataset(), {}, null)).toBe('上海市');
    expect(resolveMapScope(miniDataset(), {}, COUNTRY_MAP)).toBe(COUNTRY_MAP);
    const ds = national();
    expect(resolveMapScope(ds, {}, null)).toBe(COUNTRY_MAP);
    expect(resolveMapScope(ds, {}, '天津市')).toBe('天津市');
    expect(resolveMapScope(ds, { region: '上海市' }, COUNTRY_MAP)).toBe('上海市');
    expect(resolveMapScope(ds, { region: '山东省' }, null)).toBeNull();
    expect(resolveMapScope(ds, { type: 'district_gov' }, null)).toBe(COUNTRY_MAP);
  });
});

describe('provinceMapData', () => {
  const ds = national();
  const m = provinceMapData(ds, 'mediation.success_rate', {});
  const cell = (zh: string) => m.provinces.find((p) => p.province === zh)!;

  it('one type: by default the one with the most agencies stating it', () => {
    expect(m.type).toBe('justice_bureau');
    expect(m.typeSource).toBe('default');
    expect(m.provinces).toHaveLength(34);
  });

  it('median of the agencies of the type that state it; not reported only where none does; never 0', () => {
    expect(cell('山东省')).toMatchObject({
      status: 'reported',
      value: 92.5,
      aggregate: 'median',
      derived: false,
    });
    expect(cell('山东省').rows).toHaveLength(2);
    expect(cell('山东省').notReported.map((a) => a.id)).toEqual(['sd-j3']);
    expect(cell('上海市')).toMatchObject({
      status: 'reported',
      value: 85.81,
      aggregate: 'single',
      derived: true,
    });
    expect(cell('广西壮族自治区')).toMatchObject({ status: 'not_reported', value: null });
    expect(cell('北京市').status).toBe('no_agency');
    // Tianjin has only a zone administration: no justice bureau, so not "not reported".
    expect(cell('天津市').status).toBe('no_agency');
    const gov = provinceMapData(ds, 'mediation.success_rate', {}, { type: 'district_gov' });
    expect(gov.provinces.find((p) => p.province === '山东省')).toMatchObject({
      value: 99,
      aggregate: 'single',
    });
    expect(gov.provinces.find((p) => p.province === '上海市')).toMatchObject({ value: 95.6 });
  });

  it('lists the regions it cannot place', () => {
    expect(m.unplaced).toEqual([{ region: '火星', agencies: [expect.objectContaining({ id: 'xx-j1' })] }]);
    const view = provinceMapChartView(m, '', ds.meta, 'zh');
    expect(view.screenNotes.join('\n')).toContain('1 个机构的地区无法放到地图上：火星 (1)');
    expect(provinceMapChartView(m, '', ds.meta, 'en').screenNotes.join('\n')).toContain(
      '1 agency is in a region that cannot be placed on the map: 火星 (1)',
    );
  });

  it('states the aggregation beside the map, in the aria label, subtitle and image notes', () => {
    expect(provinceAggregationText(m, 'zh')).toBe('各省司法局中位数；2 个省有数值');
    expect(provinceAggregationText(m, 'en')).toBe(
      'median of justice bureaus per province; 2 provinces with values',
    );
    const zh = provinceMapChartView(m, 'N', ds.meta, 'zh');
    expect(zh.ariaLabel).toContain('全国分省地图，各省司法局中位数；2 个省有数值');
    expect(zh.ariaLabel).toContain('最高：山东省 92.5% (2 个机构的中位数)');
    expect(zh.ariaLabel).toContain('最低：上海市 85.8%');
    expect(zh.ariaLabel).toContain('颜色刻度固定为 80%–100%');
    expect(zh.subtitle).toContain('各省司法局中位数');
    expect(zh.notes[0]).toContain('各省司法局中位数');
    const en = provinceMapChartView(m, 'N', ds.meta, 'en');
    expect(en.ariaLabel).toContain('province map of China, median of justice bureaus per province');
    expect(en.ariaLabel).toContain('Shandong 92.5% (median of 2 agencies)');
    expect(en.ariaLabel).not.toMatch(/[\u4e00-\u9fff]/);
    // A median is nobody's stated number: only the single-agency province is cited.
    expect(zh.citations.map((c) => c.id)).toEqual(['bs-4']);
    expect(zh.legend.entries.map((e) => e.pattern)).toContain('derived');
  });

  it('the option: median coloured, derived striped, not reported hatched, no agency pale', () => {
    const o = provinceMapOption(m, 'zh') as Loose;
    expect(o.series[0].map).toBe('china');
    const item = (name: string) => o.series[0].data.find((d: Loose) => d.name === name);
    expect(item('山东').value).toBe(92.5);
    expect(item('山东').itemStyle).toBeUndefined();
    expect(item('上海').itemStyle.decal).toBeDefined();
    expect(item('广西').value).toBe(NOT_REPORTED_CODE);
    expect(item('广西').itemStyle.decal).toBeDefined();
    expect(item('北京').value).toBe(NO_DATA_CODE);
    expect(o.series[0].data).toHaveLength(34);
  });

  it('CSV: one row per province with the aggregation and the agencies behind it', () => {
    const rows = provinceMapCsvRows(m, 'zh');
    const sd = rows.find((r) => r[0] === '山东省')!;
    expect(sd).toContain('2 个机构的中位数（推算）');
    expect(sd[6]).toBe(92.5);
    const gx = rows.find((r) => r[0] === '广西壮族自治区')!;
    expect(gx[5]).toBe('未报告');
    expect(gx[6]).toBeNull();
    expect(rows.find((r) => r[0] === '上海市')![10]).toBe('推算');
    expect(rows).toHaveLength(35);
  });
});
