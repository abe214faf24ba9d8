// `npm run bench:app`: how the built dashboard copes with a national-scale dataset.
//
// Makes sure data/synthetic/ exists (runs the generator when missing), builds the app into a
// scratch folder with the synthetic dataset next to it (data/synthetic/ relative to index.html),
// serves it from a sub-path, opens headless Chromium at the indicator view with the synthetic
// dataset selected and measures:
//   load_ms    navigation start → the ranking chart's container ([role="img"], labelled) is visible
//              and the table has rows of the synthetic dataset (the first usable view); median of runs
//   switch_ms  median over ~10 switches of indicator or region filter (a hash change) → the chart's
//              aria-label has changed and the next frame has started
//   search_ms  agency search (find): one keystroke (an input event on the combobox) → the listbox
//              rendered and the next frame started; median and slowest over the keystrokes of
//              several queries typed one character at a time, after the pinyin chunk has loaded
//   focus_ms   choosing an agency in the search → the view marks it (its position shown beside the
//              chart, the chart redrawn with it labelled) and the next frame started; median, slowest
//   trend_ms   median over opening the trend view (chart=trend, focus=syn-0002) from the bar view and
//              switching indicators within it → the trend chart's aria-label is new over a canvas
//              and the next frame has started (the first includes the line chart's lazy chunk)
// Prints exactly one JSON line on stdout; progress goes to stderr. Targets (load ≤ 3000 ms,
// switch ≤ 200 ms, trend ≤ 300 ms) are reported, not enforced. Exit status 1 only when the view never became usable.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import {
  buildApp,
  firstPageScripts,
  launchBrowser,
  openPage,
  ROOT,
  serveStatic,
  staticImports,
} from './browserHarness.ts';
import { DEFAULT_SEED, writeSyntheticDataset } from './synthetic-data.ts';

const TARGET_LOAD_MS = 3000;
const TARGET_SWITCH_MS = 200;
const TARGET_SEARCH_MS = 50;
const TARGET_FOCUS_MS = 200;
const TARGET_FOCUS_MAX_MS = 400;
/** Typed one character at a time (pinyin in full, initials, Chinese). */
const SEARCH_QUERIES: readonly string[] = ['shiliqu0812', 'slq0300sfj', '示例区0450', 'sifaju'];
/** Each chooses its first option: another agency to focus on. */
const FOCUS_QUERIES: readonly string[] = [
  'slq0812sfj',
  'slq0300sfj',
  'slq0450rmzf',
  'slq0600sfj',
  'slq0021',
  'slq0512sfj',
];
const START_INDICATOR = 'reconsideration.accepted';
const SWITCHES: readonly { indicator: string; region?: string }[] = [
  { indicator: 'mediation.success_rate' },
  { indicator: 'training.participants' },
  { indicator: 'training.participants', region: '广东省' },
  { indicator: 'litigation.head_appearance_rate', region: '广东省' },
  { indicator: 'litigation.head_appearance_rate' },
  { indicator: 'review.contracts' },
  { indicator: 'review.contracts', region: '四川省' },
  { indicator: 'publicity.events', region: '四川省' },
  { indicator: 'publicity.events', region: '江苏省' },
  { indicator: 'reconsideration.accepted', region: '江苏省' },
  { indicator: 'reconsideration.accepted' },
];

// time: opening the trend view (chart=trend) with a focused agency, from the bar view (the first
// time loads the line chart's chunk) and between indicators within it.
const TARGET_TREND_MS = 300;
const TREND_FOCUS = 'syn-0002';
const TREND_OPENS: readonly { indicator: string; chart: 'trend' | 'bar' }[] = [
  { indicator: 'reconsideration.accepted', chart: 'trend' },
  { indicator: 'mediation.success_rate', chart: 'trend' },
  { indicator: 'training.participants', chart: 'trend' },
  { indicator: 'review.contracts', chart: 'bar' },
  { indicator: 'review.contracts', chart: 'trend' },
];

function trendHashFor(indicator: string, chart: 'trend' | 'bar'): string {
  const q = new URLSearchParams({ dataset: 'synthetic', focus: TREND_FOCUS });
  if (chart === 'trend') q.set('chart', 'trend');
  return `#/indicator/${indicator}?${q.toString()}`;
}

/**
 * Changes the hash and times it until the trend panel's chart carries a new aria-label over a
 * canvas (its lines drawn in the next frame), or, for the bar view, until the ranking's does.
 */
async function timeTrend(
  page: Page,
  hash: string,
  trend: boolean,
  timeoutMs: number,
): Promise<number | null> {
  return page.evaluate(
    ({ hash, trend, timeoutMs }) =>
      new Promise<number | null>((resolve) => {
        const selector = trend
          ? 'section[aria-labelledby="trend-title"] .chart-canvas[role="img"][aria-label]'
          : '.chart-canvas[role="img"][aria-label]';
        const label = () => {
          const el = document.querySelector(selector);
          return el?.querySelector('canvas') ? (el.getAttribute('aria-label') ?? '') : '';
        };
        const before = label();
        let done = false;
        const t0 = performance.now();
        const finish = (v: number | null) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(v);
        };
        const check = () => {
          const now = label();
          if (now && now !== before) requestAnimationFrame(() => finish(performance.now() - t0));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(() => finish(null), timeoutMs);
        location.hash = hash;
      }),
    { hash, trend, timeoutMs },
  );
}

function log(msg: string): void {
  process.stderr.write(`[bench:app] ${msg}\n`);
}

function hashFor(indicator: string, region?: string): string {
  const q = new URLSearchParams({ dataset: 'synthetic' });
  if (region) q.set('region', region);
  return `#/indicator/${indicator}?${q.toString()}`;
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? dirBytes(p) : st.size;
  }
  return total;
}

function firstPageJsGzip(dist: string): number {
  const queue = firstPageScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const seen = new Set<string>();
  let total = 0;
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel) || !existsSync(join(dist, rel))) continue;
    seen.add(rel);
    const code = readFileSync(join(dist, rel));
    total += gzipSync(code, { level: 9 }).length;
    for (const imp of staticImports(code.toString('utf8'))) {
      if (imp.startsWith('./')) queue.push(join(rel, '..', imp));
    }
  }
  return total;
}

/**
 * Waits in the page until the first usable view: a visible, labelled [role="img"] and a table with
 * at least one row naming a synthetic agency. Returns performance.now() at that moment (ms since
 * navigation start), or null on timeout.
 */
async function waitUsable(page: Page, timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const img = document.querySelector<HTMLElement>('[role="img"][aria-label]');
        if (!img?.getAttribute('aria-label')?.trim()) return false;
        const box = img.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        const rows = document.querySelectorAll('table tbody tr');
        if (rows.length === 0) return false;
        if (!Array.from(rows).some((r) => r.textContent?.includes('合成'))) return false;
        return performance.now();
      },
      undefined,
      { polling: 'raf', timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

/** Changes the hash in the page and times it until the chart's aria-label changes and a frame starts. */
async function timeSwitch(page: Page, hash: string, timeoutMs: number): Promise<number | null> {
  return page.evaluate(
    ({ hash, timeoutMs }) =>
      new Promise<number | null>((resolve) => {
        const label = () =>
          document.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label') ?? '';
        const before = label();
        let done = false;
        const t0 = performance.now();
        const finish = (v: number | null) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(v);
        };
        const check = () => {
          const now = label();
          if (now && now !== before && document.querySelector('table tbody tr')) {
            requestAnimationFrame(() => finish(performance.now() - t0));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-label'],
        });
        const timer = setTimeout(() => finish(null), timeoutMs);
        location.hash = hash;
      }),
    { hash, timeoutMs },
  );
}

/**
 * Times each keystroke of `queries` in the agency search: input event → React has rendered the
 * listbox (a discrete event renders synchronously) → the next animation frame. Focusing the box
 * first loads the pinyin chunk; timing starts once pinyin answers ("shiliqu" lists agencies).
 */
async function timeSearch(
  page: Page,
  queries: readonly string[],
  timeoutMs: number,
): Promise<number[] | null> {
  return page.evaluate(
    async ({ queries, timeoutMs }) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!input) return null;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (v: string) => {
        setter.call(input, v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      input.focus();
      const start = performance.now();
      for (;;) {
        type('');
        type('shiliqu');
        await frame();
        if (document.querySelectorAll('[role="option"]').length > 0) break;
        if (performance.now() - start > timeoutMs) return null;
        await new Promise((r) => setTimeout(r, 50));
      }
      const times: number[] = [];
      for (const q of queries) {
        type('');
        await frame();
        for (let i = 1; i <= q.length; i++) {
          const t0 = performance.now();
          type(q.slice(0, i));
          times.push((await frame()) - t0);
        }
      }
      type('');
      return times;
    },
    { queries, timeoutMs },
  );
}

/** Times choosing the first option of each query → the focus panel names that agency → next frame. */
async function timeFocus(
  page: Page,
  queries: readonly string[],
  timeoutMs: number,
): Promise<number[] | null> {
  return page.evaluate(
    async ({ queries, timeoutMs }) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!input) return null;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      const times: number[] = [];
      for (const q of queries) {
        input.focus();
        setter.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        const option = document.querySelector<HTMLElement>('[role="option"] .combo-name');
        if (!option) continue;
        const name = option.textContent ?? '';
        const t0 = performance.now();
        const shown = new Promise<number | null>((resolve) => {
          const done = () => {
            const panel = document.querySelector<HTMLElement>('.focus-panel');
            return (
              panel?.textContent?.includes(name) &&
              document.querySelector('[data-testid="focus-position-all"]')
            );
          };
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, timeoutMs);
        });
        option.closest<HTMLElement>('[role="option"]')!.click();
        const ms = await shown;
        if (ms !== null) times.push(ms);
      }
      return times;
    },
    { queries, timeoutMs },
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'keep-dist': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '30000' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const timeoutMs = Math.max(1000, Number(values.timeout) || 30000);

  const synthetic = join(ROOT, 'data', 'synthetic');
  if (!existsSync(join(synthetic, 'meta.json')) || !existsSync(join(synthetic, 'observations.csv'))) {
    log('data/synthetic/ is missing: generating it');
    writeSyntheticDataset({ out: synthetic, agencies: 3000, seed: DEFAULT_SEED });
  }
  const meta = JSON.parse(readFileSync(join(synthetic, 'meta.json'), 'utf8')) as {
    counts?: { agencies?: number; reports?: number; observations?: number };
  };

  const dist = join(ROOT, 'bench-out', 'app-dist');
  mkdirSync(join(ROOT, 'bench-out'), { recursive: true });
  log('building the app');
  const tBuild = performance.now();
  buildApp(dist);
  const served = join(dist, 'data', 'synthetic');
  if (!existsSync(join(served, 'observations.csv'))) cpSync(synthetic, served, { recursive: true });
  log(`built in ${Math.round(performance.now() - tBuild)} ms`);

  const server = await serveStatic(dist, { subPath: '/bench/fazhi/' });
  const browser = await launchBrowser();
  const loads: number[] = [];
  const switches: number[] = [];
  let searches: number[] = [];
  let focuses: number[] = [];
  const dataFetched: number[] = [];
  const trendOpens: number[] = [];
  let trendTimeouts = 0;
  let timeouts = 0;
  let problems: string[] = [];
  let error: string | null = null;
  try {
    for (let i = 0; i < runs; i++) {
      const tp = await openPage(browser, server.origin);
      await tp.page.goto(server.url + hashFor(START_INDICATOR), { waitUntil: 'commit' });
      const load = await waitUsable(tp.page, timeoutMs);
      if (load === null) {
        error = `the indicator view never became usable within ${timeoutMs} ms (labelled [role="img"] + table rows of the synthetic dataset)`;
        problems = tp.problems();
        await tp.close();
        break;
      }
      loads.push(load);
      // When the dataset files finished arriving (fetched by the page itself, not by a worker).
      const fetched = await tp.page.evaluate(() => {
        const ends = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/data/synthetic/'))
          .map((e) => (e as PerformanceResourceTiming).responseEnd);
        return ends.length > 0 ? Math.max(...ends) : null;
      });
      if (fetched !== null) dataFetched.push(fetched);
      log(
        `load run ${i + 1}: ${Math.round(load)} ms${fetched === null ? '' : ` (dataset fetched at ${Math.round(fetched)} ms)`}`,
      );
      if (i === runs - 1) {
        for (const s of SWITCHES) {
          const ms = await timeSwitch(tp.page, hashFor(s.indicator, s.region), timeoutMs);
          if (ms === null) timeouts++;
          else switches.push(ms);
          log(
            `switch to ${s.indicator}${s.region ? ` in ${s.region}` : ''}: ${ms === null ? 'timeout' : `${Math.round(ms)} ms`}`,
          );
        }
        // find: back to the first indicator, then search and focus changes.
        await timeSwitch(tp.page, hashFor(START_INDICATOR), timeoutMs);
        searches = (await timeSearch(tp.page, SEARCH_QUERIES, timeoutMs)) ?? [];
        log(`search: ${searches.map((x) => Math.round(x)).join(', ')} ms (${searches.length} keystrokes)`);
        focuses = (await timeFocus(tp.page, FOCUS_QUERIES, timeoutMs)) ?? [];
        log(`focus: ${focuses.map((x) => Math.round(x)).join(', ')} ms`);
        for (const o of TREND_OPENS) {
          const ms = await timeTrend(
            tp.page,
            trendHashFor(o.indicator, o.chart),
            o.chart === 'trend',
            timeoutMs,
          );
          if (o.chart !== 'trend') continue;
          if (ms === null) trendTimeouts++;
          else trendOpens.push(ms);
          log(`trend view of ${o.indicator}: ${ms === null ? 'timeout' : `${Math.round(ms)} ms`}`);
        }
        problems = tp.problems();
      }
      await tp.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const loadMs = round1(median(loads));
  const switchMs = round1(median(switches));
  const result = {
    load_ms: loadMs,
    switch_ms: switchMs,
    agencies: meta.counts?.agencies ?? null,
    reports: meta.counts?.reports ?? null,
    observations: meta.counts?.observations ?? null,
    dataset_mb: Math.round((dirBytes(synthetic) / 1e6) * 10) / 10,
    first_page_js_gzip_kb: Math.round(firstPageJsGzip(dist) / 100) / 10,
    load_runs_ms: loads.map((x) => Math.round(x)),
    dataset_fetched_ms: dataFetched.length ? Math.round(median(dataFetched)!) : null,
    switch_runs_ms: switches.map((x) => Math.round(x)),
    switch_max_ms: switches.length ? Math.round(Math.max(...switches)) : null,
    switch_timeouts: timeouts,
    search_ms: round1(median(searches)),
    search_max_ms: searches.length ? Math.round(Math.max(...searches)) : null,
    search_keystrokes: searches.length,
    search_runs_ms: searches.map((x) => Math.round(x)),
    focus_ms: round1(median(focuses)),
    focus_max_ms: focuses.length ? Math.round(Math.max(...focuses)) : null,
    focus_runs_ms: focuses.map((x) => Math.round(x)),
    targets: {
      load_ms: TARGET_LOAD_MS,
      switch_ms: TARGET_SWITCH_MS,
      search_ms: TARGET_SEARCH_MS,
      focus_ms: TARGET_FOCUS_MS,
      focus_max_ms: TARGET_FOCUS_MAX_MS,
    },
    within_targets: {
      load: loadMs !== null && loadMs <= TARGET_LOAD_MS,
      switch: switchMs !== null && switchMs <= TARGET_SWITCH_MS,
      search: searches.length > 0 && Math.max(...searches) <= TARGET_SEARCH_MS,
      focus:
        focuses.length > 0 &&
        median(focuses)! <= TARGET_FOCUS_MS &&
        Math.max(...focuses) <= TARGET_FOCUS_MAX_MS,
    },
    // time: opening the trend view (the first run includes fetching the line chart's chunk).
    trend_ms: round1(median(trendOpens)),
    trend_runs_ms: trendOpens.map((x) => Math.round(x)),
    trend_max_ms: trendOpens.length ? Math.round(Math.max(...trendOpens)) : null,
    trend_timeouts: trendTimeouts,
    trend_target_ms: TARGET_TREND_MS,
    trend_within_target:
      trendOpens.length > 0 && trendTimeouts === 0 && Math.max(...trendOpens) <= TARGET_TREND_MS,
    page_problems: problems.slice(0, 10),
    ...(error ? { error } : {}),
  };
  if (!values['keep-dist']) rmSync(dist, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (error) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stdout.write(`${JSON.stringify({ load_ms: null, switch_ms: null, error: String(e) })}\n`);
  process.exitCode = 1;
});
