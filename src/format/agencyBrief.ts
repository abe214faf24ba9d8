// The one-page agency brief an oversight team takes into a meeting: who the agency is, where it
// stands among its peers on the core indicators, each core indicator's values by year, its flags
// with the sentences they rest on, the report's required parts and the source reports. Every
// string the brief view shows comes from here (in the interface language), so it is tested in Node.
import type { Flag } from '../domain/flags.ts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import { agencyProfile } from '../domain/profile.ts';
import { seriesByYear } from '../domain/seriesByYear.ts';
import { type Dataset, type Observation, type Origin, SECTION_IDS, type SectionId } from '../domain/types.ts';
import { formatYoy } from './change.ts';
import { type MessageKey, sectionKey, t } from './messages.ts';
import { agencyName, agencyNameLang, indicatorName } from './names.ts';
import { rankText } from './rankText.ts';
import { formatValue } from './value.ts';

/** Origins a reader must be told about (a value stated in a bundled report needs no mark). */
export type BriefMark = Exclude<Origin, 'extracted'>;
const MARKS: readonly BriefMark[] = ['derived', 'imported', 'manual', 'synthetic'];

export interface BriefValue {
  text: string;
  notReported: boolean;
  /** Origin marks in words ("推算" / "Derived"…), in MARKS order. */
  marks: string[];
}

export interface BriefTrendCell extends BriefValue {
  year: number;
  /** No report for the year (a gap of another kind than "not reported"). */
  noReport: boolean;
}

export interface BriefCoreRow {
  indicatorId: string;
  name: string;
  value: BriefValue;
  /** "2 of 5" among peers of the same type and year, or "—". */
  position: string;
  /** The change the report states ("+5%"), or null. */
  statedChange: string | null;
  trend: BriefTrendCell[];
}

export interface BriefFlag {
  severity: Flag['severity'];
  severityText: string;
  text: string;
  /** The sentence the flag rests on (Chinese report text), when it rests on a value. */
  evidence: string | null;
}

export interface BriefPart {
  section: SectionId;
  name: string;
  present: boolean;
  /** "有" / "present" or "缺" / "missing". */
  state: string;
}

export interface BriefReport {
  id: string;
  title: string;
  year: number;
  file: string;
  /** The origin mark when the report is not a bundled one ("导入" …), else null. */
  mark: string | null;
}

export interface AgencyBrief {
  agencyId: string;
  name: string;
  /** The language the name is written in (Chinese when the agency has no English name). */
  nameLang: Lang;
  facts: { label: string; value: string; lang: Lang }[];
  year: number | null;
  years: number[];
  core: BriefCoreRow[];
  flags: BriefFlag[];
  /** Flags left out to keep the brief to one page ("+3 more, see the profile"); 0 = none. */
  moreFlags: number;
  parts: BriefPart[] | null;
  reports: BriefReport[];
  /** Marks that appear in the brief, each with what it means ("推算：由…"): the legend. */
  legend: string[];
  /** Synthetic data throughout: marked once, beside the name (and in the legend). */
  synthetic: boolean;
  /** The mark beside the name when synthetic ("合成" / "Synthetic"); null otherwise. */
  syntheticMark: string | null;
}

export interface BriefOptions {
  year?: number;
  /** Most flags listed (the rest are counted); default 6, so the brief stays one A4 page. */
  maxFlags?: number;
  /** Most years in the trend columns (the latest); default 5. */
  maxYears?: number;
}

function marksOf(o: Observation | null): BriefMark[] {
  if (!o) return [];
  const marks = new Set<BriefMark>();
  if (o.derived || o.origin === 'derived') marks.add('derived');
  if (o.origin !== 'extracted' && o.origin !== 'derived') marks.add(o.origin);
  return MARKS.filter((m) => marks.has(m));
}

function markText(m: BriefMark, lang: Lang): string {
  return t(lang, `origin.${m}` as MessageKey);
}

interface MarkContext {
  lang: Lang;
  /** Marks met so far (for the legend). */
  seen: Set<BriefMark>;
  /** Every value is synthetic: the brief says so once (title and legend), not on each value. */
  allSynthetic: boolean;
}

function briefValue(o: Observation | null, ctx: MarkContext, compact = false): BriefValue {
  const marks = marksOf(o).filter((m) => !(ctx.allSynthetic && m === 'synthetic'));
  for (const m of marks) ctx.seen.add(m);
  // Trend cells leave the unit to the value column beside them; a rate keeps its "%".
  const text =
    compact && o
      ? `${formatValue(o, ctx.lang, { unit: false })}${o.unit === '%' ? '%' : ''}`
      : formatValue(o, ctx.lang);
  return { text, notReported: o === null, marks: marks.map((m) => markText(m, ctx.lang)) };
}

function flagText(flag: Flag, dataset: Dataset, byId: ReadonlyMap<string, Observation>, lang: Lang): string {
  const indicator = flag.indicatorId ? dataset.indicators.find((i) => i.id === flag.indicatorId) : undefined;
  const name = indicator ? indicatorName(indicator, lang) : (flag.indicatorId ?? '');
  const o = flag.observationId ? byId.get(flag.observationId) : undefined;
  switch (flag.kind) {
    case 'core_missing':
      return t(lang, 'flag.core_missing', { indicator: name });
    case 'rate_below_norm':
      return t(lang, 'flag.rate_below_norm', { indicator: name, value: formatValue(o, lang) });
    case 'yoy_fall':
      return t(lang, 'flag.yoy_fall', { indicator: name, change: (o && formatYoy(o, lang)) ?? '—' });
    case 'section_missing':
      return t(lang, 'flag.section_missing', {
        section: flag.section ? t(lang, sectionKey(flag.section)) : '',
      });
    case 'inconsistent':
      // The explanation (which values contradict) is on the profile; the brief names the kind.
      return `${t(lang, 'flag.kind.inconsistent')}${name ? ` · ${name}` : ''}`;
  }
}

export function agencyBrief(
  dataset: Dataset,
  agencyId: string,
  lang: Lang,
  opts: BriefOptions = {},
): AgencyBrief | null {
  const profile = agencyProfile(dataset, agencyId, opts.year === undefined ? {} : { year: opts.year });
  if (!profile) return null;
  const { agency, report } = profile;
  const reports = dataset.reports.filter((r) => r.agencyId === agencyId);
  const observations = dataset.observations.filter((o) => o.agencyId === agencyId);
  const byId = new Map(observations.map((o) => [o.id, o]));
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b).slice(-(opts.maxYears ?? 5));
  const synthetic = dataset.meta.synthetic || agency.origin === 'synthetic';
  const ctx: MarkContext = { lang, seen: new Set<BriefMark>(), allSynthetic: synthetic };
  if (synthetic) ctx.seen.add('synthetic');

  const core: BriefCoreRow[] = [];
  for (const category of profile.categories) {
    for (const e of category.entries) {
      if (!e.indicator.core) continue;
      core.push({
        indicatorId: e.indicator.id,
        name: indicatorName(e.indicator, lang),
        value: briefValue(e.observation, ctx),
        position: e.position
          ? t(lang, 'ui.peerRank', { rank: rankText(e.position.rank), of: e.position.of })
          : '—',
        statedChange: e.observation ? formatYoy(e.observation, lang) : null,
        trend: seriesByYear(reports, observations, e.indicator.id, years).map((p) => ({
          year: p.year,
          noReport: !p.hasReport,
          ...(p.hasReport
            ? briefValue(p.observation, ctx, true)
            : { text: t(lang, 'brief.noReport'), notReported: false, marks: [] }),
        })),
      });
    }
  }

  const maxFlags = opts.maxFlags ?? 6;
  const flags: BriefFlag[] = profile.flags.slice(0, maxFlags).map((f) => {
    const o = f.observationId ? byId.get(f.observationId) : undefined;
    return {
      severity: f.severity,
      severityText: t(lang, `flag.severity.${f.severity}` as MessageKey),
      text: flagText(f, dataset, byId, lang),
      evidence: o && o.evidence !== '' ? o.evidence : null,
    };
  });

  const district = agency.district ? placeName(agency.district, lang) : '—';
  const facts: AgencyBrief['facts'] = [
    { label: t(lang, 'agency.type'), value: agencyTypeName(agency.type, lang), lang },
    {
      label: t(lang, 'agency.region'),
      value: placeName(agency.region, lang),
      lang: placeLang(agency.region, lang),
    },
    {
      label: t(lang, 'agency.district'),
      value: district,
      lang: agency.district ? placeLang(agency.district, lang) : lang,
    },
    { label: t(lang, 'reports.year'), value: profile.year === null ? '—' : String(profile.year), lang },
    {
      label: t(lang, 'brief.peers'),
      value: profile.year === null ? '—' : String(profile.peers),
      lang,
    },
  ];

  return {
    agencyId,
    name: agencyName(agency, lang),
    nameLang: agencyNameLang(agency, lang),
    facts,
    year: profile.year,
    years,
    core,
    flags,
    moreFlags: Math.max(0, profile.flags.length - maxFlags),
    parts: report
      ? SECTION_IDS.map((s) => ({
          section: s,
          name: t(lang, sectionKey(s)),
          present: report.sections[s],
          state: t(lang, report.sections[s] ? 'reports.sectionPresent' : 'reports.sectionMissing'),
        }))
      : null,
    reports: [...reports]
      .sort((a, b) => b.year - a.year)
      .map((r) => ({
        id: r.id,
        title: r.title || r.file,
        year: r.year,
        file: r.file,
        mark:
          r.origin === 'extracted' || (synthetic && r.origin === 'synthetic')
            ? null
            : markText(r.origin as BriefMark, lang),
      })),
    legend: MARKS.filter((m) => ctx.seen.has(m)).map((m) =>
      t(lang, 'brief.markMeaning', {
        mark: markText(m, lang),
        meaning: t(lang, `brief.mark.${m}` as MessageKey),
      }),
    ),
    synthetic,
    syntheticMark: synthetic ? markText('synthetic', lang) : null,
  };
}

/** Places without an English name are shown in Chinese, and say so to assistive technology. */
function placeLang(zh: string, lang: Lang): Lang {
  return lang === 'en' && placeName(zh, lang) === zh ? 'zh' : lang;
}
