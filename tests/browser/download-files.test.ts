// Downloads and citations: PNG at 2× and SVG with the title and source line inside the image, CSV
// of exactly what the chart shows (UTF-8 with BOM, formula-safe, not reported = empty + status),
// and a citation sentence with value, agency, year and source report (qualifiers kept).
import { expect, it } from 'vitest';
import { AGENCY, extractedOn, settle } from './contract.ts';
import { csvRows, download, pngSize, svgInfo } from './share-helpers.ts';
import { describeBrowser } from './suite.ts';

const EXPORT_WIDTH = 960;
const squash = (s: string) => s.replace(/\s+/g, '');
// Publication dates as data/reports.csv has them (2024-12-23 … 2025-01-16), in Chinese.
const RANKING_SOURCE = `来源：5 份 2024 年度法治政府建设报告（发布于2024年12月23日至2025年1月16日，2 份未注明发布日期）；数据提取于${extractedOn('zh')}。`;

describeBrowser('downloads', (s) => {
  it('ranking: PNG at twice the size, with the chart drawn', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    await settle(t.page);
    const png = await download(t.page, '下载 PNG');
    expect(png.name).toBe('reconsideration.accepted-2024-zh.png');
    const size = pngSize(png.data);
    expect(size.width).toBe(EXPORT_WIDTH * 2);
    expect(size.height % 2).toBe(0);
    expect(size.height).toBeGreaterThan(2 * 250);
    expect(png.data.length).toBeGreaterThan(20_000);
    expect(await t.page.getByRole('status').first().innerText()).toContain('已生成');
    expect(t.problems()).toEqual([]);
  });

  it('ranking: SVG that parses, with the title and the source line as text', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    await settle(t.page);
    const file = await download(t.page, '下载 SVG');
    expect(file.name).toBe('reconsideration.accepted-2024-zh.svg');
    const svg = file.data.toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    const info = await svgInfo(t.page, svg);
    expect(info.ok).toBe(true);
    expect(info.width).toBe(String(EXPORT_WIDTH));
    expect(info.text).toContain('受理行政复议案件 · 2024');
    expect(squash(info.text)).toContain(squash(RANKING_SOURCE));
    expect(info.text).toContain(AGENCY.baoshan.zh);
    expect(info.text).toContain('932 件');
    expect(info.text).toContain('未报告');
    expect(t.problems()).toEqual([]);
  });

  it('ranking: CSV with BOM, header and the rows drawn (not reported = empty value + status)', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    await settle(t.page);
    const file = await download(t.page, '下载 CSV');
    expect(file.name).toBe('reconsideration.accepted-2024-zh.csv');
    expect([...file.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(file.data.toString('utf8'));
    const header = rows[0]!;
    expect(header).toEqual(
      expect.arrayContaining(['名次', '机构', '数值', '单位', '限定', '显示值', '状态']),
    );
    expect(rows).toHaveLength(1 + 5);
    const col = (name: string) => header.indexOf(name);
    const baoshan = rows.find((r) => r[col('机构')] === AGENCY.baoshan.zh)!;
    expect(baoshan[col('数值')]).toBe('932');
    expect(baoshan[col('状态')]).toBe('已报告');
    expect(baoshan[col('来源报告')]).toBe('宝山区司法局2024年法治政府建设工作报告');
    const minhang = rows.find((r) => r[col('机构')] === '闵行区经济委员会')!;
    expect(minhang[col('数值')]).toBe('');
    expect(minhang[col('状态')]).toBe('未报告');

    const en = await s.open('#/indicator/mediation.success_rate?lang=en');
    await settle(en.page);
    const enRows = csvRows((await download(en.page, 'Download CSV')).data.toString('utf8'));
    const enHead = enRows[0]!;
    expect(enHead.slice(0, 2)).toEqual(['Rank', 'Agency']);
    const bs = enRows.find((r) => r[enHead.indexOf('Agency id')] === AGENCY.baoshan.id)!;
    expect(bs[enHead.indexOf('Status')]).toBe('derived');
    expect(bs[enHead.indexOf('As shown')]).toMatch(/^85\.8\d*%$/);
    expect(t.problems()).toEqual([]);
    expect(en.problems()).toEqual([]);
  });

  it('approximate values keep their qualifier in the CSV and the image', async () => {
    const t = await s.open('#/indicator/review.counsel_engagements');
    await settle(t.page);
    const rows = csvRows((await download(t.page, '下载 CSV')).data.toString('utf8'));
    const header = rows[0]!;
    const tj = rows.find((r) => r[header.indexOf('机构')] === AGENCY.tianjinPort.zh)!;
    expect(tj[header.indexOf('数值')]).toBe('770');
    expect(tj[header.indexOf('限定')]).toContain('多于');
    expect(tj[header.indexOf('显示值')]).toBe('>770 次');
    const svg = await svgInfo(t.page, (await download(t.page, '下载 SVG')).data.toString('utf8'));
    expect(svg.text).toContain('>770 次');
    expect(svg.text).toContain('> 多于'); // the qualifier legend inside the image
    expect(t.problems()).toEqual([]);
  });

  it('compare: CSV per indicator × agency, SVG with title and source', async () => {
    const t = await s.open(`#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`);
    await settle(t.page);
    const rows = csvRows((await download(t.page, '下载 CSV')).data.toString('utf8'));
    const header = rows[0]!;
    expect((rows.length - 1) % 2).toBe(0);
    const rate = rows.filter((r) => r[header.indexOf('指标代码')] === 'mediation.success_rate');
    expect(rate.map((r) => r[header.indexOf('显示值')]).sort()).toEqual(['85.8%', '95.6%']);
    const missing = rows.find(
      (r) =>
        r[header.indexOf('指标代码')] === 'reconsideration.accepted' &&
        r[header.indexOf('机构代码')] === AGENCY.changning.id,
    )!;
    expect(missing[header.indexOf('数值')]).toBe('');
    expect(missing[header.indexOf('状态')]).toBe('未报告');
    const info = await svgInfo(t.page, (await download(t.page, '下载 SVG')).data.toString('utf8'));
    expect(info.ok).toBe(true);
    expect(info.text).toContain(`对比：${AGENCY.baoshan.zh}、${AGENCY.changning.zh}`);
    expect(info.text).toContain('来源：');
    const png = pngSize((await download(t.page, '下载 PNG')).data);
    expect(png.width).toBe(EXPORT_WIDTH * 2);
    expect(t.problems()).toEqual([]);
  });

  it('map: PNG 2×, CSV of the 16 districts', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?chart=map');
    await settle(t.page);
    expect(pngSize((await download(t.page, '下载 PNG')).data).width).toBe(EXPORT_WIDTH * 2);
    const rows = csvRows((await download(t.page, '下载 CSV')).data.toString('utf8'));
    expect(rows).toHaveLength(17);
    const header = rows[0]!;
    const baoshan = rows.find((r) => r[header.indexOf('区')] === '宝山区')!;
    expect(baoshan[header.indexOf('着色值')]).toBe('932');
    // The map shows justice bureaus (the one type stating it); Minhang has none, which is not 未报告.
    expect(rows.find((r) => r[header.indexOf('区')] === '闵行区')![header.indexOf('状态')]).toBe(
      '无此类机构',
    );
    expect(t.problems()).toEqual([]);
  });
});

describeBrowser('citations', (s) => {
  it('the Cite action gives the sentence for a value, and copies it', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    const { page } = t;
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server().origin });
    await settle(page);
    await page.getByRole('button', { name: '引用', exact: true }).click();
    const expected =
      '据《宝山区司法局2024年法治政府建设工作报告》，宝山区司法局2024年受理行政复议案件932件。';
    expect(await page.locator('textarea.citation').inputValue()).toBe(expected);
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.getByRole('status').first().innerText()).toBe('已复制到剪贴板');
    expect(t.problems()).toEqual([]);
  });

  it('keeps the qualifier and the publication date; English with lang=en; also in the provenance dialog', async () => {
    const t = await s.open('#/indicator/review.counsel_engagements');
    const { page } = t;
    await settle(page);
    await page.getByRole('button', { name: '引用', exact: true }).click();
    const zh = await page.locator('textarea.citation').inputValue();
    expect(zh).toMatch(
      /^据《保税区2024年度法治政府建设情况报告》（2025年1月16日发布），天津港保税区2024年.+770余次。$/,
    );

    const en = await s.open('#/indicator/review.counsel_engagements?lang=en');
    await settle(en.page);
    await en.page.getByRole('button', { name: 'Cite', exact: true }).click();
    const text = await en.page.locator('textarea.citation').inputValue();
    expect(text).toMatch(/^According to “保税区2024年度法治政府建设情况报告” \(published Jan 16, 2025\), /);
    expect(text).toContain('Tianjin Port Free Trade Zone (Bonded Zone)');
    expect(text).toMatch(/in 2024 was more than 770 times\.$/);

    // The provenance dialog of a value offers the same sentence.
    await en.page.locator('tr', { hasText: 'Tianjin Port' }).getByRole('button').first().click();
    const dialog = en.page.locator('dialog[open]');
    expect(await dialog.locator('textarea.citation').inputValue()).toBe(text);
    expect(t.problems()).toEqual([]);
    expect(en.problems()).toEqual([]);
  });
});
