// The pieces every chart view shows around its drawing, from one builder per chart kind. Expected
// values worked by hand from tests/fixtures/miniDataset.ts and the zh/en messages.
import { describe, expect, it } from 'vitest';
import { compareChartView, districtMapChartView, rankingChartView } from '../../src/charts/chartView.ts';
import { compareAgencies } from '../../src/domain/compare.ts';
import { indexDataset } from '../../src/domain/datasetIndex.ts';
import { districtMapData } from '../../src/domain/districtMap.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import { qualifierLegendText } from '../../src/format/qualifierLegend.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';

const ds = miniDataset();
const meta = { extractedAt: null };

describe('rankingChartView', () => {
  const ranking = rankIndicator(ds, 'reconsideration.accepted');

  it('titles the chart with the indicator and year and names the download after them', () => {
    const view = rankingChartView(ranking, ranking, meta, 'zh');
    expect(view.title).toBe('受理行政复议案件 · 2024');
    expect(view.fileBase).toBe('reconsideration.accepted-2024-zh');
  });

  it('cites every drawn value, says an agency did not report it, and adds the qualifier legend for 930余', () => {
    const view = rankingChartView(ranking, ranking, meta, 'zh');
    expect(view.citations.map((c) => c.id).sort()).toEqual(['bs-1', 'cn-3', 'ftz-2', 'tj-5'].sort());
    expect(view.citations.every((c) => c.text.length > 0)).toBe(true);
    expect(view.notReported).toBe(true);
    expect(view.derived).toBe(false);
    expect(view.notes).toEqual([qualifierLegendText('zh')]);
    // Header, four values and Minhang's "not reported" row: exactly what the bars show.
    expect(view.csv()).toHaveLength(6);
  });

  it('describes only the drawn part in CSV and citations, the whole ranking in the aria summary', () => {
    const drawn = { ...ranking, rows: ranking.rows.slice(0, 1), notReported: [] };
    const view = rankingChartView(ranking, drawn, meta, 'en');
    expect(view.citations.map((c) => c.id)).toEqual(['bs-1']);
    expect(view.citations[0]!.label.startsWith('Baoshan District Bureau of Justice · 932')).toBe(true);
    expect(view.csv()).toHaveLength(2);
    // 932 is exact: no legend; Minhang is not drawn: no not-reported note.
    expect(view.notes).toEqual([]);
    expect(view.notReported).toBe(false);
    expect(view.ariaLabel).toBe(rankingChartView(ranking, ranking, meta, 'en').ariaLabel);
  });
});

describe('compareChartView', () => {
  const index = indexDataset(ds);
  const comparison = compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice'], { year: 2024 });

  it('names the agencies in the title and the file, and the year and axis in the subtitle', () => {
    const view = compareChartView(comparison, comparison, index.reportById, meta, 'zh');
    expect(view.title).toBe('对比：长宁区人民政府、宝山区司法局');
    expect(view.subtitle).toBe('2024 年 · 相对于所选机构中最高值的百分比');
    expect(view.fileBase).toBe('compare-sh-changning-sh-baoshan-justice-2024-zh');
    const en = compareChartView(comparison, comparison, index.reportById, meta, 'en');
    expect(en.title).toBe('Compare: Changning District Government, Baoshan District Bureau of Justice');
  });

  it("cites each agency's values, marks Baoshan's derived rate and the gaps Changning leaves", () => {
    const view = compareChartView(comparison, comparison, index.reportById, meta, 'zh');
    expect(view.citations.map((c) => c.id).sort()).toEqual(
      ['cn-1', 'cn-2', 'cn-3', 'bs-1', 'bs-2', 'bs-3', 'bs-4'].sort(),
    );
    expect(view.derived).toBe(true);
    expect(view.notReported).toBe(true);
    // Baoshan's rate is derived: the image's legend says what its mark means.
    expect(view.notes).toEqual([qualifierLegendText('zh'), '推算 = 由报告中两个数值算出']);
  });
});

describe('districtMapChartView', () => {
  it('keeps the boundary notice as the last image note and names the file after the region', () => {
    const data = districtMapData(
      ds,
      'reconsideration.accepted',
      {},
      { region: '上海市', type: 'justice_bureau' },
    )!;
    const view = districtMapChartView(data, 'boundaries: test notice', meta, 'zh');
    expect(view.fileBase).toBe('reconsideration.accepted-上海市-2024-zh');
    expect(view.notes.at(-1)).toBe('boundaries: test notice');
    expect(view.title).toBe('受理行政复议案件 · 2024');
    // One agency type per map: the justice bureau (Baoshan) only, not Changning's government nor
    // the bonded area; Tianjin is not on it.
    expect(view.citations.map((c) => c.id)).toEqual(['bs-1']);
    expect(view.notReported).toBe(false);
    const gov = districtMapChartView(
      districtMapData(ds, 'reconsideration.accepted', {}, { region: '上海市', type: 'district_gov' })!,
      '',
      meta,
      'zh',
    );
    expect(gov.citations.map((c) => c.id)).toEqual(['cn-3']);
  });
});
