// Another site embeds three charts with the snippets the Embed action gives: a page served from a
// second origin (its own port) holds iframes of the dashboard's ranking (Chinese), the mediation
// success rate (English) and a comparison. Each renders its data in its language, with no errors,
// no request outside the two sites, and no horizontal scrolling.
import { expect, it } from 'vitest';
import { embedSnippet } from '../../src/format/embedSnippet.ts';
import { AGENCY } from './contract.ts';
import { launchBrowser } from './harness.ts';
import { chartInk, horizontalOverflow, openMultiOriginPage, serveHtml, settleIn } from './share-helpers.ts';
import { describeBrowser } from './suite.ts';

const FRAMES = [
  { id: 'ranking', hash: '#/indicator/reconsideration.accepted?embed=1', title: '受理行政复议案件' },
  {
    id: 'mediation',
    hash: '#/indicator/mediation.success_rate?lang=en&embed=1',
    title: 'Mediation success rate',
  },
  {
    id: 'compare',
    hash: `#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}&embed=1`,
    title: '对比',
  },
];

describeBrowser('a third-party page embeds three charts', (s) => {
  it('each iframe shows the right data in the right language', async () => {
    const app = s.server();
    const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某区政府网站</title></head>
<body style="margin:0;font-family:sans-serif"><main style="max-width:720px;margin:0 auto;padding:8px">
<h1>政务公开 · 法治政府建设</h1>
${FRAMES.map((f) => `<section id="${f.id}">${embedSnippet({ url: app.url + f.hash, title: f.title, minHeight: 560 })}</section>`).join('\n')}
</main></body></html>`;
    const host = await serveHtml(html);
    expect(new URL(host.url).origin).not.toBe(app.origin);
    const browser = await launchBrowser();
    try {
      const p = await openMultiOriginPage(browser, [host.origin, app.origin], { width: 760, height: 900 });
      await p.page.goto(host.url);
      const frameOf = async (id: string) => {
        // Chrome does not draw cross-origin frames out of view: scroll each into view first.
        await p.page.locator(`#${id} iframe`).scrollIntoViewIfNeeded();
        const handle = await p.page.locator(`#${id} iframe`).elementHandle();
        const frame = await handle!.contentFrame();
        await settleIn(frame!);
        return frame!;
      };

      // 1. The ranking, in Chinese.
      const ranking = await frameOf('ranking');
      const rf = p.page.frameLocator('#ranking iframe');
      expect(await ranking.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await rf.locator('h1').innerText()).toBe('受理行政复议案件 · 2024');
      const rLabel = (await rf.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
      expect(rLabel).toContain(`${AGENCY.baoshan.zh} 932 件`);
      await expect
        .poll(async () => Math.max(0, ...(await chartInk(ranking))), { timeout: 10_000 })
        .toBeGreaterThan(200);
      await rf.getByRole('button', { name: '表格', exact: true }).click();
      expect(await rf.locator('tr', { hasText: AGENCY.baoshan.zh }).first().innerText()).toMatch(/932\s*件/);
      expect(await rf.locator('.embed-source').innerText()).toMatch(/^来源：/);

      // 2. Mediation success rate, in English.
      const mediation = await frameOf('mediation');
      const mf = p.page.frameLocator('#mediation iframe');
      expect(await mediation.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await mf.locator('h1').innerText()).toBe('Mediation success rate · 2024');
      const mLabel = (await mf.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
      expect(mLabel).toMatch(/Changning District Government 95\.6%/);
      expect(mLabel).toMatch(/Baoshan District Bureau of Justice 85\.8\d*%/);
      expect(mLabel).not.toMatch(/[\u4e00-\u9fff]/);
      await mf.getByRole('button', { name: 'Table', exact: true }).click();
      const baoshan = await mf.locator('tr', { hasText: 'Baoshan' }).first().innerText();
      expect(baoshan).toMatch(/85\.8\d*%.*Derived/);
      expect(await mf.locator('.embed-source').innerText()).toMatch(/^Source: /);
      expect(await mf.locator('.qualifier-legend').innerText()).toContain('more than');

      // 3. The comparison.
      const compare = await frameOf('compare');
      const cf = p.page.frameLocator('#compare iframe');
      const cLabel = (await cf.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
      expect(cLabel).toContain(AGENCY.baoshan.zh);
      expect(cLabel).toContain(AGENCY.changning.zh);
      await expect
        .poll(async () => Math.max(0, ...(await chartInk(compare))), { timeout: 10_000 })
        .toBeGreaterThan(200);
      await cf.getByRole('button', { name: '表格', exact: true }).click();
      const rate = await cf.locator('tr', { hasText: '调解成功率' }).first().innerText();
      expect(rate).toMatch(/85\.8\d*%/);
      expect(rate).toMatch(/95\.6%/);

      for (const frame of [ranking, mediation, compare]) {
        expect(await horizontalOverflow(frame)).toBe(0);
        expect(await frame.locator('nav').count()).toBe(0);
      }
      expect(p.errors).toEqual([]);
      expect(p.offOrigin).toEqual([]);
    } finally {
      await browser.close();
      await host.close();
    }
  });
});
