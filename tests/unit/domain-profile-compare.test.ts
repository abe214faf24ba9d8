import { describe, expect, it } from 'vitest';
import { compareAgencies } from '../../src/domain/compare.ts';
import { agencyTypeName, DISTRICTS_BY_REGION, placeName } from '../../src/domain/places.ts';
import { agencyProfile } from '../../src/domain/profile.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';

const ds = miniDataset();

describe('agencyProfile', () => {
  it('groups indicators by category in catalogue order, with status and counts', () => {
    const p = agencyProfile(ds, 'sh-baoshan-justice')!;
    expect(p.year).toBe(2024);
    expect(p.years).toEqual([2024]);
    expect(p.report?.id).toBe('r-bs');
    expect(p.peers).toBe(1);
    expect(p.reportedCount).toBe(4);
    expect(p.categories.map((c) => c.category).slice(0, 4)).toEqual([
      'reconsideration',
      'litigation',
      'mediation',
      'training',
    ]);
    const mediation = p.categories.find((c) => c.category === 'mediation')!;
    expect(mediation.entries.map((e) => [e.indicator.id, e.status, e.observation?.value ?? null])).toEqual([
      ['mediation.accepted', 'reported', 2466],
      ['mediation.resolved', 'reported', 2116],
      ['mediation.success_rate', 'derived', 85.81],
    ]);
    expect(mediation.entries[2]!.counts?.numerator.value).toBe(2116);
    expect(p.flags.filter((f) => f.kind === 'core_missing')).toHaveLength(6);
  });

  it('places an agency among its type: Tianjin Port vs the FTZ bonded area (zone_admin)', () => {
    const p = agencyProfile(ds, 'tj-port-bonded', { reportedOnly: true })!;
    expect(p.peers).toBe(2);
    const legal = p.categories
      .flatMap((c) => c.entries)
      .find((e) => e.indicator.id === 'review.legal_opinions')!;
    // 770余 vs 50余, higher is better → first of 2; two peers are too few to call one best
    // (percentile 1) and the other worst, so no percentile.
    expect(legal.position).toEqual({ rank: { from: 1, to: 1 }, of: 2, percentile: null });
    expect(p.categories.flatMap((c) => c.entries).every((e) => e.status !== 'not_reported')).toBe(true);
  });

  it('returns null for an unknown agency', () => {
    expect(agencyProfile(ds, 'nope')).toBeNull();
  });
});

describe('compareAgencies', () => {
  it('lists the indicators either agency reports, with null for not reported, and names unknown ids', () => {
    const c = compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice', 'nope', 'sh-changning']);
    expect(c.agencies.map((a) => a.id)).toEqual(['sh-changning', 'sh-baoshan-justice']);
    expect(c.unknownAgencyIds).toEqual(['nope']);
    expect(c.rows.map((r) => [r.indicator.id, ...r.values.map((v) => v?.value ?? null)])).toEqual([
      ['reconsideration.accepted', 930, 932],
      ['litigation.head_appearance_rate', 100, null],
      ['mediation.accepted', null, 2466],
      ['mediation.resolved', null, 2116],
      ['mediation.success_rate', 95.6, 85.81],
    ]);
  });
});

describe('places', () => {
  it('has the 16 districts of Shanghai and of Tianjin', () => {
    expect(DISTRICTS_BY_REGION.上海市).toHaveLength(16);
    expect(DISTRICTS_BY_REGION.天津市).toHaveLength(16);
  });
  it.each([
    ['浦东新区', 'en', 'Pudong New Area'],
    ['滨海新区', 'en', 'Binhai New Area'],
    ['上海市', 'en', 'Shanghai'],
    ['宝山区', 'zh', '宝山区'],
    ['某某区', 'en', '某某区'],
  ] as const)('%s (%s) → %s', (zh, lang, expected) => {
    expect(placeName(zh, lang)).toBe(expected);
  });
  it.each([
    ['district_gov', 'zh', '区政府'],
    ['justice_bureau', 'en', 'Justice bureau'],
    ['zone_admin', 'zh', '园区/自贸区管理机构'],
    ['other_kind', 'en', 'other_kind'],
  ] as const)('agency type %s (%s) → %s', (type, lang, expected) => {
    expect(agencyTypeName(type, lang)).toBe(expected);
  });
});

describe('categoryName', () => {
  it('names every catalogue category in both languages', async () => {
    const { INDICATORS } = await import('../../src/domain/indicators.ts');
    const { CATEGORY_NAMES, categoryName } = await import('../../src/domain/categories.ts');
    for (const i of INDICATORS) expect(CATEGORY_NAMES[i.category], i.category).toBeDefined();
    expect(categoryName('mediation', 'zh')).toBe('矛盾纠纷调解');
    expect(categoryName('mediation', 'en')).toBe('Dispute mediation');
    expect(categoryName('unknown', 'en')).toBe('unknown');
  });
});
