// Pure builders behind embed/download/cite: citation sentences, the source line, CSV rows and
// files, the qualifier legend and the frame (title + source) of a downloaded image.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareCsvRows, districtMapCsvRows, rankingCsvRows } from '../../src/charts/chartCsv.ts';
import { framedOption, lineCount } from '../../src/charts/exportOption.ts';
import { rankingOption } from '../../src/charts/rankingOption.ts';
import { responsiveOption } from '../../src/charts/responsive.ts';
import { compareAgencies } from '../../src/domain/compare.ts';
import { districtMapData } from '../../src/domain/districtMap.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import type { Report } from '../../src/domain/types.ts';
import { citationText, citationValue } from '../../src/format/citation.ts';
import { BOM, csvDocument } from '../../src/format/csvDocument.ts';
import { embedSnippet, embedUrl } from '../../src/format/embedSnippet.ts';
import { qualifierLegend, qualifierLegendText } from '../../src/format/qualifierLegend.ts';
import { sourceLine } from '../../src/format/sourceLine.ts';
import { AGENCIES, miniDataset, obs, REPORTS } from '../fixtures/miniDataset.ts';

// biome-ignore lint/suspicious/noExplicitAny: options are plain objects; tests read them loosely.
type Loose = any;

const ds = miniDataset();
const indicator = (id: string) => INDICATORS.find((i) => i.id === id)!;
const agency = (id: string) => AGENCIES.find((a) => a.id === id)!;
const baoshanReport = {
  title: '宝山区司法局2024年法治政府建设工作报告',
  file: '002.txt',
  published: null,
};

describe('citationText', () => {
  it('writes the sentence the press office needs (zh)', () => {
    expect(
      citationText(
        {
          agency: agency('sh-baoshan-justice'),
          report: baoshanReport,
          indicator: indicator('reconsideration.accepted'),
          observation: obs({ id: 'x', report: 'r-bs', indicator: 'reconsideration.accepted', value: 932 }),
        },
        'zh',
      ),
    ).toBe('据《宝山区司法局2024年法治政府建设工作报告》，宝山区司法局2024年受理行政复议案件932件。');
  });

  it('names the publication date, keeps the qualifier in words and marks derived values', () => {
    const changning = { title: '2024年长宁区法治政府建设情况报告', file: 'x', published: '2025-01-09' };
    const text = citationText(
      {
        agency: agency('sh-changning'),
        report: changning,
        indicator: indicator('reconsideration.accepted'),
        observation: obs({
          id: 'x',
          report: 'r-cn',
          indicator: 'reconsideration.accepted',
          value: 930,
          qualifier: 'more_than',
        }),
      },
      'zh',
    );
    expect(text).toBe(
      '据《2024年长宁区法治政府建设情况报告》（2025年1月9日发布），长宁区人民政府2024年受理行政复议案件930余件。',
    );
    const derived = citationText(
      {
        agency: agency('sh-baoshan-justice'),
        report: baoshanReport,
        indicator: indicator('mediation.success_rate'),
        observation: obs({
          id: 'y',
          report: 'r-bs',
          indicator: 'mediation.success_rate',
          value: 85.81,
          derived: true,
        }),
      },
      'zh',
    );
    expect(derived).toBe(
      '据《宝山区司法局2024年法治政府建设工作报告》，宝山区司法局2024年人民调解成功率为85.8%（由报告中的两个数值推算）。'.replace(
        '人民调解成功率',
        indicator('mediation.success_rate').nameZh,
      ),
    );
  });

  it('has an English version with the qualifier in words', () => {
    const text = citationText(
      {
        agency: agency('tj-port-bonded'),
        report: { title: '保税区2024年度法治政府建设情况报告', file: 'x', published: '2025-01-16' },
        indicator: indicator('review.legal_opinions'),
        observation: obs({
          id: 'z',
          report: 'r-tj',
          indicator: 'review.legal_opinions',
          value: 770,
          qualifier: 'more_than',
          unit: '份',
        }),
      },
      'en',
    );
    expect(text).toContain('According to “保税区2024年度法治政府建设情况报告” (published Jan 16, 2025)');
    expect(text).toContain('Tianjin Port Free Trade Zone (Bonded Zone)');
    expect(text).toContain('in 2024 was more than 770 copies.');
    expect(text).not.toMatch(/[>≥≈]/);
  });

  it.each([
    ['more_than', '%', 'zh', '超过95%'],
    ['at_least', '学时', 'zh', '不少于20学时'],
    ['nearly', '场', 'zh', '近1000场'],
    ['about', '件', 'zh', '约1613件'],
    ['less_than', '件', 'en', 'less than 5 cases'],
    ['at_most', '%', 'en', 'at most 5%'],
    ['exact', '件', 'en', '1,613 cases'],
  ] as const)('citationValue %s %s %s → %s', (qualifier, unit, lang, expected) => {
    const value = expected.match(/[\d,]+/)![0]!.replace(',', '');
    expect(citationValue({ value: Number(value), unit, qualifier }, lang)).toBe(expected);
  });
});

describe('sourceLine', () => {
  const r = (id: string, title: string, published: string | null): Report => ({
    ...REPORTS[0]!,
    id,
    title,
    published,
  });

  it('names up to three reports with their publication dates and the extraction date', () => {
    expect(
      sourceLine(
        [r('a', '2024年长宁区法治政府建设情况报告', '2025-01-09'), r('b', '宝山区司法局报告', null)],
        { extractedAt: '2026-11-22' },
        'zh',
      ),
    ).toBe(
      '来源：《2024年长宁区法治政府建设情况报告》（2025年1月9日发布）、《宝山区司法局报告》（未注明发布日期）；数据提取于2026年11月22日。',
    );
    expect(sourceLine([r('a', 'T', '2025-01-09')], { extractedAt: null }, 'en')).toBe(
      'Source: “T” (published Jan 9, 2025); extraction date not stated.',
    );
  });

  it('counts more reports, with the range of dates, and lists each report once', () => {
    const many = [
      r('a', 'A', '2025-01-16'),
      r('b', 'B', null),
      r('c', 'C', '2024-12-23'),
      r('d', 'D', '2025-01-09'),
      r('a', 'A', '2025-01-16'),
    ];
    expect(sourceLine(many, { extractedAt: '2026-11-22' }, 'zh')).toBe(
      '来源：4 份 2024 年度法治政府建设报告（发布于2024年12月23日至2025年1月16日，1 份未注明发布日期）；数据提取于2026年11月22日。',
    );
    expect(sourceLine(many, { extractedAt: '2026-11-22' }, 'en')).toBe(
      'Source: 4 annual rule-of-law government reports for 2024 (published Dec 23, 2024 to Jan 16, 2025; 1 without a publication date); extracted on Nov 22, 2026.',
    );
  });
});

describe('qualifier legend', () => {
  it('explains every symbol in both languages', () => {
    expect(qualifierLegend('zh').map((i) => i.symbol)).toEqual(['>', '≥', '≈', '<', '≤']);
    expect(qualifierLegendText('zh')).toContain('> 多于');
    expect(qualifierLegendText('en')).toContain('≥ at least');
    expect(qualifierLegendText('en')).toContain('≈ about / nearly');
  });
});

function parse(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

describe('CSV of a chart', () => {
  it('ranking: the bars then the not-reported rows; empty value + status, qualifier kept', () => {
    const ranking = rankIndicator(ds, 'reconsideration.accepted');
    const rows = parse(csvDocument(rankingCsvRows(ranking, 'zh')));
    expect(rows[0]).toContain('数值');
    expect(rows[0]).toContain('状态');
    expect(rows).toHaveLength(1 + ranking.rows.length + ranking.notReported.length);
    const baoshan = rows.find((r) => r[1] === '宝山区司法局')!;
    expect(baoshan[9]).toBe('932');
    expect(baoshan[13]).toBe('已报告');
    const changning = rows.find((r) => r[1] === '长宁区人民政府')!;
    expect(changning[9]).toBe('930');
    expect(changning[11]).toBe('多于（余、多）');
    expect(changning[12]).toBe('>930 件');
    const minhang = rows.find((r) => r[1] === '闵行区经济委员会')!;
    expect(minhang[9]).toBe('');
    expect(minhang[12]).toBe('未报告');
    expect(minhang[13]).toBe('未报告');
  });

  it('ranking: derived values say so; English headers with lang=en', () => {
    const rows = parse(csvDocument(rankingCsvRows(rankIndicator(ds, 'mediation.success_rate'), 'en')));
    expect(rows[0]![0]).toBe('Rank');
    const baoshan = rows.find((r) => r[2] === 'sh-baoshan-justice')!;
    expect(baoshan[13]).toBe('derived');
    expect(baoshan[9]).toBe('85.81');
  });

  it('neutralises formulas in names', () => {
    const evil = miniDataset({
      agencies: AGENCIES.map((a) =>
        a.id === 'sh-baoshan-justice' ? { ...a, nameZh: '=HYPERLINK("x")' } : a,
      ),
    });
    const text = csvDocument(rankingCsvRows(rankIndicator(evil, 'reconsideration.accepted'), 'zh'));
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('compare: one row per indicator × agency with the drawn share; not reported is empty', () => {
    const comparison = compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice']);
    const reports = new Map(ds.reports.map((r) => [r.id, r]));
    const rows = parse(csvDocument(compareCsvRows(comparison, reports, 'zh')));
    expect(rows).toHaveLength(1 + comparison.rows.length * 2);
    const head = rows.find(
      (r) => r[1] === 'litigation.head_appearance_rate' && r[3] === 'sh-baoshan-justice',
    )!;
    expect(head[5]).toBe('');
    expect(head[9]).toBe('未报告');
    expect(head[10]).toBe('');
    const rate = rows.find((r) => r[1] === 'mediation.success_rate' && r[3] === 'sh-changning')!;
    expect(rate[5]).toBe('95.6');
    expect(rate[10]).toBe('100');
  });

  it('map: one row per district, status for every district', () => {
    const data = districtMapData(
      ds,
      'reconsideration.accepted',
      {},
      { region: '上海市', type: 'justice_bureau' },
    )!;
    const rows = parse(csvDocument(districtMapCsvRows(data, 'zh')));
    expect(rows).toHaveLength(1 + 16);
    const baoshan = rows.find((r) => r[1] === '宝山区')!;
    expect(baoshan[6]).toBe('有数值');
    expect(baoshan[7]).toBe('932');
    expect(baoshan[11]).toContain('宝山区司法局');
    // Minhang has no justice bureau; on the map of functional departments it is not reported.
    expect(rows.find((r) => r[1] === '闵行区')![6]).toBe('无此类机构');
    const depts = districtMapData(
      ds,
      'reconsideration.accepted',
      {},
      { region: '上海市', type: 'functional_dept' },
    )!;
    const minhang = parse(csvDocument(districtMapCsvRows(depts, 'zh'))).find((r) => r[1] === '闵行区')!;
    expect(minhang[6]).toBe('未报告');
    expect(minhang[7]).toBe('');
    expect(rows.find((r) => r[1] === '崇明区')![6]).toBe('无此类机构');
  });
});

describe('framed image option', () => {
  const option = rankingOption(rankIndicator(ds, 'reconsideration.accepted'), 'zh', { title: false });

  it('puts title and source inside the option, and moves the grid clear of them', () => {
    const framed = framedOption(option, {
      title: '受理行政复议案件 · 2024',
      subtitle: '5 个机构中有 4 个报告了此项',
      footer: ['> 多于', '来源：《宝山区司法局2024年法治政府建设工作报告》'],
      width: 1000,
      plotHeight: 300,
    });
    const o = framed.option as Loose;
    expect(o.title.text).toBe('受理行政复议案件 · 2024');
    expect(o.graphic.map((g: Loose) => g.style.text)).toEqual([
      '> 多于',
      '来源：《宝山区司法局2024年法治政府建设工作报告》',
    ]);
    expect(framed.height).toBeGreaterThan(300 + 60);
    expect(o.grid.top).toBeGreaterThan((option as Loose).grid.top);
    expect(o.grid.bottom).toBeGreaterThan((option as Loose).grid.bottom);
    expect(o.animation).toBe(false);
    expect(o.graphic[1].top).toBeLessThan(framed.height);
  });

  it('reserves more lines for a long source line at a narrow width', () => {
    const long = '来源：'.padEnd(200, '报');
    expect(lineCount(long, 11, 300)).toBeGreaterThan(lineCount(long, 11, 1000));
    const narrow = framedOption(option, { title: 'x', footer: [long], width: 320, plotHeight: 200 });
    const wide = framedOption(option, { title: 'x', footer: [long], width: 1200, plotHeight: 200 });
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});

describe('embed snippet', () => {
  it('is a responsive wrapper around a titled iframe of the embed address', () => {
    const url = embedUrl(
      'https://gov.example/fazhi/index.html#/indicator/x',
      '#/indicator/mediation.success_rate?embed=1',
    );
    expect(url).toBe('https://gov.example/fazhi/index.html#/indicator/mediation.success_rate?embed=1');
    const html = embedSnippet({ url: `${url}&a="b"`, title: '调解成功率 <2024>', minHeight: 200 });
    expect(html).toMatch(/^<div style="[^"]*width:100%[^"]*aspect-ratio:4\/3[^"]*min-height:320px">/);
    expect(html).toContain(
      '<iframe src="https://gov.example/fazhi/index.html#/indicator/mediation.success_rate?embed=1&amp;a=&quot;b&quot;"',
    );
    expect(html).toContain('title="调解成功率 &lt;2024&gt;"');
    expect(html).toContain('width:100%;height:100%;border:0');
    expect(html.trim().endsWith('</iframe>\n</div>')).toBe(true);
    expect(embedSnippet({ url, title: 't', minHeight: 700.4 })).toContain('min-height:700px');
  });
});

describe('responsiveOption', () => {
  it('keeps the option as base and narrows category labels on narrow charts', () => {
    const option = rankingOption(rankIndicator(ds, 'reconsideration.accepted'), 'zh');
    const r = responsiveOption(option) as Loose;
    const { media: _media, ...base } = r;
    expect(base).toEqual(option);
    // No declared baseOption: ECharts would add a timeline key and its dev build log an error.
    expect(r).not.toHaveProperty('baseOption');
    expect(r.media[0].query.maxWidth).toBe(420);
    expect(r.media[0].option.yAxis.axisLabel.width).toBeLessThan((option as Loose).yAxis.axisLabel.width);
    // Wrapped onto two lines (cut after the second), not truncated to one line of a few characters.
    expect(r.media[0].option.yAxis.axisLabel).toMatchObject({ overflow: 'break', lineOverflow: 'truncate' });
    expect(r.media[0].option.yAxis.axisLabel.height / r.media[0].option.yAxis.axisLabel.lineHeight).toBe(2);
    // 128 px at 11 px holds about 11 Chinese characters a line: a 22-character name fits whole.
    expect(r.media[0].option.yAxis.axisLabel.width).toBeGreaterThanOrEqual(11 * 11);
    expect(r.media[0].option.xAxis.axisLabel.hideOverlap).toBe(true);
    expect((option as Loose).grid.right).toBe(72);
    expect(r.media[0].option.grid.right).toBe(56);
    expect(responsiveOption(r)).toBe(r);
  });
});
