// Display names for places and agency types. Dataset values stay in Chinese (as the reports
// write them); English is only for display.
import type { Lang } from './lang.ts';
import { PROVINCES_EN } from './provinces.ts';

export const REGIONS_EN: Readonly<Record<string, string>> = {
  上海市: 'Shanghai',
  天津市: 'Tianjin',
};

export const SHANGHAI_DISTRICTS_EN: Readonly<Record<string, string>> = {
  黄浦区: 'Huangpu District',
  徐汇区: 'Xuhui District',
  长宁区: 'Changning District',
  静安区: "Jing'an District",
  普陀区: 'Putuo District',
  虹口区: 'Hongkou District',
  杨浦区: 'Yangpu District',
  闵行区: 'Minhang District',
  宝山区: 'Baoshan District',
  嘉定区: 'Jiading District',
  浦东新区: 'Pudong New Area',
  金山区: 'Jinshan District',
  松江区: 'Songjiang District',
  青浦区: 'Qingpu District',
  奉贤区: 'Fengxian District',
  崇明区: 'Chongming District',
};

export const TIANJIN_DISTRICTS_EN: Readonly<Record<string, string>> = {
  和平区: 'Heping District',
  河东区: 'Hedong District',
  河西区: 'Hexi District',
  南开区: 'Nankai District',
  河北区: 'Hebei District',
  红桥区: 'Hongqiao District',
  东丽区: 'Dongli District',
  西青区: 'Xiqing District',
  津南区: 'Jinnan District',
  北辰区: 'Beichen District',
  武清区: 'Wuqing District',
  宝坻区: 'Baodi District',
  滨海新区: 'Binhai New Area',
  宁河区: 'Ninghe District',
  静海区: 'Jinghai District',
  蓟州区: 'Jizhou District',
};

/** Districts per region, in the official order (for filters and maps). */
export const DISTRICTS_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  上海市: Object.keys(SHANGHAI_DISTRICTS_EN),
  天津市: Object.keys(TIANJIN_DISTRICTS_EN),
};

const PLACES_EN: Readonly<Record<string, string>> = {
  ...REGIONS_EN,
  ...SHANGHAI_DISTRICTS_EN,
  ...TIANJIN_DISTRICTS_EN,
};

/** A region or district name for display; unknown names are shown as written. */
export function placeName(zh: string, lang: Lang): string {
  return lang === 'en' ? (PLACES_EN[zh] ?? PROVINCES_EN[zh] ?? zh) : zh;
}

export type KnownAgencyType = 'district_gov' | 'justice_bureau' | 'functional_dept' | 'zone_admin';

export const AGENCY_TYPES: Readonly<Record<KnownAgencyType, { zh: string; en: string }>> = {
  district_gov: { zh: '区政府', en: 'District government' },
  justice_bureau: { zh: '司法局', en: 'Justice bureau' },
  functional_dept: { zh: '职能部门', en: 'Functional department' },
  zone_admin: { zh: '园区/自贸区管理机构', en: 'Zone / free-trade-zone administration' },
};

export const AGENCY_TYPE_IDS: readonly KnownAgencyType[] = Object.keys(AGENCY_TYPES) as KnownAgencyType[];

/** An agency type for display; unknown types are shown as written. */
export function agencyTypeName(type: string, lang: Lang): string {
  return (AGENCY_TYPES as Record<string, { zh: string; en: string } | undefined>)[type]?.[lang] ?? type;
}

/** Regions with a district map (boundaries from echarts@4.9.0, see README "Third-party data"). */
export const MAP_REGIONS: readonly string[] = ['上海市', '天津市'];

/**
 * Older or informal district names a report or dataset may use → the name on the map. Districts
 * merged or renamed since (闸北 into 静安 in 2015, 崇明县 → 崇明区 in 2016, the three Binhai
 * districts in 2009, the Tianjin counties in 2015–2016).
 */
export const DISTRICT_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  上海市: {
    闸北区: '静安区',
    卢湾区: '黄浦区',
    南汇区: '浦东新区',
    崇明县: '崇明区',
    浦东区: '浦东新区',
  },
  天津市: {
    塘沽区: '滨海新区',
    汉沽区: '滨海新区',
    大港区: '滨海新区',
    蓟县: '蓟州区',
    宁河县: '宁河区',
    静海县: '静海区',
    滨海区: '滨海新区',
  },
};

/**
 * The map's name for a district of a region as a dataset writes it, or null when the region has no
 * map or the name is not one of its districts. Accepts the official name, a former name, and the
 * name without its suffix (宝山 → 宝山区, 浦东 → 浦东新区).
 */
export function mapDistrictName(region: string, district: string): string | null {
  const known = DISTRICTS_BY_REGION[region];
  if (!known) return null;
  const name = district.trim();
  if (name === '') return null;
  if (known.includes(name)) return name;
  const alias = DISTRICT_ALIASES[region]?.[name];
  if (alias) return alias;
  for (const suffix of ['区', '新区']) if (known.includes(name + suffix)) return name + suffix;
  const stem = name.replace(/(新区|区|县)$/, '');
  return known.find((d) => d.replace(/(新区|区)$/, '') === stem) ?? null;
}
