// Agency facts read from an imported report (region, district, agency type) and the agency a
// report belongs to. Guesses only pre-fill the review form: the person importing confirms them.
import { DISTRICTS_BY_REGION } from '../domain/places.ts';
import type { Agency, AgencyType, Report } from '../domain/types.ts';

export interface AgencyFacts {
  region: string;
  district: string;
  type: AgencyType;
}

const REGION_OF_DISTRICT: ReadonlyMap<string, string> = new Map(
  Object.entries(DISTRICTS_BY_REGION).flatMap(([region, districts]) => districts.map((d) => [d, region])),
);

// A province-level prefix of a name ("上海市…", "浙江省…", "广西壮族自治区…").
const REGION_PREFIX = /^([\u4e00-\u9fa5]{2,3}省|[\u4e00-\u9fa5]{2,6}自治区|北京市|上海市|天津市|重庆市)/;
// Municipalities as a report's header or title may name them, with or without 市.
const MUNICIPALITIES: readonly (readonly [string, string])[] = [
  ['上海', '上海市'],
  ['天津', '天津市'],
  ['北京', '北京市'],
  ['重庆', '重庆市'],
];
// A county-level place at the start of a name: "宝山区司法局" → 宝山区, "某某县人民政府" → 某某县.
const DISTRICT_PREFIX = /^([\u4e00-\u9fa5]{1,4}?(?:新区|区|县|旗))/;

/** The agency type a name suggests; functional_dept when nothing more specific fits. */
export function guessAgencyType(name: string): AgencyType {
  const n = agencyNameKey(name);
  if (/司法局$/.test(n)) return 'justice_bureau';
  if (/(保税|自贸|自由贸易|开发区|园区|高新区|合作区|管委会|管理委员会)/.test(n)) return 'zone_admin';
  if (/政府$/.test(name.trim()) || /^[\u4e00-\u9fa5]{1,6}(?:区|县|旗)$/.test(n)) return 'district_gov';
  return 'functional_dept';
}

function knownDistrictIn(text: string): string | null {
  let best: { d: string; at: number } | null = null;
  for (const d of REGION_OF_DISTRICT.keys()) {
    const at = text.indexOf(d);
    if (at >= 0 && (best === null || at < best.at)) best = { d, at };
  }
  return best?.d ?? null;
}

function municipalityIn(text: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const [short, full] of MUNICIPALITIES) {
    const at = text.indexOf(short);
    if (at >= 0 && (best === null || at < best.at)) best = { name: full, at };
  }
  return best?.name ?? null;
}

/**
 * Region, district and type for an agency named `name`, using the report's first lines (title,
 * header) when the name alone does not say. Unknown facts are ''.
 */
export function guessAgencyFacts(name: string, reportHead = ''): AgencyFacts {
  const head = reportHead.slice(0, 1500);
  const type = guessAgencyType(name);
  const local = name.replace(/[\s\u3000]+/g, '').replace(REGION_PREFIX, '');
  // A zone's own name ends in 区 ("保税区") without being a district.
  const fromName = knownDistrictIn(name) ?? (type === 'zone_admin' ? null : DISTRICT_PREFIX.exec(local)?.[1]);
  const district = fromName ?? knownDistrictIn(head) ?? '';
  const region =
    REGION_OF_DISTRICT.get(district) ??
    REGION_PREFIX.exec(name.trim())?.[1] ??
    municipalityIn(name) ??
    municipalityIn(head) ??
    '';
  return { region, district, type };
}

/** Short, stable, URL-safe id for an agency first seen in an imported report. */
export function agencyIdForName(name: string): string {
  // FNV-1a over UTF-16 units: deterministic, so the same name gives the same id in every import.
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `imp-${h.toString(36).padStart(7, '0')}`;
}

/** A name reduced to what identifies the agency: no spaces, no leading province, no "人民政府". */
export function agencyNameKey(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/^(?:[\u4e00-\u9fa5]{2,3}(?:省|自治区)|上海市|天津市|北京市|重庆市)(?=[\u4e00-\u9fa5]{2,})/, '')
    .replace(/(?:人民政府|政府)$/, '');
}

export interface AgencyMatchContext {
  agencies: readonly Agency[];
  reports: readonly Pick<Report, 'id' | 'agencyId' | 'agencyText'>[];
}

/**
 * The known agency an imported report belongs to, or null for a new one. In order: a known report
 * with the same id (the same file imported again), the same name (ignoring a leading province and
 * "人民政府"), a known report whose text named the agency the same way.
 */
export function matchAgency(reportId: string, agencyText: string, known: AgencyMatchContext): Agency | null {
  const byId = new Map(known.agencies.map((a) => [a.id, a]));
  const sameReport = known.reports.find((r) => r.id === reportId);
  if (sameReport && byId.has(sameReport.agencyId)) return byId.get(sameReport.agencyId)!;
  const key = agencyNameKey(agencyText);
  if (key === '') return null;
  const sameName = known.agencies.find((a) => agencyNameKey(a.nameZh) === key);
  if (sameName) return sameName;
  const sameText = known.reports.find((r) => r.agencyText !== '' && agencyNameKey(r.agencyText) === key);
  if (sameText && byId.has(sameText.agencyId)) return byId.get(sameText.agencyId)!;
  return null;
}
