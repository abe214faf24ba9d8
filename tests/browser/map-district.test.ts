// District maps (#/indicator/<id>?chart=map): the map code and boundaries load only when a map is
// shown; Shanghai and Tianjin districts; "not reported" is not "low"; one agency type at a time,
// never a mix (default: the type with most agencies stating the indicator); region and type in
// the address; a table of the districts as the map's text alternative; rates on a fixed, stated
// scale; derived values striped; the legend beside the map, never over it.
import { appendFileSync, cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { csvRow } from '../../src/format/csvCell.ts';
import { AGENCY, settle } from './contract.ts';
import { ROOT } from './harness.ts';
import { chartInk, download, svgInfo } from './share-helpers.ts';
import { describeBrowser, distDir } from './suite.ts';

const MAP_CHUNK = /\/assets\/echartsMap-[\w-]+\.js$/;
const SHANGHAI = /\/assets\/shanghai-[\w-]+\.js$/;
const TIANJIN = /\/assets\/tianjin-[\w-]+\.js$/;
const TIANJIN_ZH = encodeURIComponent('天津市');

/**
 * The bundled dataset plus a justice bureau and two functional departments in Changning, so that
 * agency types share a district; served next to the build as dataset=url&src=test-shared/.
 */
function writeSharedDataset(): void {
  const dir = join(distDir(), 'test-shared');
  mkdirSync(dir, { recursive: true });
  for (const f of ['agencies.csv', 'indicators.csv', 'reports.csv', 'observations.csv', 'meta.json']) {
    cpSync(join(ROOT, 'data', f), join(dir, f));
  }
  const extra = [
    ['sh-cn-justice', '长宁区司法局', 'Changning District Bureau of Justice', 'justice_bureau', 40],
    ['sh-cn-f1', '长宁区甲委员会', 'Changning Commission A', 'functional_dept', 10],
    ['sh-cn-f2', '长宁区乙委员会', 'Changning Commission B', 'functional_dept', 31],
  ] as const;
  const lines = (rows: (string | number | null)[][]) => `${rows.map(csvRow).join('\n')}\n`;
  appendFileSync(
    join(dir, 'agencies.csv'),
    lines(extra.map(([id, zh, en, type]) => [id, zh, en, '上海市', '长宁区', type, 'extracted'])),
  );
  appendFileSync(
    join(dir, 'reports.csv'),
    lines(
      extra.map(([id, zh]) => [
        `r-${id}`,
        id,
        `${id}.txt`,
        `${zh}2024年法治政府建设情况报告`,
        zh,
        2024,
        '2025-01-20',
        zh,
        'true',
        'true',
        'true',
        'true',
        1000,
        'extracted',
      ]),
    ),
  );
  appendFileSync(
    join(dir, 'observations.csv'),
    lines(
      extra.map(([id, , , , value]) => [
        `r-${id}#1`,
        `r-${id}`,
        id,
        2024,
        'reconsideration.accepted',
        value,
        '件',
        'exact',
        'false',
        `${value}件`,
        10,
        10 + String(value).length + 1,
        `全年受理行政复议案件${value}件。`,
        0,
        'achievements',
        '', // scope
        '', // yoy_pct
        '', // yoy_points
        0.9,
        'extracted',
        '',
        '',
      ]),
    ),
  );
}

/** The right edge of the rightmost box in the map panel (controls, map, legend, notes). */
function mapPanelRight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const panel = document.querySelector('.chart-with-aside')?.closest('section');
    if (!panel) return Number.POSITIVE_INFINITY;
    const boxes = [
      panel,
      ...Array.from(
        panel.querySelectorAll(
          '.map-controls, .chart-with-aside, .chart-with-aside *, .map-showing, .map-note',
        ),
      ),
    ];
    return Math.max(...boxes.map((el) => el.getBoundingClientRect().right));
  });
}

describeBrowser('district maps', (s) => {
  beforeAll(writeSharedDataset);

  it('loads the map code and boundaries only when a map is shown; draws Shanghai with its districts', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    const { page } = t;
    await settle(page);
    expect(t.requests.filter((u) => MAP_CHUNK.test(u) || SHANGHAI.test(u) || TIANJIN.test(u))).toEqual([]);

    await page.getByRole('button', { name: '地图', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe('#/indicator/reconsideration.accepted?chart=map');
    const map = page.locator('[role="img"]', { hasText: '' }).first();
    await expect
      .poll(async () => (await map.getAttribute('aria-label')) ?? '', { timeout: 15_000 })
      .toContain('分区地图');
    const label = (await map.getAttribute('aria-label')) ?? '';
    expect(label).toContain('上海市');
    expect(label).toContain('宝山区 932 件');
    // Only the justice bureau states it: the other districts have no justice bureau in the data,
    // which is not "not reported".
    expect(label).toMatch(/司法局：1 个区有数值，0 个区未报告，15 个区无数据/);
    expect(label).toContain('颜色刻度取自数据：0 至 1,000 件');
    expect(t.requests.some((u) => MAP_CHUNK.test(u))).toBe(true);
    expect(t.requests.some((u) => SHANGHAI.test(u))).toBe(true);
    expect(t.requests.some((u) => TIANJIN.test(u))).toBe(false);
    await expect
      .poll(async () => Math.max(0, ...(await chartInk(page))), { timeout: 10_000 })
      .toBeGreaterThan(500);

    // The districts as a table (the map's text alternative): not reported ≠ no agency ≠ 0.
    await page.locator('details.map-table summary').click();
    const row = (d: string) => page.locator('details.map-table tr', { hasText: d }).first().innerText();
    expect(await row('宝山区')).toMatch(/932\s*件.*宝山区司法局/s);
    expect(await row('闵行区')).toContain('无此类机构');
    expect(await row('黄浦区')).toContain('无此类机构');
    expect(await row('浦东新区')).not.toContain('未报告');
    expect(await page.locator('details.map-table tbody tr').count()).toBe(16);
    expect(await page.getByText('地图显示：上海市 · 司法局').count()).toBe(1);
    expect(await page.getByText(/Apache ECharts 4\.9\.0 \(Apache-2\.0\)/).count()).toBeGreaterThan(0);
    expect(t.problems()).toEqual([]);
  });

  it('the image: legend beside the map, "not reported" grey and hatched, apart from the value scale', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?chart=map&maptype=functional_dept');
    await settle(t.page);
    const svg = await download(t.page, '下载 SVG');
    const text = svg.data.toString('utf8');
    const info = await svgInfo(t.page, text);
    expect(info.ok).toBe(true);
    expect(info.text).toContain('未报告（灰色斜纹）');
    expect(info.text).toContain('无数据');
    expect(info.text).toContain('颜色刻度取自数据');
    expect(text).toMatch(/<pattern\b/); // the hatching of Minhang
    expect(text.toUpperCase()).toContain('#A6A6A6'); // grey, not on the viridis scale
    expect(t.problems()).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [1440, 390]) {
      it(`${lang}, ${width} px: a rate's legend states its fixed domain; the derived 85.8 % is striped; the legend does not cover the map`, async () => {
        const t = await s.open(
          `#/indicator/mediation.success_rate?chart=map&maptype=justice_bureau${lang === 'en' ? '&lang=en' : ''}`,
          { viewport: { width, height: 900 } },
        );
        const { page } = t;
        await settle(page);
        const legend = page.locator('.map-legend');
        await expect.poll(() => legend.count(), { timeout: 15_000 }).toBe(1);
        const text = await legend.innerText();
        if (lang === 'zh') {
          expect(text).toContain('颜色刻度固定为 80%–100%');
          expect(text).toContain('0–80%（刻度断开）');
          expect(text).toContain('推算值');
        } else {
          expect(text).toContain('Fixed colour scale 80–100%');
          expect(text).toContain('0–80% (scale break)');
          expect(text).toContain('derived value');
          expect(text).not.toMatch(/[\u4e00-\u9fff]/);
        }
        const label = (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
        expect(label).toContain(lang === 'zh' ? '宝山区 85.8%' : 'Baoshan District 85.8%');
        expect(label).toContain(lang === 'zh' ? '80%–100%' : '80–100%');

        // Beside the map, or below it on a phone: the two boxes never meet, and nothing scrolls sideways.
        const map = (await page.locator('.chart-with-aside > [role="img"]').boundingBox())!;
        const box = (await legend.boundingBox())!;
        const apart =
          box.x >= map.x + map.width ||
          map.x >= box.x + box.width ||
          box.y >= map.y + map.height ||
          map.y >= box.y + box.height;
        expect(apart, JSON.stringify({ map, box })).toBe(true);
        if (width === 390) expect(box.y).toBeGreaterThanOrEqual(map.y + map.height);
        else expect(box.x).toBeGreaterThanOrEqual(map.x + map.width);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        // Nothing of the map panel reaches past the viewport (the page's own overflow is another matter).
        expect(await mapPanelRight(page)).toBeLessThanOrEqual(width);

        // The striped district in the image too.
        const svg = await download(page, lang === 'zh' ? '下载 SVG' : 'Download SVG');
        const info = await svgInfo(page, svg.data.toString('utf8'));
        expect(svg.data.toString('utf8')).toMatch(/<pattern\b/);
        expect(info.text).toContain(lang === 'zh' ? '推算值' : 'derived value');
        expect(info.text).toContain(lang === 'zh' ? '（刻度断开）' : '(scale break)');
        expect(t.problems()).toEqual([]);
      });
    }
  }

  it('Tianjin: region from the selector (kept in the address) or from the region filter', async () => {
    const t = await s.open('#/indicator/litigation.head_appearance_rate?chart=map');
    const { page } = t;
    await settle(page);
    await page.getByLabel('地图区域').selectOption('天津市');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`mapregion=${TIANJIN_ZH}`);
    await expect
      .poll(async () => (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '', {
        timeout: 15_000,
      })
      .toContain('天津市');
    expect(t.requests.some((u) => TIANJIN.test(u))).toBe(true);
    const label = (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
    expect(label).toContain('滨海新区 100%');
    await page.reload();
    await settle(page);
    expect(await page.getByLabel('地图区域').inputValue()).toBe('天津市');

    const f = await s.open(`#/indicator/litigation.head_appearance_rate?chart=map&region=${TIANJIN_ZH}`);
    await settle(f.page);
    const select = f.page.getByLabel('地图区域');
    expect(await select.inputValue()).toBe('天津市');
    expect(await select.isDisabled()).toBe(true);
    expect(t.problems()).toEqual([]);
    expect(f.problems()).toEqual([]);
  });

  it('agency type: one at a time, never "all"; the chosen type kept in the address', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?chart=map');
    const { page } = t;
    await settle(page);
    const type = page.getByLabel('地图上的机构类型');
    expect(await type.inputValue()).toBe('justice_bureau');
    const options = await type
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).not.toContain('all');
    await type.selectOption('district_gov');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('maptype=district_gov');
    await expect
      .poll(async () => (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '')
      .toContain('区政府');
    expect(await page.getByText('地图显示：上海市 · 区政府').count()).toBe(1);
    await page.locator('details.map-table summary').click();
    expect(await page.locator('details.map-table tr', { hasText: '长宁区' }).first().innerText()).toContain(
      '未报告',
    );
    expect(await page.locator('details.map-table tr', { hasText: '宝山区' }).first().innerText()).toContain(
      '无此类机构',
    );
    expect(t.problems()).toEqual([]);
  });

  it('types sharing a district: one type at a time, by default the one with most agencies; median of several', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?chart=map&dataset=url&src=test-shared%2F');
    const { page } = t;
    await settle(page);
    const type = page.getByLabel('地图上的机构类型');
    expect(await type.inputValue()).toBe('functional_dept');
    const options = await type
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).not.toContain('all');
    expect(options[0]).toBe('functional_dept');
    expect(await page.getByText(/同一个区有多种机构，地图一次只显示一种机构类型/).count()).toBe(1);
    const label = (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
    expect(label).toContain('职能部门');
    expect(label).toContain('长宁区 20.5 件 (2 个机构的中位数)');

    await type.selectOption('justice_bureau');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('maptype=justice_bureau');
    await expect
      .poll(async () => (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '')
      .toContain('长宁区 40 件');
    expect(t.problems()).toEqual([]);
  });

  it('in English, with a labelled map', async () => {
    const t = await s.open(`#/indicator/reconsideration.accepted?chart=map&lang=en`);
    await settle(t.page);
    const label = (await t.page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
    expect(label).toContain('district map of Shanghai');
    expect(label).toContain(`Baoshan District 932 cases`);
    expect(label).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await t.page.getByLabel('Map region').inputValue()).toBe('上海市');
    expect(AGENCY.baoshan.id).toBe('sh-baoshan-justice');
    expect(t.problems()).toEqual([]);
  });
});
