// Compare view: the radar draws the agencies' shapes (its code arrives in a lazy chunk after the
// chart exists), draws only what every chosen agency reports, and says so; with too little in
// common it explains instead of drawing "not reported" as 0. Chart kind and agencies live in the
// address. The bars say 未报告 / only reporter where no bar is drawn, one agency draws nothing,
// and the axis title stays whole at 1440 and 390 px, in Chinese and English.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AGENCY, settle, textOf } from './contract.ts';
import { inkPixels } from './ink.ts';
import { download, horizontalOverflow } from './share-helpers.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('compare view', (s) => {
  it('radar draws the shared indicators, explains when too few are shared, and round-trips', async () => {
    const t = await s.open(`#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`);
    const { page } = t;
    await settle(page);
    // Bars first: the legend alone is a few hundred coloured pixels; bars are thousands.
    const radar = page.getByRole('button', { name: '雷达图' });
    await radar.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/chart=radar/);
    // Baoshan and Changning both report 5 indicators (data/observations.csv): the radar has 5 axes.
    await expect.poll(() => page.getByRole('note').textContent(), { timeout: 10_000 }).toMatch(/5 项/);
    await expect
      .poll(() => page.locator('[role="img"]').first().getAttribute('aria-label'))
      .toContain('5 项指标');
    // The shapes are drawn (before the fix the instance had no radar layout: legend only, ~600 px).
    await expect
      .poll(async () => Math.min(...(await inkPixels(page))), { timeout: 10_000 })
      .toBeGreaterThan(3000);

    // Tianjin's port zone shares fewer than 3 indicators with both: no radar, a reason instead.
    await page.getByRole('button', { name: new RegExp(AGENCY.tianjinPort.zh) }).click();
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
      .toContain(AGENCY.tianjinPort.id);
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/画不成雷达图/);
    expect(await page.locator('[role="img"]').count()).toBe(0);
    expect(await radar.getAttribute('aria-pressed')).toBe('true');
    const hash = await page.evaluate(() => location.hash);

    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/画不成雷达图/);

    // Removing it again brings the shapes back in the same chart.
    await page.getByRole('button', { name: `移除 ${AGENCY.tianjinPort.zh}` }).click();
    await expect
      .poll(async () => Math.min(...(await inkPixels(page))), { timeout: 10_000 })
      .toBeGreaterThan(3000);
    expect(t.problems()).toEqual([]);
  });
});

/**
 * Rows (from the bottom) of a chart canvas holding near-black text pixels, as { lowest, left,
 * right } of the last band of such pixels: the axis title is the only near-black text below the
 * plot (tick labels are grey), so a title cut off or drawn outside the canvas leaves none.
 */
function bottomTextBand(page: Page) {
  return page.$eval('[role="img"] canvas', (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    const { width, height } = c;
    const d = ctx.getImageData(0, 0, width, height).data;
    const dark = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return d[i + 3]! > 128 && d[i]! < 70 && d[i + 1]! < 70 && d[i + 2]! < 70;
    };
    let lowest = -1;
    let left = width;
    let right = -1;
    // The bottom 14 % of the canvas: below the last bar and the tick labels.
    for (let y = height - 1; y >= Math.floor(height * 0.86); y--) {
      for (let x = 0; x < width; x++) {
        if (!dark(x, y)) continue;
        if (lowest < 0) lowest = y;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
    return { lowest, left, right, width, height };
  });
}

/** Texts of an SVG drawn into the page, with their boxes (to tell where a label sits). */
function svgTexts(page: Page, svg: string) {
  return page.evaluate((source) => {
    const holder = document.createElement('div');
    holder.innerHTML = source;
    document.body.append(holder);
    const texts = Array.from(holder.querySelectorAll('text')).map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', x: r.left, y: r.top + r.height / 2 };
    });
    holder.remove();
    return texts;
  }, svg);
}

const THREE = `${AGENCY.baoshan.id},${AGENCY.changning.id},${AGENCY.tianjinPort.id}`;

describeBrowser('compare view: not reported, only reporter, one agency, axis title', (s) => {
  for (const [lang, width] of [
    ['zh', 1440],
    ['en', 390],
    ['zh', 390],
    ['en', 1440],
  ] as const) {
    it(`says 未报告 / only reporter where no bar is drawn, and keeps the axis title whole (${lang}, ${width} px)`, async () => {
      const q = lang === 'en' ? '&lang=en' : '';
      const t = await s.open(`#/compare?agencies=${THREE}${q}`, { viewport: { width, height: 900 } });
      const { page } = t;
      await settle(page);
      const absent = lang === 'zh' ? '未报告' : 'not reported';
      const only = lang === 'zh' ? '仅此一家报告' : 'only reporter';
      // The summary counts what each agency leaves out: in data/observations.csv Changning and
      // Tianjin Port give no reconsideration applications received (Baoshan's 1,613 alone).
      const label = (await page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
      expect(label).toContain(absent);
      expect(label).toMatch(
        lang === 'zh' ? /\d+ 项指标仅一家报告/ : /Only one agency reports each of \d+ indicators/,
      );
      // The table says the same in each cell.
      const received = page.locator('tr', {
        has: page.getByRole('link', {
          name: lang === 'zh' ? '收到行政复议申请' : 'Reconsideration applications received',
          exact: true,
        }),
      });
      const cells = received.locator('td');
      expect(await cells.count()).toBe(3);
      expect(await textOf(cells.nth(0))).toContain(only);
      expect(await textOf(cells.nth(1))).toBe(absent);
      expect(await textOf(cells.nth(2))).toBe(absent);
      // The axis title is drawn inside the canvas, whole: dark text in the bottom band that
      // touches neither the bottom nor a side.
      await expect
        .poll(async () => (await bottomTextBand(page)).lowest, { timeout: 10_000 })
        .toBeGreaterThan(0);
      const band = await bottomTextBand(page);
      expect(band.lowest).toBeLessThan(band.height - 2);
      expect(band.left).toBeGreaterThan(0);
      expect(band.right).toBeLessThan(band.width - 1);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(t.problems()).toEqual([]);
    });
  }

  it('puts the 未报告 text at the place of the missing bar and the lone value at its own (SVG download)', async () => {
    const t = await s.open(`#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`);
    const { page } = t;
    await settle(page);
    const svg = (await download(page, '下载 SVG')).data.toString('utf8');
    const texts = await svgTexts(page, svg);
    // Row "复议申请" (reconsideration applications received): Baoshan 1,613 件 alone, Changning none.
    const row = texts.find((x) => x.text === '复议申请')!;
    const next = texts.find((x) => x.text === '复议受理')!;
    expect(row).toBeDefined();
    const band = (next.y - row.y) / 2;
    const inRow = texts.filter((x) => Math.abs(x.y - row.y) < band && x.x > row.x);
    expect(inRow.map((x) => x.text)).toEqual(['1,613 件（仅此一家报告，不画条）', '未报告']);
    // Both start at the value axis (where a bar would start), Baoshan's above Changning's.
    const zero = texts.find((x) => x.text === '0%')!;
    for (const x of inRow) expect(Math.abs(x.x - zero.x)).toBeLessThan(30);
    expect(inRow[0]!.y).toBeLessThan(inRow[1]!.y);
    expect(t.problems()).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`with one agency draws nothing and asks for a second (${lang})`, async () => {
      const t = await s.open(`#/compare?agencies=${AGENCY.baoshan.id}${lang === 'en' ? '&lang=en' : ''}`, {
        viewport: { width: 390, height: 800 },
      });
      const { page } = t;
      await settle(page);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: lang === 'zh' ? '再选择一个机构' : 'Choose a second agency' })
            .count(),
        )
        .toBe(1);
      expect(await page.locator('[role="img"]').count()).toBe(0);
      expect(await page.locator('table').count()).toBe(0);
      // Adding a second agency draws the chart.
      await page
        .getByRole('button', { name: new RegExp(AGENCY.changning[lang === 'zh' ? 'zh' : 'en']) })
        .click();
      await expect.poll(() => page.locator('[role="img"]').count()).toBeGreaterThan(0);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(t.problems()).toEqual([]);
    });
  }
});
