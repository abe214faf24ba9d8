// `npm start` (the README's first command) runs Vite's dev server; the dashboard must render there
// with the embedded data, not only in the static build.
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, ROOT } from './harness.ts';

const unavailable = inject('browserUnavailable');
(unavailable ? describe.skip : describe)('dev server (npm start)', () => {
  let server: ViteDevServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await createServer({
      root: ROOT,
      configFile: `${ROOT}/vite.config.ts`,
      server: { host: '127.0.0.1', port: 0 },
      logLevel: 'silent',
    });
    await server.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves source modules and data/ side by side, and shows the embedded dataset', async () => {
    const url = server.resolvedUrls?.local[0];
    expect(url).toBeTruthy();
    const origin = new URL(url!).origin;
    const t = await openPage(browser, origin);
    await t.page.goto(`${url}#/indicator/reconsideration.accepted`);
    await expect.poll(() => t.page.locator('body').innerText(), { timeout: 30_000 }).toContain('932');
    // The dev client talks to its own server over a WebSocket; only count real failures.
    expect(t.failed).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    // ECharts' development build reports misuse (a module used but not registered, a bad option)
    // as console errors that the production build drops: they are only visible here.
    await t.page.goto(`${url}#/compare?agencies=sh-baoshan-justice,sh-changning&chart=radar`);
    await expect.poll(() => t.page.locator('body').innerText(), { timeout: 30_000 }).toContain('5 项');
    await t.page.waitForTimeout(1000);
    expect(t.consoleErrors.filter((e) => !e.includes('[vite]') && !/WebSocket/i.test(e))).toEqual([]);
    expect(t.pageErrors).toEqual([]);
    await t.close();
  });
});
