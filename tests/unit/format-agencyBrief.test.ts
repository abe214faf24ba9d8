// The one-page agency brief, built from the hand-made mini dataset (tests/fixtures/miniDataset.ts):
// expected values worked out by hand from its observations and the zh/en messages.
import { describe, expect, it } from 'vitest';
import { seriesByYear } from '../../src/domain/seriesByYear.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { agencyBrief } from '../../src/format/agencyBrief.ts';
import { scopeGloss, scopeKinds } from '../../src/format/scopeGloss.ts';
import { miniDataset, OBSERVATIONS, obs, REPORTS } from '../fixtures/miniDataset.ts';

const ds = miniDataset();
const row = (b: ReturnType<typeof agencyBrief>, id: string) => b!.core.find((r) => r.indicatorId === id)!;

describe('agencyBrief', () => {
  it('names the agency in the language asked, with its type, place, year and peers', () => {
    const zh = agencyBrief(ds, 'sh-baoshan-justice', 'zh')!;
    expect(zh.name).toBe('宝山区司法局');
    expect(zh.nameLang).toBe('zh');
    expect(zh.facts.map((f) => f.value)).toEqual(['司法局', '上海市', '宝山区', '2024', '1']);
    const en = agencyBrief(ds, 'sh-baoshan-justice', 'en')!;
    expect(en.name).toBe('Baoshan District Bureau of Justice');
    expect(en.nameLang).toBe('en');
    expect(en.facts.map((f) => f.value)).toEqual([
      'Justice bureau',
      'Shanghai',
      'Baoshan District',
      '2024',
      '1',
    ]);
    expect(agencyBrief(ds, 'no-such-agency', 'zh')).toBeNull();
  });

  it('an agency without an English name is named in Chinese and says so', () => {
    const agencies = ds.agencies.map((a) => (a.id === 'sh-baoshan-justice' ? { ...a, nameEn: '' } : a));
    const b = agencyBrief(miniDataset({ agencies }), 'sh-baoshan-justice', 'en')!;
    expect(b.name).toBe('宝山区司法局');
    expect(b.nameLang).toBe('zh');
  });

  it('lists the ten core indicators: value, peer position, not reported never 0', () => {
    const b = agencyBrief(ds, 'sh-baoshan-justice', 'zh')!;
    expect(b.core).toHaveLength(10);
    expect(row(b, 'reconsideration.accepted').value).toEqual({
      text: '932 件',
      notReported: false,
      marks: [],
    });
    // Baoshan is the only justice bureau: first of one.
    expect(row(b, 'reconsideration.accepted').position).toBe('第 1 / 1');
    expect(row(b, 'reconsideration.closed').value).toEqual({ text: '未报告', notReported: true, marks: [] });
    expect(row(b, 'reconsideration.closed').position).toBe('—');
    const en = agencyBrief(ds, 'sh-baoshan-justice', 'en')!;
    expect(row(en, 'reconsideration.accepted').value.text).toBe('932 cases');
    expect(row(en, 'reconsideration.accepted').position).toBe('1 of 1');
    expect(row(en, 'reconsideration.closed').value.text).toBe('not reported');
  });

  it('marks the derived 85.81 % as derived, shown with one decimal, and explains the mark', () => {
    const zh = agencyBrief(ds, 'sh-baoshan-justice', 'zh')!;
    expect(row(zh, 'mediation.success_rate').value).toEqual({
      text: '85.8%',
      notReported: false,
      marks: ['推算'],
    });
    expect(zh.legend).toEqual(['推算：由报告中的其他数值推算，不是报告直接给出']);
    const en = agencyBrief(ds, 'sh-baoshan-justice', 'en')!;
    expect(row(en, 'mediation.success_rate').value.marks).toEqual(['Derived']);
    expect(en.legend).toEqual(['Derived: computed from other values in the report, not stated in it']);
    // A brief with only stated values needs no legend.
    expect(agencyBrief(ds, 'tj-port-bonded', 'zh')!.legend).toEqual([]);
  });

  it('marks imported and hand-corrected values wherever they appear', () => {
    const observations = OBSERVATIONS.map((o) =>
      o.id === 'bs-1'
        ? { ...o, origin: 'imported' as const }
        : o.id === 'bs-2'
          ? { ...o, origin: 'manual' as const }
          : o,
    );
    const b = agencyBrief(miniDataset({ observations }), 'sh-baoshan-justice', 'zh')!;
    expect(row(b, 'reconsideration.accepted').value.marks).toEqual(['导入']);
    expect(row(b, 'reconsideration.accepted').trend[0]!.marks).toEqual(['导入']);
    expect(row(b, 'mediation.accepted').value.marks).toEqual(['人工修正']);
    expect(b.legend.map((l) => l.split('：')[0])).toEqual(['推算', '导入', '人工修正']);
  });

  it('synthetic data is said once (beside the name and in the legend), not on every value', () => {
    const synthetic: Dataset = miniDataset({
      meta: { source: 'synthetic', synthetic: true, extractedAt: null, extractorVersion: null },
      observations: OBSERVATIONS.map((o) => ({ ...o, origin: 'synthetic' as const })),
    });
    const b = agencyBrief(synthetic, 'sh-baoshan-justice', 'en')!;
    expect(b.synthetic).toBe(true);
    expect(b.syntheticMark).toBe('Synthetic');
    expect(row(b, 'reconsideration.accepted').value.marks).toEqual([]);
    expect(b.legend).toContain('Synthetic: made-up demonstration data');
    expect(agencyBrief(ds, 'sh-baoshan-justice', 'en')!.syntheticMark).toBeNull();
  });

  it('lists the required parts present and missing, and the flags with their sentences', () => {
    const ftz = agencyBrief(ds, 'sh-ftz-bonded', 'en')!;
    expect(ftz.parts!.map((p) => [p.section, p.state])).toEqual([
      ['achievements', 'present'],
      ['shortcomings', 'missing'],
      ['first_responsible_duties', 'present'],
      ['next_year_plan', 'missing'],
    ]);
    expect(ftz.flags.map((f) => f.text)).toContain('Report lacks the part "Shortcomings and causes"');
    const zh = agencyBrief(ds, 'sh-ftz-bonded', 'zh')!;
    expect(zh.parts!.filter((p) => !p.present).map((p) => p.state)).toEqual(['缺', '缺']);
    expect(zh.flags.map((f) => f.text)).toContain('报告缺少“存在的不足和原因”部分');

    // Minhang's 95 % court appearance is below the 100 % norm: the flag carries its sentence.
    const mh = agencyBrief(ds, 'sh-minhang-economy', 'zh')!;
    const below = mh.flags.find((f) => f.text.startsWith('行政机关负责人出庭应诉率低于 100%'))!;
    expect(below.text).toBe('行政机关负责人出庭应诉率低于 100%：95%');
    expect(below.severityText).toBe('高');
    expect(below.evidence).toBe('……95%……');
  });

  it('keeps to a page: at most maxFlags flags, the rest counted', () => {
    const all = agencyBrief(ds, 'sh-ftz-bonded', 'zh', { maxFlags: 100 })!;
    expect(all.flags.length).toBeGreaterThan(2);
    const two = agencyBrief(ds, 'sh-ftz-bonded', 'zh', { maxFlags: 2 })!;
    expect(two.flags).toEqual(all.flags.slice(0, 2));
    expect(two.moreFlags).toBe(all.flags.length - 2);
  });

  it('shows each core indicator by year: a gap where a report does not give it, never 0', () => {
    const r2023 = {
      ...REPORTS.find((r) => r.id === 'r-bs')!,
      id: 'r-bs-2023',
      year: 2023,
      file: 'r-bs-2023.txt',
    };
    const o2023 = {
      ...obs({ id: 'bs-2023-1', report: 'r-bs', indicator: 'reconsideration.accepted', value: 800 }),
    };
    const dataset = miniDataset({
      reports: [...REPORTS, r2023],
      observations: [...OBSERVATIONS, { ...o2023, reportId: 'r-bs-2023', year: 2023 }],
    });
    const b = agencyBrief(dataset, 'sh-baoshan-justice', 'en')!;
    expect(b.years).toEqual([2023, 2024]);
    expect(row(b, 'reconsideration.accepted').trend.map((c) => c.text)).toEqual(['800', '932']);
    expect(row(b, 'mediation.success_rate').trend.map((c) => [c.text, c.notReported])).toEqual([
      ['not reported', true],
      ['85.8%', false],
    ]);
    // The newest report first in the source list.
    expect(b.reports.map((r) => [r.year, r.file])).toEqual([
      [2024, 'r-bs.txt'],
      [2023, 'r-bs-2023.txt'],
    ]);
    expect(agencyBrief(dataset, 'sh-baoshan-justice', 'en', { year: 2023 })!.year).toBe(2023);
  });
});

describe('seriesByYear', () => {
  it('a year without a report is not "not reported"', () => {
    const reports = REPORTS.filter((r) => r.agencyId === 'sh-baoshan-justice');
    const own = OBSERVATIONS.filter((o) => o.agencyId === 'sh-baoshan-justice');
    const points = seriesByYear(reports, own, 'reconsideration.accepted', [2023, 2024]);
    expect(points.map((p) => [p.year, p.hasReport, p.observation?.value ?? null])).toEqual([
      [2023, false, null],
      [2024, true, 932],
    ]);
    expect(seriesByYear(reports, own, 'reconsideration.closed')).toEqual([
      { year: 2024, hasReport: true, observation: null },
    ]);
  });
});

describe('scopeGloss', () => {
  it('names the kinds of scope the extractor writes, in English', () => {
    expect(scopeGloss('其中（分项）', 'en')).toBe('sub-count of the total');
    expect(scopeGloss('截至目前', 'en')).toBe('as of a date');
    expect(scopeGloss('截至6月底', 'en')).toBe('as of a date');
    expect(scopeGloss('自2024年1月1日起至2024年12月11日', 'en')).toBe('within a period');
    expect(scopeGloss('通过“一站式”工作机制', 'en')).toBe('through one mechanism only');
    expect(scopeGloss('劳动类纠纷', 'en')).toBe('one kind of case or dispute only');
    expect(scopeGloss('截至目前；通过“一站式”工作机制', 'en')).toBe(
      'as of a date; through one mechanism only',
    );
    expect(scopeGloss('截至目前', 'zh')).toBe('截至某一日期');
  });

  it('says nothing when the kind is not known', () => {
    expect(scopeGloss('国家工作人员', 'en')).toBe('');
    expect(scopeGloss(null, 'en')).toBe('');
    expect(scopeKinds('')).toEqual([]);
    expect(scopeKinds('截至目前；截至年底')).toEqual(['asOf']);
  });
});
