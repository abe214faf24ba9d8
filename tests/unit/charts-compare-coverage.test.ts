// What a reader relies on in the compare chart and the coverage matrix: an absent value is said in
// words at the bar's place (never a gap that reads as 0), a lone reporter gets its value and
// "only reporter" rather than a full bar, one agency draws nothing; matrix headers are short,
// unique and carry the full name; search and sort do what they say; nobody is best or worst of two.
import { describe, expect, it } from 'vitest';
import { cellLook } from '../../src/charts/cellLook.ts';
import { compareChartView } from '../../src/charts/chartView.ts';
import {
  compareOption,
  compareRadarOption,
  compareRowCells,
  drawnShares,
  INSIDE_LABEL_SHARE,
} from '../../src/charts/compareOption.ts';
import {
  agencyMatches,
  coverageMatrixView,
  matrixSortKeys,
  sortMatrixRows,
} from '../../src/charts/coverageMatrixView.ts';
import { coverageOption } from '../../src/charts/coverageOption.ts';
import { compareAgencies } from '../../src/domain/compare.ts';
import { coverageMatrix } from '../../src/domain/coverage.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { MIN_PEERS, rankPercentile, tooFewPeers } from '../../src/domain/peers.ts';
import { agencyProfile } from '../../src/domain/profile.ts';
import type { Report } from '../../src/domain/types.ts';
import { INDICATOR_SHORT_NAMES, indicatorShortName } from '../../src/format/indicatorShortName.ts';
import { peerRankText } from '../../src/format/rankText.ts';
import { AGENCIES, miniDataset, OBSERVATIONS, obs, REPORTS } from '../fixtures/miniDataset.ts';

// biome-ignore lint/suspicious/noExplicitAny: options are plain objects; tests read them loosely.
type Loose = any;

const ds = miniDataset();
const reportById = new Map<string, Report>(REPORTS.map((r) => [r.id, r]));
const meta = { extractedAt: '2025-01-01' };
// Rows of the mini dataset for Changning + Baoshan (in catalogue order): reconsideration.accepted
// (both: >930 and 932), court appearance (Changning 100 % only), mediation accepted and resolved
// (Baoshan 2,466 and 2,116 only), mediation success rate (both: 95.6 % and 85.81 % derived).
const pair = compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice']);

describe('compare chart: absent values, lone reporters, one agency', () => {
  it('classifies each cell: a bar where two or more report, the value alone for a lone reporter, absent otherwise', () => {
    const a = obs({ id: 'a', report: 'r-cn', indicator: 'publicity.events', value: 40 });
    const b = obs({ id: 'b', report: 'r-bs', indicator: 'publicity.events', value: 10 });
    expect(compareRowCells([a, b, null])).toEqual([
      { kind: 'bar', observation: a, share: 100 },
      { kind: 'bar', observation: b, share: 25 },
      { kind: 'absent' },
    ]);
    expect(compareRowCells([null, b])).toEqual([{ kind: 'absent' }, { kind: 'only', observation: b }]);
    // Nothing is drawn for a lone reporter or an absence: no share at all, not 100 or 0.
    expect(drawnShares([null, b])).toEqual([null, null]);
    expect(drawnShares([a, b])).toEqual([100, 25]);
  });

  it.each([
    ['zh', '未报告', '100%（仅此一家报告，不画条）', '2,466 件（仅此一家报告，不画条）'],
    ['en', 'not reported', '100% (only reporter, no bar)', '2,466 cases (only reporter, no bar)'],
  ] as const)(
    'labels the place of an absent bar and a lone reporter in words (%s)',
    (lang, absent, onlyCn, onlyBs) => {
      const o: Loose = compareOption(pair, lang);
      const [changning, baoshan] = o.series;
      // Row 1: court appearance — Changning alone; Baoshan absent.
      expect(changning.data[1].label.formatter).toBe(onlyCn);
      expect(baoshan.data[1].label).toMatchObject({ show: true, formatter: absent });
      // Row 2: disputes taken into mediation — Baoshan alone.
      expect(baoshan.data[2].label.formatter).toBe(onlyBs);
      expect(changning.data[2].label.formatter).toBe(absent);
      // Neither a lone reporter nor an absence draws anything: zero length and no colour.
      for (const item of [changning.data[1], baoshan.data[1], baoshan.data[2], changning.data[2]]) {
        expect(item.value).toBe(0);
        expect(item.itemStyle.color).toBe('transparent');
      }
      // Rows both report are bars scaled to the higher value: 930/932 → 99.8 %, 932 → 100 %.
      expect(changning.data[0].value).toBe(99.8);
      expect(baoshan.data[0].value).toBe(100);
      // A bar longer than INSIDE_LABEL_SHARE carries its value inside (beyond its end it is cut on phones).
      expect(INSIDE_LABEL_SHARE).toBeLessThan(99.8);
      expect(baoshan.data[0].label).toMatchObject({
        position: 'insideRight',
        formatter: lang === 'zh' ? '932 件' : '932 cases',
      });
    },
  );

  it('says in the aria summary who does not report how many, and how many rows have one reporter (en)', () => {
    const view = compareChartView(pair, pair, reportById, meta, 'en');
    expect(view.ariaLabel).toBe(
      '2 agencies compared on 5 indicators: Changning District Government, Baoshan District Bureau of Justice.' +
        ' Changning District Government: 2 indicators not reported; Baoshan District Bureau of Justice: 1 indicator not reported.' +
        ' Only one agency reports each of 3 indicators: their values are labelled, no bars drawn.',
    );
  });

  it('writes the CSV as drawn: no share for a lone reporter, the absence in words', () => {
    const rows = compareChartView(pair, pair, reportById, meta, 'zh').csv();
    // Columns: indicator, id, agency, id, year, value, unit, qualifier, shown (8), status, share (10).
    const shown = 8;
    const share = 10;
    // Row order: indicator × agency (Changning, Baoshan). Court appearance is rows 3 and 4.
    expect(rows[3]![shown]).toBe('100%（仅此一家报告，不画条）');
    expect(rows[3]![share]).toBeNull();
    expect(rows[4]![shown]).toBe('未报告');
    expect(rows[4]![share]).toBeNull();
    expect(rows[1]![share]).toBe(99.8);
  });

  it.each(['zh', 'en'] as const)('draws nothing with one agency, only a prompt for a second (%s)', (lang) => {
    const one = compareAgencies(ds, ['sh-baoshan-justice']);
    for (const option of [compareOption(one, lang), compareRadarOption(one, lang)] as Loose[]) {
      expect(option.series).toEqual([]);
      expect(option.yAxis).toBeUndefined();
      expect(option.title.text).toMatch(lang === 'zh' ? /再选择一个机构/ : /Choose a second agency/);
    }
    expect(compareChartView(one, one, reportById, meta, lang).ariaLabel).toMatch(
      lang === 'zh' ? /^请再选择一个机构.*宝山区司法局/ : /^Choose a second agency.*Baoshan/,
    );
  });

  it('keeps the axis title inside the chart, wrapped rather than cut', () => {
    const o: Loose = compareOption(pair, 'en');
    expect(o.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'all' });
    expect(o.xAxis.nameTextStyle).toMatchObject({ overflow: 'break', width: 200 });
    expect(o.yAxis.axisLabel.overflow).toBe('break');
    // One legend line per agency above the plot (a wrapped row of names ran into the bars).
    expect(o.legend).toMatchObject({ orient: 'vertical', top: 0 });
    expect(o.grid.top).toBeGreaterThanOrEqual(2 * 20);
    const five: Loose = compareOption(
      compareAgencies(
        ds,
        AGENCIES.map((a) => a.id),
      ),
      'en',
    );
    expect(five.grid.top).toBeGreaterThanOrEqual(5 * 20);
    expect(o.yAxis.data).toEqual([
      'Recon. accepted',
      'Heads in court %',
      'Disputes taken',
      'Disputes resolved',
      'Mediation success %',
    ]);
  });
});

describe('indicator short names', () => {
  it.each(['zh', 'en'] as const)(
    'has one for every catalogue indicator, unique and short enough (%s)',
    (lang) => {
      const names = INDICATORS.map((i) => indicatorShortName(i, lang));
      expect(Object.keys(INDICATOR_SHORT_NAMES).sort()).toEqual(INDICATORS.map((i) => i.id).sort());
      expect(new Set(names).size).toBe(names.length);
      // Vertical headers hold about 9 rem: five Chinese characters, twenty Latin ones.
      for (const n of names) expect(n.length, n).toBeLessThanOrEqual(lang === 'zh' ? 5 : 20);
    },
  );

  it('falls back to the full name for an indicator it does not know', () => {
    const imported = { id: 'local.new', nameZh: '自定义指标', nameEn: 'Custom indicator' };
    expect(indicatorShortName(imported, 'zh')).toBe('自定义指标');
    expect(indicatorShortName(imported, 'en')).toBe('Custom indicator');
  });
});

describe('coverage matrix view: headers, search, sort', () => {
  const m = coverageMatrix(
    ds,
    {},
    {
      indicatorIds: [
        'reconsideration.received',
        'reconsideration.accepted',
        'litigation.head_appearance_rate',
      ],
    },
  );

  it.each([
    [
      'zh',
      '复议申请',
      '收到行政复议申请',
      '复议申请（收到行政复议申请）',
      '收到行政复议申请 · 0 / 5 个机构报告',
    ],
    [
      'en',
      'Recon. applications',
      'Reconsideration applications received',
      'Recon. applications (Reconsideration applications received)',
      'Reconsideration applications received · reported by 0 of 5 agencies',
    ],
  ] as const)(
    'gives each column its short name, full name, accessible name and tip (%s)',
    (lang, short, full, label, tip) => {
      const col = coverageMatrixView(m, {}, lang).columns[0]!;
      expect(col).toMatchObject({ short, full, label, tip, sorted: 'none' });
    },
  );

  it('finds agencies by Chinese or English name, id or district, ignoring case and spaces', () => {
    const ids = (q: string) => coverageMatrixView(m, { query: q }, 'en').rows.map((r) => r.agency.id);
    expect(ids('宝山')).toEqual(['sh-baoshan-justice']);
    expect(ids('tianjin port')).toEqual(['tj-port-bonded']);
    expect(ids('MINHANG')).toEqual(['sh-minhang-economy']);
    expect(ids('浦东新区')).toEqual(['sh-ftz-bonded']);
    expect(ids('')).toHaveLength(5);
    expect(ids('不存在的机构')).toEqual([]);
    expect(agencyMatches({ agency: AGENCIES[3]! }, '长宁 区')).toBe(true);
    expect(coverageMatrixView(m, { query: '宝山' }, 'zh').total).toBe(5);
  });

  it('sorts by name in the reader’s language and by coverage, both ways', () => {
    const ids = (key: string, dir: 'asc' | 'desc', lang: 'zh' | 'en') =>
      coverageMatrixView(m, { sort: { key, dir } }, lang).rows.map((r) => r.agency.id);
    // English: Baoshan, Bonded Area, Changning, Minhang, Tianjin.
    expect(ids('name', 'asc', 'en')).toEqual([
      'sh-baoshan-justice',
      'sh-ftz-bonded',
      'sh-changning',
      'sh-minhang-economy',
      'tj-port-bonded',
    ]);
    // Chinese by pinyin, as the project's collator reads it: 宝山 bao, 闵行 min, 天津 tian, 长宁
    // zhang (ICU's reading of 长), 中国 zhong.
    expect(ids('name', 'asc', 'zh')).toEqual([
      'sh-baoshan-justice',
      'sh-minhang-economy',
      'tj-port-bonded',
      'sh-changning',
      'sh-ftz-bonded',
    ]);
    // Reported of these three: Changning 2, Tianjin 2, Bonded 1, Baoshan 1, Minhang 1; ties by name.
    expect(ids('coverage', 'desc', 'en')).toEqual([
      'sh-changning',
      'tj-port-bonded',
      'sh-baoshan-justice',
      'sh-ftz-bonded',
      'sh-minhang-economy',
    ]);
    expect(ids('coverage', 'asc', 'en').slice(-2)).toEqual(['sh-changning', 'tj-port-bonded']);
  });

  it('sorts by a column’s values with not-reported rows last in either direction', () => {
    const ids = (dir: 'asc' | 'desc') =>
      coverageMatrixView(m, { sort: { key: 'reconsideration.accepted', dir } }, 'en').rows.map(
        (r) => r.agency.id,
      );
    // 932, >930, >50, 12; Minhang does not report it.
    expect(ids('desc')).toEqual([
      'sh-baoshan-justice',
      'sh-changning',
      'sh-ftz-bonded',
      'tj-port-bonded',
      'sh-minhang-economy',
    ]);
    expect(ids('asc')).toEqual([
      'tj-port-bonded',
      'sh-ftz-bonded',
      'sh-changning',
      'sh-baoshan-justice',
      'sh-minhang-economy',
    ]);
    const v = coverageMatrixView(m, { sort: { key: 'reconsideration.accepted', dir: 'asc' } }, 'en');
    expect(v.columns.map((c) => c.sorted)).toEqual(['none', 'ascending', 'none']);
  });

  it('puts values in units that count something else after the comparable ones', () => {
    const tm = coverageMatrix(ds, {}, { indicatorIds: ['publicity.events'] });
    // Minhang 30 场 (the catalogue unit); the bonded area's 22 项 (an item of a list) is not 场.
    const rows = sortMatrixRows(tm, tm.rows, { key: 'publicity.events', dir: 'asc' }, 'en').map(
      (r) => r.agency.id,
    );
    expect(rows.slice(0, 2)).toEqual(['sh-minhang-economy', 'sh-ftz-bonded']);
  });

  it('ignores a sort key the matrix has no column for', () => {
    const v = coverageMatrixView(m, { sort: { key: 'training.sessions', dir: 'asc' } }, 'zh');
    expect(v.sort).toBeNull();
    expect(v.rows.map((r) => r.agency.id)).toEqual(m.rows.map((r) => r.agency.id));
    expect(matrixSortKeys(m)).toEqual([
      'name',
      'coverage',
      'reconsideration.received',
      'reconsideration.accepted',
      'litigation.head_appearance_rate',
    ]);
  });
});

describe('peer position needs three peers', () => {
  it('gives no percentile below three reporting peers', () => {
    expect(MIN_PEERS).toBe(3);
    expect(rankPercentile({ from: 2, to: 2 }, 2)).toBeNull();
    expect(rankPercentile({ from: 3, to: 3 }, 3)).toBe(0);
    expect(tooFewPeers({ of: 2 })).toBe(true);
    expect(tooFewPeers({ of: 3 })).toBe(false);
  });

  it.each([
    ['zh', '同类机构太少（2 家报告）', '第 1–2 / 3'],
    ['en', 'too few peers (2 reporting)', '1–2 of 3'],
  ] as const)('says "too few peers" instead of a rank of two (%s)', (lang, few, rank) => {
    expect(peerRankText({ rank: { from: 1, to: 1 }, of: 2 }, lang)).toBe(few);
    expect(peerRankText({ rank: { from: 1, to: 2 }, of: 3 }, lang)).toBe(rank);
  });

  it('colours neither of two peers best or worst: the bonded area and Tianjin Port (zone_admin)', () => {
    // >770 份 and >50 件 legal opinions: two zone administrations report it.
    const m = coverageMatrix(ds, {}, { indicatorIds: ['review.legal_opinions'] });
    const cells = m.rows.filter((r) => r.agency.type === 'zone_admin').map((r) => r.cells[0]!);
    expect(cells).toHaveLength(2);
    for (const cell of cells) {
      expect(cell.percentile).toBeNull();
      expect(cellLook(cell)).toMatchObject({ symbol: '◇', bin: null });
    }
    const tip: Loose = coverageOption(m, 'zh');
    const formatters = tip.series[0].data.map((d: Loose) => d.tooltip.formatter as string);
    expect(formatters.filter((f: string) => f.includes('同类机构太少（2 家报告）'))).toHaveLength(2);
    expect(formatters.join('')).not.toMatch(/最差|最好/);
  });

  it('places an agency once three peers report: the bonded area third of three', () => {
    const third = {
      ...AGENCIES[0]!,
      id: 'x-zone',
      nameZh: '虚构园区管委会',
      nameEn: 'Invented zone',
    };
    const thirdReport = { ...REPORTS[0]!, id: 'r-x', agencyId: 'x-zone' };
    const opinion = {
      ...obs({ id: 'x-1', report: 'r-ftz', indicator: 'review.legal_opinions', value: 300 }),
    };
    const three = miniDataset({
      agencies: [...AGENCIES, third],
      reports: [...REPORTS, thirdReport],
      observations: [...OBSERVATIONS, { ...opinion, reportId: 'r-x', agencyId: 'x-zone' }],
    });
    const profile = agencyProfile(three, 'sh-ftz-bonded')!;
    const entry = profile.categories
      .flatMap((c) => c.entries)
      .find((e) => e.indicator.id === 'review.legal_opinions')!;
    // >770, 300, >50: higher is better, the bonded area is third of three → percentile 0.
    expect(entry.position).toEqual({ rank: { from: 3, to: 3 }, of: 3, percentile: 0 });
    expect(peerRankText(entry.position!, 'zh')).toBe('第 3 / 3');
  });
});
