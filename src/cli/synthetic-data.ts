// `npm run data:synthetic [-- --out DIR --agencies N --seed N]`: writes a synthetic, national-scale
// dataset (default 3,000 agencies × 40 indicators × 2020–2024) to data/synthetic/ for load and
// performance work. It is never the default dataset: every agency, report and observation has
// origin "synthetic", every name starts with "（合成）" / "(Synthetic)", and meta.json says so.
//
// Deterministic: one fixed-seed PRNG (mulberry32) drives everything, so two runs give identical
// bytes. Realistic mixes: agencies skip years (no report rows), reports leave indicators out (no
// observation rows — "not reported" is an absent row, never 0), some values carry a qualifier
// (余/约/以上/近/不足/以下), some mediation success rates are derived from two stated counts.
import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { csvHeader, csvLine } from '../data/serializeDataset.ts';
import type { TableRecords } from '../data/tableRows.ts';
import { COUNT_PAIRS, RATE_RULES } from '../domain/consistency.ts';
import { INDICATORS } from '../domain/indicators.ts';
import { definitelyAbove, valueInterval } from '../domain/interval.ts';
import { TABLE_FILES, TABLES, type TableName } from '../domain/schema.ts';
import type { Indicator, Observation, Qualifier } from '../domain/types.ts';

export const DEFAULT_SEED = 20241231;
export const YEARS = [2020, 2021, 2022, 2023, 2024] as const;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Picks by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

// Province-level regions with a rough weight for how many districts they get.
const REGIONS: readonly (readonly [string, number])[] = [
  ['北京市', 3],
  ['天津市', 3],
  ['河北省', 6],
  ['山西省', 4],
  ['内蒙古自治区', 3],
  ['辽宁省', 4],
  ['吉林省', 3],
  ['黑龙江省', 4],
  ['上海市', 3],
  ['江苏省', 6],
  ['浙江省', 5],
  ['安徽省', 5],
  ['福建省', 4],
  ['江西省', 4],
  ['山东省', 7],
  ['河南省', 7],
  ['湖北省', 5],
  ['湖南省', 5],
  ['广东省', 7],
  ['广西壮族自治区', 4],
  ['海南省', 1],
  ['重庆市', 3],
  ['四川省', 7],
  ['贵州省', 4],
  ['云南省', 5],
  ['西藏自治区', 1],
  ['陕西省', 4],
  ['甘肃省', 3],
  ['青海省', 1],
  ['宁夏回族自治区', 1],
  ['新疆维吾尔自治区', 3],
];

const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['市场监督管理局', 'Market Regulation Bureau'],
  ['生态环境局', 'Ecology and Environment Bureau'],
  ['住房和城乡建设委员会', 'Housing and Construction Commission'],
  ['交通委员会', 'Transport Commission'],
  ['卫生健康委员会', 'Health Commission'],
  ['教育局', 'Education Bureau'],
  ['人力资源和社会保障局', 'Human Resources and Social Security Bureau'],
  ['应急管理局', 'Emergency Management Bureau'],
  ['经济委员会', 'Economic Commission'],
  ['城市管理行政执法局', 'Urban Management Enforcement Bureau'],
];

type AgencyType = 'district_gov' | 'justice_bureau' | 'functional_dept' | 'zone_admin';

interface SynAgency {
  id: string;
  nameZh: string;
  nameEn: string;
  region: string;
  district: string;
  type: AgencyType;
  /** Size factor: multiplies every count. */
  scale: number;
  /** How thorough its reports are (probability factor for reporting an indicator). */
  diligence: number;
}

/** Median yearly count for an agency of scale 1, per indicator (rates and durations use other rules). */
const BASE_COUNT: Readonly<Record<string, number>> = {
  'reconsideration.received': 420,
  'reconsideration.accepted': 360,
  'reconsideration.closed': 330,
  'litigation.cases': 180,
  'mediation.accepted': 6000,
  'mediation.resolved': 5200,
  'training.participants': 1800,
  'training.sessions': 24,
  'training.leadership_study': 8,
  'training.officers_examined': 260,
  'publicity.events': 60,
  'publicity.lectures': 25,
  'publicity.audience': 12000,
  'publicity.materials': 9000,
  'publicity.articles': 45,
  'disclosure.requests_handled': 140,
  'disclosure.proactive_items': 2400,
  'disclosure.open_days': 6,
  'review.contracts': 320,
  'review.normative_documents': 18,
  'review.fair_competition': 40,
  'review.legal_opinions': 150,
  'review.counsel_engagements': 260,
  'enforcement.case_files_reviewed': 220,
  'enforcement.certified_officers': 480,
  'legal_aid.cases': 900,
  'legal_aid.consultations': 14000,
  'accountability.units_reporting': 45,
  'hotline.cases': 52000,
  'proposals.handled': 120,
  'legislation.suggestions': 60,
};

/** Typical rate (%) and spread per rate indicator, plus how often it is exactly 100. */
const RATE: Readonly<Record<string, { mean: number; sd: number; p100: number }>> = {
  'reconsideration.correction_rate': { mean: 9, sd: 5, p100: 0 },
  'reconsideration.settlement_rate': { mean: 32, sd: 12, p100: 0 },
  'reconsideration.hearing_head_rate': { mean: 88, sd: 10, p100: 0.3 },
  'litigation.head_appearance_rate': { mean: 94, sd: 6, p100: 0.45 },
  'litigation.first_case_rate': { mean: 96, sd: 5, p100: 0.6 },
  'litigation.loss_rate': { mean: 6, sd: 4, p100: 0 },
  'mediation.success_rate': { mean: 92, sd: 5, p100: 0.05 },
  'petition.on_time_rate': { mean: 97, sd: 3, p100: 0.35 },
};

/** Which agency types talk about which indicator categories (probability multipliers). */
const RELEVANCE: Readonly<Record<AgencyType, Readonly<Record<string, number>>>> = {
  district_gov: {},
  justice_bureau: { reconsideration: 1.3, mediation: 1.4, legal_aid: 1.5, hotline: 0.4 },
  functional_dept: {
    reconsideration: 0.5,
    mediation: 0.3,
    legal_aid: 0.1,
    hotline: 0.3,
    legislation: 0.5,
    accountability: 0.4,
  },
  zone_admin: { reconsideration: 0.4, mediation: 0.6, legal_aid: 0.2, hotline: 0.5, enforcement: 0.7 },
};

const SCALE_BY_TYPE: Readonly<Record<AgencyType, number>> = {
  district_gov: 1.6,
  justice_bureau: 1,
  functional_dept: 0.35,
  zone_admin: 0.5,
};

const QUALIFIER_MIX: readonly (readonly [Qualifier, number])[] = [
  ['exact', 84],
  ['more_than', 9],
  ['about', 2.5],
  ['at_least', 2],
  ['nearly', 1.5],
  ['less_than', 0.5],
  ['at_most', 0.5],
];

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

function makeAgencies(rng: Rng, count: number): SynAgency[] {
  const agencies: SynAgency[] = [];
  let district = 0;
  while (agencies.length < count) {
    district++;
    const region = rng.weighted(REGIONS);
    const dName = `示例区${pad4(district)}`;
    const dEn = `Sample District ${pad4(district)}`;
    const dScale = Math.exp(rng.normal() * 0.6);
    const push = (type: AgencyType, zh: string, en: string) => {
      if (agencies.length >= count) return;
      agencies.push({
        id: `syn-${pad4(agencies.length + 1)}`,
        nameZh: `（合成）${dName}${zh}`,
        nameEn: `(Synthetic) ${dEn} ${en}`,
        region,
        district: dName,
        type,
        scale: dScale * SCALE_BY_TYPE[type] * Math.exp(rng.normal() * 0.35),
        diligence: 0.55 + rng.next() * 0.45,
      });
    };
    push('district_gov', '人民政府', 'Government');
    push('justice_bureau', '司法局', 'Bureau of Justice');
    const depts = rng.int(0, 3);
    const start = rng.int(0, DEPARTMENTS.length - 1);
    for (let i = 0; i < depts; i++) {
      const [zh, en] = DEPARTMENTS[(start + i) % DEPARTMENTS.length]!;
      push('functional_dept', zh, en);
    }
    if (rng.chance(0.15)) push('zone_admin', '经济开发区管理委员会', 'Development Zone Administration');
  }
  return agencies;
}

const QUAL_TEXT: Record<Qualifier, (n: string, unit: string) => string> = {
  exact: (n, u) => `${n}${u}`,
  more_than: (n, u) => `${n}余${u}`,
  at_least: (n, u) => `${n}${u}以上`,
  nearly: (n, u) => `近${n}${u}`,
  about: (n, u) => `约${n}${u}`,
  less_than: (n, u) => `不足${n}${u}`,
  at_most: (n, u) => `不超过${n}${u}`,
};

const PART_OF = new Map(COUNT_PAIRS.map((p) => [p.part, p.whole]));
const RATE_OF = new Map(RATE_RULES.map((r) => [r.rate, r]));

/** Rounds an approximate count the way reports do ("350余件", "约1.2万人次" → 12000). */
function roundApprox(v: number): number {
  if (v >= 10000) return Math.round(v / 1000) * 1000;
  if (v >= 1000) return Math.round(v / 100) * 100;
  if (v >= 100) return Math.round(v / 10) * 10;
  return Math.max(10, Math.round(v / 10) * 10);
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1).replace(/\.0$/, '');
}

export interface SyntheticOptions {
  out: string;
  agencies: number;
  seed: number;
}

export interface SyntheticSummary {
  out: string;
  agencies: number;
  reports: number;
  observations: number;
  derived: number;
  approximate: number;
  bytes: number;
}

/** Writes the four CSV files and meta.json; returns counts and total size. */
export function writeSyntheticDataset(opts: SyntheticOptions): SyntheticSummary {
  const rng = new Rng(opts.seed);
  mkdirSync(opts.out, { recursive: true });
  const files = {} as Record<TableName, number>;
  const buffers = {} as Record<TableName, string[]>;
  const flushAt = 4000;
  const tables = Object.keys(TABLES) as TableName[];
  for (const t of tables) {
    files[t] = openSync(join(opts.out, TABLE_FILES[t]), 'w');
    buffers[t] = [csvHeader(t)];
  }
  // Dataset records written by the export's serializer, line by line (the national dataset is too
  // large to hold as one text).
  const emit = <T extends TableName>(table: T, record: TableRecords[T]) => {
    const buf = buffers[table];
    buf.push(csvLine(table, record));
    if (buf.length >= flushAt) {
      writeSync(files[table], `${buf.join('\n')}\n`);
      buf.length = 0;
    }
  };

  for (const ind of INDICATORS) emit('indicators', ind);

  const agencies = makeAgencies(rng, opts.agencies);
  for (const a of agencies) {
    emit('agencies', {
      id: a.id,
      nameZh: a.nameZh,
      nameEn: a.nameEn,
      region: a.region,
      district: a.district,
      type: a.type,
      origin: 'synthetic',
    });
  }

  // Per-indicator reporting propensity: core indicators are reported far more often.
  const propensity = new Map<string, number>(
    INDICATORS.map((i) => [i.id, (i.core ? 0.62 : 0.26) * (0.8 + rng.next() * 0.4)]),
  );

  let reports = 0;
  let observations = 0;
  let derived = 0;
  let approximate = 0;
  for (const a of agencies) {
    // The agency's own level per indicator, so its years look like one agency's series.
    const level = new Map<string, number>(INDICATORS.map((i) => [i.id, Math.exp(rng.normal() * 0.5)]));
    const trend = 1 + rng.normal() * 0.08; // growth per year
    const previous = new Map<string, number>();
    for (const year of YEARS) {
      const pReport = 0.8 + 0.04 * (year - 2020); // more agencies publish in later years
      if (!rng.chance(pReport)) {
        previous.clear();
        continue;
      }
      reports++;
      const reportId = `${a.id}-${year}`;
      const sections = {
        achievements: true,
        shortcomings: rng.chance(0.9),
        first_responsible_duties: rng.chance(0.75),
        next_year_plan: rng.chance(0.93),
      };
      const title = `${a.nameZh}${year}年法治政府建设年度报告`;
      let offset = 200 + rng.int(0, 400);
      const stated = new Map<string, { id: string; value: number; qualifier: Qualifier }>();
      const pending: Observation[] = [];
      const yearFactor = trend ** (year - 2020);

      for (const ind of INDICATORS) {
        const relevance = RELEVANCE[a.type][ind.category] ?? 1;
        if (!rng.chance(Math.min(0.95, (propensity.get(ind.id) ?? 0.3) * relevance * a.diligence * 1.4))) {
          continue;
        }
        let value: number;
        let qualifier: Qualifier = 'exact';
        const rate = RATE[ind.id];
        if (ind.kind === 'rate' && rate) {
          value = rng.chance(rate.p100)
            ? 100
            : Math.min(
                99.9,
                Math.max(0.1, rate.mean + rate.sd * (rng.normal() * 0.7 + (level.get(ind.id)! - 1))),
              );
          value = Math.round(value * 10) / 10;
        } else if (ind.kind === 'duration') {
          value = Math.round((20 + rng.normal() * 8 + (year - 2020) * 2) * 10) / 10;
          value = Math.max(4, value);
        } else {
          const base = BASE_COUNT[ind.id] ?? 50;
          value = Math.max(
            1,
            Math.round(base * a.scale * level.get(ind.id)! * yearFactor * Math.exp(rng.normal() * 0.2)),
          );
          if (value >= 10) qualifier = rng.weighted(QUALIFIER_MIX);
          if (qualifier !== 'exact') {
            value = roundApprox(value);
            approximate++;
          }
        }
        // The same report must not contradict itself (consistency.ts): a part never exceeds its
        // whole, and a stated rate is its two stated counts' ratio. No extra draws: the rest of the
        // output stays as the seed fixes it.
        const whole = PART_OF.get(ind.id);
        const wholeValue = whole === undefined ? undefined : stated.get(whole);
        if (wholeValue) {
          const above = (v: number, q: Qualifier) =>
            v > wholeValue.value ||
            definitelyAbove(
              valueInterval(v, q, ind.unit),
              valueInterval(wholeValue.value, wholeValue.qualifier, ind.unit),
            );
          if (above(value, qualifier)) {
            value =
              qualifier === 'exact'
                ? Math.floor(wholeValue.value * 0.87)
                : roundApprox(wholeValue.value * 0.87);
            if (above(value, qualifier)) {
              if (qualifier !== 'exact') approximate--;
              qualifier = 'exact';
              value = Math.floor(wholeValue.value * 0.87);
            }
          }
        }
        const ratio = RATE_OF.get(ind.id);
        const num = ratio && stated.get(ratio.numerator);
        const den = ratio && stated.get(ratio.denominator);
        if (num && den && den.value > 0) {
          value = Math.round((num.value / den.value) * 1000) / 10;
          qualifier = 'exact';
        }
        const obsId = `${reportId}-${String(pending.length + 1).padStart(2, '0')}`;
        const text = QUAL_TEXT[qualifier](formatNumber(value), ind.unit);
        const lead = `${ind.nameZh}`;
        const evidence = `${lead}${text}。`;
        const evidenceStart = offset;
        const start = evidenceStart + lead.length;
        offset += evidence.length + rng.int(20, 400);
        const prev = previous.get(ind.id);
        const yoy =
          prev !== undefined && prev > 0 && ind.kind === 'count' && rng.chance(0.15)
            ? Math.round(((value - prev) / prev) * 1000) / 10
            : null;
        // Rates change by percentage points, as reports state them (提高2个百分点).
        const yoyPoints =
          prev !== undefined && ind.kind === 'rate' && rng.chance(0.15)
            ? Math.round((value - prev) * 10) / 10
            : null;
        previous.set(ind.id, value);
        stated.set(ind.id, { id: obsId, value, qualifier });
        pending.push({
          id: obsId,
          reportId,
          agencyId: a.id,
          year,
          indicator: ind.id,
          value,
          unit: ind.unit,
          qualifier,
          derived: false,
          text,
          start,
          end: start + text.length,
          evidence,
          evidenceStart,
          section: 'achievements',
          // Evaluated before the confidence below: the order of the draws fixes the output.
          scope: a.type === 'district_gov' && rng.chance(0.05) ? '全区' : null,
          yoyPct: yoy,
          yoyPoints,
          confidence: Math.round((0.85 + rng.next() * 0.15) * 100) / 100,
          origin: 'synthetic',
          inputs: [],
          originalValue: null,
          alternatives: [],
        });
      }

      // A success rate the report did not state but that follows from two stated counts: derived.
      const acc = stated.get('mediation.accepted');
      const res = stated.get('mediation.resolved');
      if (!stated.has('mediation.success_rate') && acc && res && res.value <= acc.value && rng.chance(0.7)) {
        const ind = INDICATORS.find((i) => i.id === 'mediation.success_rate') as Indicator;
        const value = Math.round((res.value / acc.value) * 1000) / 10;
        const accRow = pending.find((r) => r.id === acc.id)!;
        derived++;
        pending.push({
          id: `${reportId}-${String(pending.length + 1).padStart(2, '0')}`,
          reportId,
          agencyId: a.id,
          year,
          indicator: ind.id,
          value,
          unit: ind.unit,
          qualifier: 'exact',
          derived: true,
          text: accRow.text,
          start: accRow.start,
          end: accRow.end,
          evidence: accRow.evidence,
          evidenceStart: accRow.evidenceStart,
          section: 'achievements',
          scope: null,
          yoyPct: null,
          yoyPoints: null,
          confidence: 1,
          origin: 'synthetic',
          inputs: [res.id, acc.id],
          originalValue: null,
          alternatives: [],
        });
      }
      for (const id of previous.keys()) if (!stated.has(id)) previous.delete(id);

      emit('reports', {
        id: reportId,
        agencyId: a.id,
        file: `${reportId}.txt`,
        title,
        agencyText: a.nameZh,
        year,
        published: `${year + 1}-0${rng.int(1, 3)}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        issuer: a.type === 'district_gov' ? `${a.district}司法局` : a.nameZh,
        sections,
        chars: offset + rng.int(500, 3000),
        origin: 'synthetic',
      });
      for (const o of pending) emit('observations', o);
      observations += pending.length;
    }
  }

  let bytes = 0;
  for (const t of tables) {
    if (buffers[t].length > 0) writeSync(files[t], `${buffers[t].join('\n')}\n`);
    closeSync(files[t]);
    bytes += statSync(join(opts.out, TABLE_FILES[t])).size;
  }
  const meta = {
    source: 'synthetic',
    synthetic: true,
    extractedAt: null,
    extractorVersion: null,
    note: 'Synthetic data for load and performance testing. Not real agencies, reports or values.',
    generator: 'src/cli/synthetic-data.ts',
    seed: opts.seed,
    years: [...YEARS],
    counts: {
      indicators: INDICATORS.length,
      agencies: agencies.length,
      reports,
      observations,
      derived,
      approximate,
    },
  };
  const metaText = `${JSON.stringify(meta, null, 2)}\n`;
  writeFileSync(join(opts.out, 'meta.json'), metaText);
  bytes += Buffer.byteLength(metaText);
  return { out: opts.out, agencies: agencies.length, reports, observations, derived, approximate, bytes };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'data/synthetic' },
      agencies: { type: 'string', default: '3000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const out = resolve(values.out);
  const agencies = Number(values.agencies);
  const seed = Number(values.seed);
  if (!Number.isInteger(agencies) || agencies < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run data:synthetic -- [--out DIR] [--agencies N] [--seed N]');
    process.exit(2);
  }
  const t0 = performance.now();
  const s = writeSyntheticDataset({ out, agencies, seed });
  console.error(
    `[synthetic] ${relative(process.cwd(), out) || '.'}: ${s.agencies} agencies, ${s.reports} reports, ` +
      `${s.observations} observations (${s.derived} derived, ${s.approximate} approximate), ` +
      `${(s.bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
