// The country on a map (#/indicator/<id>?chart=map on the synthetic national set): a province map
// of China, lazily loaded, one agency type at a time with the aggregation stated, provinces
// without a reporting agency of the type hatched (never 0), and each province opening its own
// agencies — by click and, from the keyboard, through the table of provinces.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_SEED, writeSyntheticDataset } from '../../src/cli/synthetic-data.ts';
import { settle } from './contract.ts';
import { axeViolations, chartInk, describeViolations } from './share-helpers.ts';
import { describeBrowser, distDir } from './suite.ts';

const CHINA = /\/assets\/china-[\w-]+\.js$/;
const SHANGHAI = /\/assets\/shanghai-[\w-]+\.js$/;
const RATE = '#/indicator/mediation.success_rate?chart=map&dataset=synthetic';

const mapLabel = async (page: Page) =>
  (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';

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

describeBrowser('the country on a map (synthetic national set)', (s) => {
  beforeAll(() => {
    // The build carries data/synthetic only when it was generated before; this test needs it.
    const out = join(distDir(), 'data', 'synthetic');
    if (!existsSync(join(out, 'agencies.csv')))
      writeSyntheticDataset({ out, agencies: 3000, seed: DEFAULT_SEED });
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const width of [1440, 390]) {
      it(`${lang}, ${width} px: provinces filled, the aggregation stated, the legend beside the map`, async () => {
        const t = await s.open(`${RATE}${lang === 'en' ? '&lang=en' : ''}`, {
          viewport: { width, height: 900 },
        });
        const { page } = t;
        await settle(page);
        await expect
          .poll(() => mapLabel(page), { timeout: 20_000 })
          .toContain(lang === 'zh' ? '全国分省地图' : 'province map of China');
        const label = await mapLabel(page);
        const reported = Number(
          (lang === 'zh'
            ? /各省司法局中位数；(\d+) 个省有数值/
            : /median of justice bureaus per province; (\d+) provinces with values/
          ).exec(label)?.[1],
        );
        // The synthetic generator spreads its districts over 31 provinces.
        expect(reported).toBeGreaterThanOrEqual(20);
        expect(label).toContain(lang === 'zh' ? '颜色刻度固定为 80%–100%' : 'Fixed colour scale 80–100%');
        if (lang === 'en') expect(label).not.toMatch(/[\u4e00-\u9fff]/);
        // Beside the map in words too, not only for screen readers.
        const notes = await page.locator('.map-showing').first().innerText();
        expect(notes).toContain(lang === 'zh' ? '全国（分省）' : 'China (by province)');
        expect(
          await page
            .getByText(
              lang === 'zh' ? /各省司法局中位数；\d+ 个省有数值/ : /median of justice bureaus per province/,
            )
            .count(),
        ).toBeGreaterThan(0);
        // The boundaries are a chunk of their own, loaded now; the district boundaries are not.
        expect(t.requests.some((u) => CHINA.test(u))).toBe(true);
        expect(t.requests.some((u) => SHANGHAI.test(u))).toBe(false);
        await expect
          .poll(async () => Math.max(0, ...(await chartInk(page))), { timeout: 10_000 })
          .toBeGreaterThan(2000);

        // Every province in the table, with its value, "not reported" or "no agency"; never a bare 0.
        const rows = page.locator('details.map-table tbody tr');
        expect(await rows.count()).toBe(34);
        const shandong = await rows
          .filter({ hasText: lang === 'zh' ? '山东省' : 'Shandong' })
          .first()
          .innerText();
        expect(shandong).toMatch(/\d+(\.\d)?%/);
        expect(shandong).toMatch(lang === 'zh' ? /个机构的中位数/ : /median of \d+ agencies/);
        const taiwan = await rows
          .filter({ hasText: lang === 'zh' ? '台湾省' : 'Taiwan' })
          .first()
          .innerText();
        expect(taiwan).toContain(lang === 'zh' ? '无此类机构' : 'no agency of this type');

        const map = (await page.locator('.chart-with-aside > [role="img"]').boundingBox())!;
        const box = (await page.locator('.map-legend').boundingBox())!;
        const apart =
          box.x >= map.x + map.width ||
          map.x >= box.x + box.width ||
          box.y >= map.y + map.height ||
          map.y >= box.y + box.height;
        expect(apart).toBe(true);
        // Nothing of the map panel reaches past the viewport (the page's own overflow is another matter).
        expect(await mapPanelRight(page)).toBeLessThanOrEqual(width);
        expect(t.problems()).toEqual([]);
      });
    }
  }

  it('a province with no reporting agency of the type is hatched, never 0: zone administrations', async () => {
    const t = await s.open(`${RATE}&maptype=zone_admin`);
    const { page } = t;
    await settle(page);
    await expect.poll(() => mapLabel(page), { timeout: 20_000 }).toContain('各省园区/自贸区管理机构中位数');
    const label = await mapLabel(page);
    expect(label).toMatch(/(\d+) 个省未报告/);
    const notReported = page.locator('details.map-table tbody tr', { hasText: '未报告' });
    if ((await notReported.count()) > 0) expect(await notReported.first().innerText()).not.toMatch(/\s0%/);
    expect(await page.getByLabel('地图上的机构类型').inputValue()).toBe('zone_admin');
    expect(t.problems()).toEqual([]);
  });

  it('the table links open a province: its agencies in the ranking table, or the district map of Shanghai', async () => {
    const t = await s.open(RATE);
    const { page } = t;
    await settle(page);
    await expect.poll(() => mapLabel(page), { timeout: 20_000 }).toContain('全国分省地图');
    // From the keyboard: focus the link and press Enter.
    await page.locator('details.map-table a', { hasText: '山东省' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
      .toContain('region=山东省');
    expect(await page.evaluate(() => location.hash)).toContain('chart=table');
    await settle(page);
    expect(
      await page.locator('.filter-bar label', { hasText: '地区' }).first().locator('select').inputValue(),
    ).toBe('山东省');
    expect(await page.locator('table.data tbody tr').count()).toBeGreaterThan(5);

    await page.goBack();
    await settle(page);
    await expect.poll(() => mapLabel(page), { timeout: 20_000 }).toContain('全国分省地图');
    await page.locator('details.map-table a', { hasText: '上海市' }).click();
    await expect.poll(() => mapLabel(page), { timeout: 20_000 }).toContain('上海市分区地图');
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toMatch(
      /chart=map.*region=上海市|region=上海市.*chart=map/,
    );
    expect(await page.getByLabel('地图区域').isDisabled()).toBe(true);
    expect(t.problems()).toEqual([]);
  });

  it('clicking a province on the map opens it', async () => {
    const t = await s.open(RATE, { viewport: { width: 1440, height: 900 } });
    const { page } = t;
    await settle(page);
    await expect.poll(() => mapLabel(page), { timeout: 20_000 }).toContain('全国分省地图');
    await expect
      .poll(async () => Math.max(0, ...(await chartInk(page))), { timeout: 10_000 })
      .toBeGreaterThan(2000);
    // The far west of the drawing is Xinjiang or Tibet; step along a line until a province is hit.
    const map = (await page.locator('.chart-with-aside > [role="img"]').boundingBox())!;
    let hash = '';
    for (const fx of [0.3, 0.33, 0.36, 0.39, 0.42, 0.45]) {
      await page.mouse.click(map.x + map.width * fx, map.y + map.height * 0.45);
      await page.waitForTimeout(300);
      hash = await page.evaluate(() => decodeURIComponent(location.hash));
      if (hash.includes('region=')) break;
    }
    const region = /region=([^&]+)/.exec(hash)?.[1] ?? '';
    expect(['新疆维吾尔自治区', '西藏自治区', '青海省', '甘肃省']).toContain(region);
    expect(hash).toContain('chart=table');
    await settle(page);
    expect(
      await page.locator('.filter-bar label', { hasText: '地区' }).first().locator('select').inputValue(),
    ).toBe(region);
    expect(t.problems()).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: axe finds no serious or critical violation on the country map`, async () => {
      const t = await s.open(`${RATE}${lang === 'en' ? '&lang=en' : ''}`);
      await settle(t.page);
      await expect
        .poll(() => mapLabel(t.page), { timeout: 20_000 })
        .toMatch(/全国分省地图|province map of China/);
      const serious = (await axeViolations(t.page)).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(describeViolations(serious)).toEqual([]);
      expect(t.problems()).toEqual([]);
    });
  }
});
