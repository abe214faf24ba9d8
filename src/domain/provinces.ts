// The provinces of the China map (map/json/china.json of echarts@4.9.0), whose features carry
// short names (上海, 内蒙古, 广西), while datasets write the full name (上海市, 内蒙古自治区,
// 广西壮族自治区). One table says both, and the English name for display.

export interface Province {
  /** Full name as datasets and the region filter write it. */
  zh: string;
  /** The feature's name in china.json. */
  map: string;
  en: string;
}

export const PROVINCES: readonly Province[] = [
  { zh: '北京市', map: '北京', en: 'Beijing' },
  { zh: '天津市', map: '天津', en: 'Tianjin' },
  { zh: '河北省', map: '河北', en: 'Hebei' },
  { zh: '山西省', map: '山西', en: 'Shanxi' },
  { zh: '内蒙古自治区', map: '内蒙古', en: 'Inner Mongolia' },
  { zh: '辽宁省', map: '辽宁', en: 'Liaoning' },
  { zh: '吉林省', map: '吉林', en: 'Jilin' },
  { zh: '黑龙江省', map: '黑龙江', en: 'Heilongjiang' },
  { zh: '上海市', map: '上海', en: 'Shanghai' },
  { zh: '江苏省', map: '江苏', en: 'Jiangsu' },
  { zh: '浙江省', map: '浙江', en: 'Zhejiang' },
  { zh: '安徽省', map: '安徽', en: 'Anhui' },
  { zh: '福建省', map: '福建', en: 'Fujian' },
  { zh: '江西省', map: '江西', en: 'Jiangxi' },
  { zh: '山东省', map: '山东', en: 'Shandong' },
  { zh: '河南省', map: '河南', en: 'Henan' },
  { zh: '湖北省', map: '湖北', en: 'Hubei' },
  { zh: '湖南省', map: '湖南', en: 'Hunan' },
  { zh: '广东省', map: '广东', en: 'Guangdong' },
  { zh: '广西壮族自治区', map: '广西', en: 'Guangxi' },
  { zh: '海南省', map: '海南', en: 'Hainan' },
  { zh: '重庆市', map: '重庆', en: 'Chongqing' },
  { zh: '四川省', map: '四川', en: 'Sichuan' },
  { zh: '贵州省', map: '贵州', en: 'Guizhou' },
  { zh: '云南省', map: '云南', en: 'Yunnan' },
  { zh: '西藏自治区', map: '西藏', en: 'Tibet' },
  { zh: '陕西省', map: '陕西', en: 'Shaanxi' },
  { zh: '甘肃省', map: '甘肃', en: 'Gansu' },
  { zh: '青海省', map: '青海', en: 'Qinghai' },
  { zh: '宁夏回族自治区', map: '宁夏', en: 'Ningxia' },
  { zh: '新疆维吾尔自治区', map: '新疆', en: 'Xinjiang' },
  { zh: '台湾省', map: '台湾', en: 'Taiwan' },
  { zh: '香港特别行政区', map: '香港', en: 'Hong Kong' },
  { zh: '澳门特别行政区', map: '澳门', en: 'Macao' },
];

const BY_NAME = new Map<string, Province>();
for (const p of PROVINCES) {
  for (const name of [p.zh, p.map, p.en.toLowerCase()]) BY_NAME.set(name, p);
}
// Other ways a dataset may write a province.
for (const [alias, map] of [
  ['内蒙古区', '内蒙古'],
  ['广西自治区', '广西'],
  ['宁夏自治区', '宁夏'],
  ['新疆自治区', '新疆'],
  ['香港', '香港'],
  ['澳门', '澳门'],
  ['macau', '澳门'],
  ['shensi', '陕西'],
  ['xizang', '西藏'],
  ['nei mongol', '内蒙古'],
  ['hongkong', '香港'],
] as const) {
  BY_NAME.set(alias, PROVINCES.find((p) => p.map === map)!);
}

/**
 * The province a region name denotes, or null when it names none: the full name (上海市), the short
 * name (上海), a suffix other than the official one (广西自治区), or the English name (any case).
 */
export function provinceOf(region: string): Province | null {
  const name = region.trim().replace(/\s+/g, ' ');
  if (name === '') return null;
  const direct = BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase());
  if (direct) return direct;
  const stem = name.replace(/(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/, '');
  return BY_NAME.get(stem) ?? null;
}

/** The china.json feature name for a region as a dataset writes it; null when it cannot be placed. */
export function provinceMapName(region: string): string | null {
  return provinceOf(region)?.map ?? null;
}

/** English names of the provinces by their full Chinese name (display only). */
export const PROVINCES_EN: Readonly<Record<string, string>> = Object.fromEntries(
  PROVINCES.map((p) => [p.zh, p.en]),
);
