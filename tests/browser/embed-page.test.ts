// embed=1: the chart-only page for iframes. Title, chart, qualifier legend, source line and a link
// to the full view (new window); no site navigation; light or dark; no horizontal scrolling from
// 320 px up; works when storage throws (and in a sandboxed iframe without allow-same-origin).
// The Embed action of each chart view gives a copy-ready snippet of exactly that address.
import { expect, it } from 'vitest';
import { AGENCY, extractedOn, settle } from './contract.ts';
import { launchBrowser } from './harness.ts';
import {
  chartInk,
  horizontalOverflow,
  openMultiOriginPage,
  serveHtml,
  serveWithCors,
  settleIn,
} from './share-helpers.ts';
import { describeBrowser, distDir } from './suite.ts';

const COMPARE = `#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`;

const EMBEDS = [
  '#/indicator/mediation.success_rate?embed=1',
  '#/indicator/reconsideration.accepted?embed=1&lang=en',
  '#/indicator/reconsideration.accepted?chart=map&embed=1',
  `${COMPARE}&embed=1`,
  '#/coverage?embed=1',
  '#/?embed=1',
];

describeBrowser('embed=1: the chart-only page', (s) => {
  it('mediation.success_rate in a 600 × 450 frame: chart and source line in view, no navigation, no horizontal scroll', async () => {
    const t = await s.open('#/indicator/mediation.success_rate?embed=1', {
      viewport: { width: 600, height: 450 },
    });
    const { page } = t;
    await settle(page);
    await expect
      .poll(async () => Math.max(0, ...(await chartInk(page))), { timeout: 10_000 })
      .toBeGreaterThan(500);
    const chart = page.locator('[role="img"]').first();
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toContain('调解成功率');
    expect(label).toMatch(/95\.6\s*%/);
    const box = (await chart.boundingBox())!;
    expect(box.height, 'the chart takes the room the frame leaves').toBeGreaterThan(180);

    expect(await page.locator('h1').innerText()).toMatch(/调解成功率.*2024/);
    const source = page.locator('.embed-source');
    const sourceText = await source.innerText();
    expect(sourceText).toMatch(/^来源：.*发布.*数据提取于.*。$/);
    expect(sourceText).toContain(`数据提取于${extractedOn('zh')}。`);
    const sourceBox = (await source.boundingBox())!;
    expect(sourceBox.y + sourceBox.height, 'source line visible without scrolling').toBeLessThanOrEqual(450);

    // What the qualifier symbols mean.
    const legend = await page.locator('.qualifier-legend').innerText();
    for (const symbol of ['>', '≥', '≈', '<', '≤']) expect(legend).toContain(symbol);

    // A link to the full view, in a new window; the rest of the site is not there.
    const full = page.getByRole('link', { name: /完整视图/ });
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('rel')).toContain('noopener');
    const href = (await full.getAttribute('href')) ?? '';
    expect(href).toContain('#/indicator/mediation.success_rate');
    expect(href).not.toContain('embed=1');
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('select:visible').count()).toBe(0);
    expect(await page.locator('.filter-bar, .site-header').count()).toBe(0);

    expect(await horizontalOverflow(page)).toBe(0);
    expect(t.problems()).toEqual([]);
  });

  for (const width of [320, 375, 600, 1024]) {
    it(`no horizontal scrolling at ${width} px on any embed`, async () => {
      for (const hash of EMBEDS) {
        const t = await s.open(hash, { viewport: { width, height: 640 } });
        await settle(t.page);
        expect(await horizontalOverflow(t.page), `${hash} at ${width}px`).toBe(0);
        expect(await t.page.locator('.embed-source').count(), `${hash} has a source line`).toBe(1);
        expect(await t.page.locator('.qualifier-legend').count(), `${hash} explains the symbols`).toBe(1);
        expect(t.problems()).toEqual([]);
        await t.close();
      }
    });
  }

  it('theme=dark: dark page, light text, chart drawn; the Chinese and English source lines', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?embed=1&theme=dark', {
      viewport: { width: 600, height: 450 },
    });
    const { page } = t;
    await settle(page);
    const colours = await page.evaluate(() => {
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const body = getComputedStyle(document.body).backgroundColor;
      const root = getComputedStyle(document.documentElement).backgroundColor;
      const bg = body === 'rgba(0, 0, 0, 0)' ? root : body;
      return {
        theme: document.documentElement.dataset.theme,
        bg: lum(bg),
        text: lum(getComputedStyle(document.querySelector('h1')!).color),
      };
    });
    expect(colours.theme).toBe('dark');
    expect(colours.bg).toBeLessThan(60);
    expect(colours.text).toBeGreaterThan(180);
    await expect
      .poll(async () => Math.max(0, ...(await chartInk(page))), { timeout: 10_000 })
      .toBeGreaterThan(100);

    expect(t.problems()).toEqual([]);

    const en = await s.open('#/indicator/reconsideration.accepted?embed=1&lang=en');
    await settle(en.page);
    const enSource = await en.page.locator('.embed-source').innerText();
    expect(enSource).toMatch(/^Source: .*extracted on .*\.$/);
    expect(enSource).toContain(`extracted on ${extractedOn('en')}.`);
    expect(await en.page.locator('.embed-source').innerText()).not.toMatch(/发布/);
    expect(en.problems()).toEqual([]);
  });

  it('works when every storage access throws (no cookies, no localStorage, no IndexedDB)', async () => {
    const t = await s.open('', { viewport: { width: 600, height: 450 } });
    const { page } = t;
    await page.context().addInitScript({
      content: `(() => {
        const deny = () => { throw new DOMException('denied', 'SecurityError'); };
        for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
          Object.defineProperty(window, name, { get: deny, configurable: true });
        }
        Object.defineProperty(Document.prototype, 'cookie', { get: deny, set: deny, configurable: true });
      })();`,
    });
    await page.goto(`${s.server().url}#/indicator/mediation.success_rate?embed=1`);
    await settle(page);
    await expect
      .poll(async () => Math.max(0, ...(await chartInk(page))), { timeout: 10_000 })
      .toBeGreaterThan(500);
    expect(await page.locator('.embed-source').innerText()).toContain('来源');
    expect(t.pageErrors).toEqual([]);
    expect(t.problems()).toEqual([]);
  });

  it('renders inside a sandboxed iframe without allow-same-origin (opaque origin, CORS-served build)', async () => {
    const app = await serveWithCors(distDir(), '/embed/');
    const host = await serveHtml(
      `<!doctype html><html lang="en"><title>host</title><body>
       <iframe id="f" sandbox="allow-scripts allow-popups" style="width:600px;height:450px;border:0"
         title="chart" src="${app.url}#/indicator/mediation.success_rate?embed=1&amp;lang=en"></iframe></body></html>`,
    );
    const browser = await launchBrowser();
    try {
      const p = await openMultiOriginPage(browser, [app.origin, host.origin]);
      await p.page.goto(host.url);
      const frame = p.page.frameLocator('#f');
      await expect.poll(() => frame.locator('.embed-source').count(), { timeout: 20_000 }).toBe(1);
      const inner = p.page.frames().find((f) => f.url().startsWith(app.url))!;
      await settleIn(inner);
      expect(await inner.evaluate(() => origin)).toBe('null');
      expect(await frame.locator('[role="img"]').first().getAttribute('aria-label')).toContain(
        'Mediation success rate',
      );
      await expect
        .poll(async () => Math.max(0, ...(await chartInk(inner))), { timeout: 10_000 })
        .toBeGreaterThan(500);
      expect(p.errors).toEqual([]);
      expect(p.offOrigin).toEqual([]);
    } finally {
      await browser.close();
      await host.close();
      await app.close();
    }
  });
});

describeBrowser('the Embed action', (s) => {
  it('gives a responsive, titled iframe snippet of this view with embed=1 (and theme=dark when asked)', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?lang=en');
    const { page } = t;
    await settle(page);
    const button = page.getByRole('button', { name: 'Embed', exact: true });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const code = page.getByLabel('Embed code');
    const snippet = await code.inputValue();
    const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(src).toBe(`${s.server().url}#/indicator/reconsideration.accepted?lang=en&embed=1`);
    expect(snippet).toMatch(/<div style="[^"]*width:100%[^"]*aspect-ratio:4\/3[^"]*min-height:\d+px">/);
    expect(snippet).toMatch(/title="Reconsideration cases accepted \(intake\) · 2024"/);
    expect(snippet).toContain('width:100%;height:100%;border:0');

    await page.getByLabel('Dark theme').check();
    const dark = await code.inputValue();
    expect(dark).toContain('theme=dark&amp;embed=1');

    // The preview link opens the same address.
    const link = page.getByRole('link', { name: /Preview the embedded page/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('theme=dark');
    expect(t.problems()).toEqual([]);
    const preview = await s.open(href.slice(href.indexOf('#')));
    await settle(preview.page);
    expect(await preview.page.locator('h1').innerText()).toContain('Reconsideration cases accepted');
    expect(await preview.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(preview.problems()).toEqual([]);
  });

  it('every chart view offers it: indicator (bar, map), compare, overview cards, coverage', async () => {
    const t = await s.open('#/');
    for (const hash of [
      '#/indicator/mediation.success_rate',
      '#/indicator/mediation.success_rate?chart=map',
      COMPARE,
      '#/',
      '#/coverage',
    ]) {
      await t.page.goto(`${s.server().url}${hash}`);
      await settle(t.page);
      await t.page.getByRole('button', { name: '嵌入', exact: true }).first().click();
      const snippet = await t.page.getByLabel('嵌入代码').inputValue();
      const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&') ?? '';
      const expected = `${s.server().url}${hash}${hash.includes('?') ? '&' : '?'}embed=1`;
      expect(src, hash).toBe(expected.replace('#/?embed=1', '#/?embed=1'));
    }
    expect(t.problems()).toEqual([]);
  });
});
