// The logic the views used to keep in src/app/lib, now in the leaves: expected values worked out
// by hand from tests/fixtures/miniDataset.ts (see the comments there for which values are which).
import { describe, expect, it } from 'vitest';
import { cellLook, peerBin } from '../../src/charts/cellLook.ts';
import { PEER_SCALE } from '../../src/charts/palette.ts';
import { rankingTableRows, valueAriaSort } from '../../src/charts/rankingTableRows.ts';
import type { CoverageCell } from '../../src/domain/coverage.ts';
import { indexDataset } from '../../src/domain/datasetIndex.ts';
import type { Flag } from '../../src/domain/flags.ts';
import { flagCounts, overviewStats } from '../../src/domain/overviewStats.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import { typeStats } from '../../src/domain/typeStats.ts';
import { groupLabel } from '../../src/format/groupLabel.ts';
import { rankText } from '../../src/format/rankText.ts';
import { AGENCIES, miniDataset } from '../fixtures/miniDataset.ts';

const ds = miniDataset();
const ids = (rows: readonly { agency: { id: string } }[]) => rows.map((r) => r.agency.id);

describe('indexDataset', () => {
  const index = indexDataset(ds);

  it('lists the filter bar choices sorted for a Chinese reader (上 shang before 天 tian; 宝 bao, 闵 min, 浦 pu, 长 read as zhang by ICU)', () => {
    expect(index.regions).toEqual(['上海市', '天津市']);
    expect(index.districtsByRegion.get('上海市')).toEqual(['宝山区', '闵行区', '浦东新区', '长宁区']);
    expect(index.districtsByRegion.get('天津市')).toEqual(['滨海新区']);
    expect(index.agencyTypes).toEqual(['district_gov', 'functional_dept', 'justice_bureau', 'zone_admin']);
    expect(index.years).toEqual([2024]);
  });

  it("finds agencies, reports and observations by id, and a report's observations", () => {
    expect(index.agencyById.get('sh-changning')?.nameEn).toBe('Changning District Government');
    expect(index.reportById.get('r-bs')?.agencyId).toBe('sh-baoshan-justice');
    expect(index.observationById.get('bs-1')?.value).toBe(932);
    expect(index.observationsByReport.get('r-bs')?.map((o) => o.id)).toContain('bs-1');
    expect(index.reportsByAgency.get('tj-port-bonded')?.map((r) => r.id)).toEqual(['r-tj']);
    expect(index.reportById.get('no-such-report')).toBeUndefined();
  });
});

describe('overviewStats and flagCounts', () => {
  it('counts agencies by region and type, most first, and reports by year', () => {
    const stats = overviewStats(ds);
    expect(stats.byRegion).toEqual([
      { key: '上海市', count: 4 },
      { key: '天津市', count: 1 },
    ]);
    expect(stats.byType[0]).toEqual({ key: 'zone_admin', count: 2 });
    expect(stats.byType.slice(1).map((r) => r.count)).toEqual([1, 1, 1]);
    expect(stats.byYear).toEqual([{ key: '2024', count: 5 }]);
    expect(stats.byDistrict.reduce((n, r) => n + r.count, 0)).toBe(5);
  });

  it('puts an agency without a district under —', () => {
    const stats = overviewStats({ agencies: [{ ...AGENCIES[0]!, district: '' }], reports: [] });
    expect(stats.byDistrict).toEqual([{ key: '—', count: 1 }]);
  });

  it('counts flags of each kind, the high ones and the distinct agencies behind them', () => {
    const flags: Flag[] = [
      { kind: 'section_missing', severity: 'high', agencyId: 'a', reportId: 'ra' },
      { kind: 'section_missing', severity: 'high', agencyId: 'a', reportId: 'ra' },
      { kind: 'core_missing', severity: 'medium', agencyId: 'b', reportId: 'rb' },
      { kind: 'core_missing', severity: 'medium', agencyId: 'c', reportId: 'rc' },
    ];
    expect(flagCounts(flags)).toEqual([
      { kind: 'section_missing', total: 2, high: 2, agencies: 1 },
      { kind: 'rate_below_norm', total: 0, high: 0, agencies: 0 },
      { kind: 'core_missing', total: 2, high: 0, agencies: 2 },
      { kind: 'yoy_fall', total: 0, high: 0, agencies: 0 },
      { kind: 'inconsistent', total: 0, high: 0, agencies: 0 },
    ]);
  });
});

describe('typeStats', () => {
  it('gives lowest, median and highest stated value per agency type (zone admins: 12 and 50 → median 31)', () => {
    const stats = typeStats(rankIndicator(ds, 'reconsideration.accepted'));
    expect(
      stats.map((s) => [s.type, s.count, s.min.observation.value, s.median, s.max.observation.value]),
    ).toEqual([
      ['district_gov', 1, 930, 930, 930],
      ['justice_bureau', 1, 932, 932, 932],
      ['zone_admin', 2, 12, 31, 50],
    ]);
    expect(stats[2]!.min.agency.id).toBe('tj-port-bonded');
  });
});

describe('rankingTableRows', () => {
  const ranking = rankIndicator(ds, 'reconsideration.accepted');

  it('keeps the ranking order best first, and the agency that did not report it last, never as 0', () => {
    const rows = rankingTableRows(ranking, { key: 'value', dir: 'desc' }, 'none', 'zh');
    expect(ids(rows)).toEqual([
      'sh-baoshan-justice',
      'sh-changning',
      'sh-ftz-bonded',
      'tj-port-bonded',
      'sh-minhang-economy',
    ]);
    expect(rows.map((r) => r.kind).at(-1)).toBe('not_reported');
  });

  it('worst first still lists the agency that did not report last', () => {
    const rows = rankingTableRows(ranking, { key: 'value', dir: 'asc' }, 'none', 'zh');
    expect(ids(rows)).toEqual([
      'tj-port-bonded',
      'sh-ftz-bonded',
      'sh-changning',
      'sh-baoshan-justice',
      'sh-minhang-economy',
    ]);
  });

  it('sorts by English name A–Z and Z–A, reported or not', () => {
    const az = rankingTableRows(ranking, { key: 'name', dir: 'asc' }, 'none', 'en');
    // Baoshan, Bonded Area…, Changning, Minhang, Tianjin
    expect(ids(az)).toEqual([
      'sh-baoshan-justice',
      'sh-ftz-bonded',
      'sh-changning',
      'sh-minhang-economy',
      'tj-port-bonded',
    ]);
    expect(ids(rankingTableRows(ranking, { key: 'name', dir: 'desc' }, 'none', 'en'))).toEqual(
      ids(az).reverse(),
    );
  });

  it('groups by region keeping the chosen order inside each group', () => {
    const rows = rankingTableRows(ranking, { key: 'value', dir: 'desc' }, 'region', 'zh');
    expect(rows.map((r) => [r.group, r.agency.id])).toEqual([
      ['上海市', 'sh-baoshan-justice'],
      ['上海市', 'sh-changning'],
      ['上海市', 'sh-ftz-bonded'],
      ['上海市', 'sh-minhang-economy'],
      ['天津市', 'tj-port-bonded'],
    ]);
  });

  it('tells assistive technology which way the numbers run (a lower-is-better indicator flips it)', () => {
    expect(valueAriaSort(ranking, { key: 'value', dir: 'desc' })).toBe('descending');
    expect(valueAriaSort(ranking, { key: 'value', dir: 'asc' })).toBe('ascending');
    expect(valueAriaSort({ ...ranking, order: 'asc' }, { key: 'value', dir: 'desc' })).toBe('ascending');
    expect(valueAriaSort(ranking, { key: 'name', dir: 'asc' })).toBe('none');
  });
});

describe('labels', () => {
  it('writes a certain position as one number and an uncertain one as a range', () => {
    expect(rankText({ from: 3, to: 3 })).toBe('3');
    expect(rankText({ from: 1, to: 2 })).toBe('1–2');
  });

  it('names the group of an agency', () => {
    const baoshan = AGENCIES[2]!;
    expect(groupLabel(baoshan, 'none', 'zh')).toBe('');
    expect(groupLabel(baoshan, 'district', 'zh')).toBe('宝山区');
    expect(groupLabel(baoshan, 'district', 'en')).toBe('Baoshan District');
    expect(groupLabel({ ...baoshan, district: '' }, 'district', 'zh')).toBe('—');
    expect(groupLabel(baoshan, 'type', 'zh')).toBe('司法局');
  });
});

describe('cellLook', () => {
  const cell = (status: CoverageCell['status'], percentile: number | null): CoverageCell => ({
    agencyId: 'a',
    indicatorId: 'i',
    status,
    observation: null,
    percentile,
    position: null,
  });

  it('bins the peer position in fifths, the best fifth including 1', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1].map(peerBin)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });

  it('never lets colour carry the status alone: a symbol for each, ※ for derived', () => {
    expect(cellLook(cell('not_reported', null))).toMatchObject({ symbol: '–', bin: null });
    expect(cellLook(cell('reported', null))).toMatchObject({ symbol: '○', bin: null });
    expect(cellLook(cell('reported', 0))).toMatchObject({ symbol: '▼', bin: 0, background: PEER_SCALE[0] });
    expect(cellLook(cell('reported', 0.5))).toMatchObject({ symbol: '●', bin: 2 });
    expect(cellLook(cell('reported', 0.95))).toMatchObject({ symbol: '▲', bin: 4, color: '#ffffff' });
    expect(cellLook(cell('derived', 0.95))).toMatchObject({ symbol: '※', bin: 4 });
  });
});
