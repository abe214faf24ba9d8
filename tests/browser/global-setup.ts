// Vitest globalSetup of the "browser" project: builds the app once per test run into a private
// directory (so concurrent runs and `npm run build` never clobber each other), makes sure Debian's
// Chromium is there, and hands both to the tests through `inject()`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEFAULT_SEED, writeSyntheticDataset } from '../../src/cli/synthetic-data.ts';
import { ensureBrowserDeps } from './ensure-deps.ts';
import { buildApp, CHROMIUM_PATH, hasChromium, ROOT } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of this run's `vite build` output. */
    distDir: string;
    /** Why the browser tests cannot run (Chromium absent and not installable), or '' when they can. */
    browserUnavailable: string;
  }
}

export default function setup(project: TestProject): () => void {
  let browserUnavailable = '';
  if (!hasChromium()) {
    try {
      ensureBrowserDeps();
    } catch (e) {
      browserUnavailable = `${CHROMIUM_PATH} is absent and could not be installed: ${(e as Error).message}`;
    }
    if (!browserUnavailable && !hasChromium()) browserUnavailable = `${CHROMIUM_PATH} is absent`;
  }
  if (browserUnavailable) console.warn(`[browser tests skipped] ${browserUnavailable}`);

  // The synthetic national set (fixed seed, ≈1.5 s) is written before the build so the build
  // carries it (`?dataset=synthetic`) and the tests that read its files see the generator's current
  // output: the search, trend, flag, map, width and print tests run on it, never skipped.
  const t1 = Date.now();
  writeSyntheticDataset({ out: join(ROOT, 'data', 'synthetic'), agencies: 3000, seed: DEFAULT_SEED });
  console.log(`[browser] wrote data/synthetic in ${Date.now() - t1} ms`);

  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const distDir = mkdtempSync(join(ROOT, '.tmp', 'browser-dist-'));
  const t0 = Date.now();
  buildApp(distDir);
  console.log(`[browser] built the app into ${distDir} in ${Date.now() - t0} ms`);
  project.provide('distDir', distDir);
  project.provide('browserUnavailable', browserUnavailable);
  return () => rmSync(distDir, { recursive: true, force: true });
}
