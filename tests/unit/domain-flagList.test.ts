import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/datasetIndex.ts';
import { flagFacetCounts, groupFlags, queryFlags } from '../../src/domain/flagList.ts';
import type { Flag } from '../../src/domain/flags.ts';
import { weakAreaFlags } from '../../src/domain/flags.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { unneutralise } from '../../src/format/csvCell.ts';
import { flagsCsv, flagsCsvRows } from '../../src/format/flagsCsv.ts';
import { flagText } from '../../src/format/flagText.ts';
import { sectionKey, t } from '../../src/format/messages.ts';
import { AGENCIES, miniDataset, OBSERVATIONS, obs } from '../fixtures/miniDataset.ts';

const agencyById = new Map(AGENCIES.map((a) => [a.id, a]));
const ctx = { agencyById, indicators: INDICATORS, lang: 'zh' as const };
const all = { kind: null, severity: null, search: '', sort: 'severity' as const };

// Invented flags over the fixture's agencies, in an order none of the sorts gives.
const F: Flag[] = [
  {
    kind: 'yoy_fall',
    severity: 'low',
    agencyId: 'sh-changning',
    reportId: 'r-cn',
    indicatorId: 'publicity.events',
    observationId: 'x1',
  },
  {
    kind: 'core_missing',
    severity: 'medium',
    agencyId: 'sh-baoshan-justice',
    reportId: 'r-bs',
    indicatorId: 'training.sessions',
  },
  {
    kind: 'section_missing',
    severity: 'high',
    agencyId: 'tj-port-bonded',
    reportId: 'r-tj',
    section: 'shortcomings',
  },
  {
    kind: 'core_missing',
    severity: 'medium',
    agencyId: 'sh-changning',
    reportId: 'r-cn',
    indicatorId: 'reconsideration.received',
  },
  {
    kind: 'inconsistent',
    severity: 'high',
    agencyId: 'sh-baoshan-justice',
    reportId: 'r-bs',
    indicatorId: 'mediation.resolved',
    observationId: 'x2',
  },
  {
    kind: 'rate_below_norm',
    severity: 'high',
    agencyId: 'sh-minhang-economy',
    reportId: 'r-mh',
    indicatorId: 'litigation.head_appearance_rate',
    observationId: 'x3',
  },
];
const ids = (list: readonly Flag[]) => list.map((f) => F.indexOf(f));

describe('queryFlags: filter and search', () => {
  it('filters by kind and by severity, together', () => {
    expect(ids(queryFlags(F, { ...all, kind: 'core_missing' }, ctx))).toEqual([1, 3]);
    expect(ids(queryFlags(F, { ...all, severity: 'high' }, ctx)).sort()).toEqual([2, 4, 5]);
    expect(ids(queryFlags(F, { ...all, kind: 'core_missing', severity: 'high' }, ctx))).toEqual([]);
  });

  it('searches the agency name (Chinese or English), district and region; every word must match', () => {
    expect(ids(queryFlags(F, { ...all, search: '宝山' }, ctx)).sort()).toEqual([1, 4]);
    expect(ids(queryFlags(F, { ...all, search: 'changning' }, ctx)).sort()).toEqual([0, 3]);
    expect(ids(queryFlags(F, { ...all, search: '滨海新区' }, ctx))).toEqual([2]);
    expect(ids(queryFlags(F, { ...all, search: '上海市 闵行' }, ctx))).toEqual([5]);
    expect(ids(queryFlags(F, { ...all, search: '天津市 闵行' }, ctx))).toEqual([]);
    // Full-width letters and extra spaces are folded.
    expect(ids(queryFlags(F, { ...all, search: '  ＣＨＡＮＧＮＩＮＧ ' }, ctx)).sort()).toEqual([0, 3]);
  });
});

describe('queryFlags: sort', () => {
  it('severity first (high, medium, low), then agency name, then catalogue order', () => {
    // high: 宝山区司法局 (4), 闵行区经济委员会 (5), 天津港保税区 (2) by pinyin bao < min < tian
    expect(ids(queryFlags(F, all, ctx))).toEqual([4, 5, 2, 1, 3, 0]);
  });

  it('by agency (pinyin order in Chinese, alphabetical in English), then severity', () => {
    // 宝山 bao, 闵行 min, 天津 tian, 长宁 (the collator reads 长 as zhǎng)
    expect(ids(queryFlags(F, { ...all, sort: 'agency' }, ctx))).toEqual([4, 1, 5, 2, 3, 0]);
    // Baoshan, Changning, Minhang, Tianjin
    expect(ids(queryFlags(F, { ...all, sort: 'agency' }, { ...ctx, lang: 'en' }))).toEqual([
      4, 1, 3, 0, 5, 2,
    ]);
  });

  it('by indicator in catalogue order; a missing report part last', () => {
    // received (1st in catalogue), head_appearance_rate, resolved, training.sessions, publicity.events, then the part
    expect(ids(queryFlags(F, { ...all, sort: 'indicator' }, ctx))).toEqual([3, 5, 4, 1, 0, 2]);
  });
});

describe('groupFlags', () => {
  it('groups by agency with counts, most high-severity first, keeping the order inside', () => {
    const groups = groupFlags(queryFlags(F, all, ctx), 'agency', ctx);
    expect(groups.map((g) => [g.key, g.flags.length, g.high, g.agencies])).toEqual([
      ['sh-baoshan-justice', 2, 1, 1],
      ['sh-minhang-economy', 1, 1, 1],
      ['tj-port-bonded', 1, 1, 1],
      ['sh-changning', 2, 0, 1],
    ]);
    expect(ids(groups[0]!.flags)).toEqual([4, 1]);
  });

  it('groups by district (region and district), agency type and kind', () => {
    const byDistrict = groupFlags(F, 'district', ctx);
    expect(byDistrict.map((g) => g.key).sort()).toEqual(
      ['上海市 宝山区', '上海市 长宁区', '上海市 闵行区', '天津市 滨海新区'].sort(),
    );
    const byType = groupFlags(F, 'type', ctx);
    expect(Object.fromEntries(byType.map((g) => [g.key, g.flags.length]))).toEqual({
      district_gov: 2,
      justice_bureau: 2,
      zone_admin: 1,
      functional_dept: 1,
    });
    const byKind = groupFlags(F, 'kind', ctx);
    expect(byKind.find((g) => g.key === 'core_missing')).toMatchObject({ high: 0, agencies: 2 });
    expect(groupFlags(F, 'none', ctx)).toHaveLength(1);
  });

  it('counts what a search leaves per kind and severity', () => {
    const counts = flagFacetCounts(queryFlags(F, { ...all, search: '宝山' }, ctx));
    expect(counts.severity).toEqual({ high: 1, medium: 1, low: 0 });
    expect(counts.kind).toMatchObject({ core_missing: 1, inconsistent: 1, yoy_fall: 0 });
  });
});

describe('flagsCsv: the rows shown, safe for spreadsheets', () => {
  // An imported agency whose name is a formula, and an invented evidence sentence with one.
  const agencies = AGENCIES.map((a) =>
    a.id === 'sh-changning'
      ? { ...a, nameZh: '=HYPERLINK("http://x","长宁")', nameEn: '=HYPERLINK("http://x","长宁")' }
      : a,
  );
  const observations = [
    ...OBSERVATIONS,
    {
      ...obs({ id: 'cn-x', report: 'r-cn', indicator: 'publicity.events', value: 12, yoyPct: -20 }),
      evidence: '+举办普法活动12场，同比下降20%。',
    },
  ];
  const index = indexDataset(miniDataset({ agencies, observations }));
  const flags: Flag[] = [
    {
      kind: 'yoy_fall',
      severity: 'low',
      agencyId: 'sh-changning',
      reportId: 'r-cn',
      indicatorId: 'publicity.events',
      observationId: 'cn-x',
    },
    {
      kind: 'section_missing',
      severity: 'high',
      agencyId: 'tj-port-bonded',
      reportId: 'r-tj',
      section: 'shortcomings',
    },
  ];

  it('has a header and one row per flag, with report id, value id, value and evidence sentence', () => {
    const rows = flagsCsvRows(flags, index, 'zh');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('依据原文');
    const [first, second] = [rows[1]!, rows[2]!];
    expect(first).toContain('r-cn');
    expect(first).toContain('cn-x');
    expect(first).toContain('12 场');
    expect(first).toContain('+举办普法活动12场，同比下降20%。');
    expect(first).toContain('2024');
    expect(second[2]).toBe(`报告缺少“${t('zh', sectionKey('shortcomings'))}”部分`);
    expect(second[13]).toBe('');
  });

  it('neutralises formula cells (agency name, sentence) and reads back to the same text', () => {
    const text = flagsCsv(flags, index, 'en');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""长宁"")"`);
    expect(text).toContain("'+举办普法活动12场");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(unneutralise("'+举办普法活动12场")).toBe('+举办普法活动12场');
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
  });
});

describe('weakAreaFlags: the kind "inconsistent"', () => {
  it('flags a value contradicting another of its report, high severity, at the value', () => {
    const observations = [
      ...OBSERVATIONS.filter((o) => o.reportId !== 'r-bs' || !o.indicator.startsWith('mediation.')),
      obs({ id: 'bs-acc', report: 'r-bs', indicator: 'mediation.accepted', value: 10525 }),
      obs({ id: 'bs-res', report: 'r-bs', indicator: 'mediation.resolved', value: 14344 }),
    ];
    const flags = weakAreaFlags(miniDataset({ observations })).filter((f) => f.kind === 'inconsistent');
    expect(flags).toEqual([
      {
        kind: 'inconsistent',
        severity: 'high',
        agencyId: 'sh-baoshan-justice',
        reportId: 'r-bs',
        indicatorId: 'mediation.resolved',
        observationId: 'bs-res',
      },
    ]);
    expect(weakAreaFlags(miniDataset()).filter((f) => f.kind === 'inconsistent')).toEqual([]);
  });

  it('says in words which values contradict each other, qualifiers and units kept', () => {
    const observations = [
      ...OBSERVATIONS.filter((o) => o.reportId !== 'r-bs' || !o.indicator.startsWith('mediation.')),
      obs({
        id: 'bs-acc',
        report: 'r-bs',
        indicator: 'mediation.accepted',
        value: 4000,
        qualifier: 'less_than',
      }),
      obs({
        id: 'bs-res',
        report: 'r-bs',
        indicator: 'mediation.resolved',
        value: 5000,
        qualifier: 'more_than',
      }),
    ];
    const ds = miniDataset({ observations });
    const [flag] = weakAreaFlags(ds).filter((f) => f.kind === 'inconsistent');
    const index = indexDataset(ds);
    expect(flagText(flag!, index, 'zh')).toBe(
      '数值互相矛盾：调解成功 >5,000 件 多于 受理矛盾纠纷 <4,000 件，同一报告中二者不能同时成立',
    );
    expect(flagText(flag!, index, 'en')).toMatch(/^Contradictory values: .*>5,000.* is more than .*<4,000/);
  });
});
