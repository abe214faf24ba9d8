// Vitest glue for the browser tests: one Chromium and one sub-path server per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import {
  launchBrowser,
  openPage,
  type PageOptions,
  type StaticServer,
  SUB_PATH,
  serveStatic,
  type TestPage,
} from './harness.ts';

export function distDir(): string {
  return inject('distDir');
}

export function distFile(...parts: string[]): string {
  return readFileSync(join(distDir(), ...parts), 'utf8');
}

export interface BrowserSuite {
  /** The server of the build (under SUB_PATH); set in beforeAll. */
  server(): StaticServer;
  /** Opens a page on `<server.url><hash>` and waits for the document to load. */
  open(hash?: string, opts?: PageOptions): Promise<TestPage>;
}

/**
 * describe() with a shared Chromium and a static server of this run's build under SUB_PATH.
 * Skips (visibly) only when Chromium is absent and could not be installed.
 */
export function describeBrowser(name: string, fn: (suite: BrowserSuite) => void): void {
  const unavailable = inject('browserUnavailable');
  if (unavailable) {
    console.warn(`[skipped] "${name}": ${unavailable}`);
    describe.skip(`${name} (skipped: no Chromium)`, () => fn(stub));
    return;
  }
  describe(name, () => {
    let browser: Browser | undefined;
    let server: StaticServer | undefined;
    const pages: TestPage[] = [];
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serveStatic(distDir(), { subPath: SUB_PATH })]);
    });
    afterAll(async () => {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      await browser?.close();
      await server?.close();
    });
    fn({
      server: () => {
        if (!server) throw new Error('server not started');
        return server;
      },
      open: async (hash = '', opts) => {
        if (!browser || !server) throw new Error('browser not started');
        const tp = await openPage(browser, server.origin, opts);
        pages.push(tp);
        await tp.page.goto(server.url + hash, { waitUntil: 'load' });
        return tp;
      },
    });
  });
}

const stub: BrowserSuite = {
  server: () => {
    throw new Error('skipped');
  },
  open: () => Promise.reject(new Error('skipped')),
};
