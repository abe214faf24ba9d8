// Helpers for driving the built dashboard in a real browser (Debian's Chromium via playwright-core).
// Node only, no vitest: used by the browser tests (through tests/browser/harness.ts) and by
// `npm run bench:app`.
//
// - buildApp(outDir)          `vite build` into outDir (the browser tests build once, in global-setup.ts)
// - serveStatic(dir, {subPath}) a static server on 127.0.0.1:<ephemeral> that serves dir under a sub-path
//                             only, and records every request it received
// - launchBrowser()           headless Chromium with the flags this machine needs; never downloads one
// - openPage(browser, origin) a page with a fixed locale and time zone that collects console errors,
//                             page errors, and every request (aborting any that leaves the origin)
// - firstPageScripts/staticImports  the JavaScript the first page needs, read from the build
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The sub-path the browser tests serve the build under (the contract: any sub-path works). */
export const SUB_PATH = '/gov/fazhi-dashboard/';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------------------------------------
// Build

/** Runs `vite build --outDir <outDir>` in the project root; throws with vite's output on failure. */
export function buildApp(outDir: string): void {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const r = spawnSync(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (r.status !== 0) {
    throw new Error(`vite build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`vite build wrote no ${outDir}/index.html`);
}

// ---------------------------------------------------------------------------------------------
// Static server

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  // pdf.js's packed character maps (PDFs with non-embedded Chinese fonts).
  '.bcmap': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

export interface ServedRequest {
  method: string;
  /** Path and query as received, e.g. "/gov/fazhi-dashboard/assets/index-abc.js". */
  path: string;
  status: number;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Origin + sub-path, ending in "/": where index.html is. */
  url: string;
  port: number;
  subPath: string;
  /** Every request received, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/**
 * Serves `dir` at `http://127.0.0.1:<ephemeral>/<subPath>`; anything outside the sub-path, missing,
 * or with an unknown extension is a 404. "/sub/path" redirects to "/sub/path/"; a directory serves
 * its index.html. No caching headers, so every test sees the files on disk.
 */
export async function serveStatic(dir: string, opts: { subPath?: string } = {}): Promise<StaticServer> {
  const root = resolve(dir);
  let subPath = opts.subPath ?? '/';
  if (!subPath.startsWith('/')) subPath = `/${subPath}`;
  if (!subPath.endsWith('/')) subPath = `${subPath}/`;
  const requests: ServedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const raw = req.url ?? '/';
    const record = (status: number) => requests.push({ method: req.method ?? 'GET', path: raw, status });
    const notFound = () => {
      record(404);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      record(405);
      res.writeHead(405).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(raw, 'http://x').pathname);
    } catch {
      notFound();
      return;
    }
    if (`${pathname}/` === subPath) {
      record(301);
      res.writeHead(301, { location: subPath }).end();
      return;
    }
    if (!pathname.startsWith(subPath)) return notFound();
    let rel = pathname.slice(subPath.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) return notFound();
      size = st.size;
    } catch {
      return notFound();
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    if (!type) return notFound();
    record(200);
    res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + subPath,
    port,
    subPath,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Headless Debian Chromium. Never downloads a browser: fails when CHROMIUM_PATH is absent. */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium()) throw new Error(`${CHROMIUM_PATH} is absent (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

export interface PageOptions {
  /** Browser locale; default zh-CN. */
  locale?: string;
  /** Default Asia/Shanghai. */
  timezoneId?: string;
  /**
   * Freezes Date.now()/new Date() at this instant (timers keep running). Off by default: ECharts
   * animates by Date.now(), so a frozen clock leaves every bar at its start (zero length).
   */
  fixedTime?: string;
  viewport?: { width: number; height: number };
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages (and console warnings about CSP violations). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Every network request URL the page made (http, https, ws …; not data: or blob:). */
  requests: string[];
  /** Requests to anything but the served origin; these are aborted, not sent. */
  offOrigin: string[];
  /** Requests that failed (aborted, 4xx/5xx responses). */
  failed: string[];
  /** Console errors + page errors + failed requests, for one `expect(...).toEqual([])`. */
  problems(): string[];
  close(): Promise<void>;
}

/** A fresh context + page that only talks to `origin` ("http://127.0.0.1:PORT"). */
export async function openPage(browser: Browser, origin: string, opts: PageOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'zh-CN',
    timezoneId: opts.timezoneId ?? 'Asia/Shanghai',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const offOrigin: string[] = [];
  const failed: string[] = [];

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    requests.push(url);
    if (new URL(url).origin !== origin) {
      offOrigin.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // WebSockets bypass context.route(); record and refuse them too.
  await context.routeWebSocket(/.*/, (ws) => {
    requests.push(ws.url());
    offOrigin.push(ws.url());
    return ws.close();
  });

  // tsx (esbuild keepNames) wraps named inner functions of page.evaluate() callbacks in __name();
  // give the page a no-op one so the same callbacks run under tsx and vitest alike.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const page = await context.newPage();
  if (opts.fixedTime) await page.clock.setFixedTime(new Date(opts.fixedTime));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || (msg.type() === 'warning' && /Content.Security.Policy/i.test(text))) {
      const loc = msg.location();
      consoleErrors.push(`${text}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => pageErrors.push(`${err.name}: ${err.message}`));
  page.on('requestfailed', (req) => {
    // The browser's own favicon fetch is cancelled when a test reloads or navigates mid-request
    // (net::ERR_ABORTED); that is the test's navigation, not a file the site failed to serve.
    const aborted = req.failure()?.errorText === 'net::ERR_ABORTED' && req.url().endsWith('/favicon.svg');
    if (!offOrigin.includes(req.url()) && !aborted)
      failed.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.url()} (HTTP ${res.status()})`);
  });

  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    requests,
    offOrigin,
    failed,
    problems: () => [
      ...consoleErrors.map((e) => `console: ${e}`),
      ...pageErrors.map((e) => `pageerror: ${e}`),
      ...failed.map((e) => `request failed: ${e}`),
      ...offOrigin.map((e) => `left the origin: ${e}`),
    ],
    close: () => context.close(),
  };
}

/** True when the string contains at least one CJK unified ideograph. */
export function hasCjk(s: string): boolean {
  return /[\u4e00-\u9fff]/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Build output

/** Static imports of an ES module chunk: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*)(["'])([^"']+\.js)\1/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push(m[2]!);
  return out;
}

/** Local asset paths (relative to dist/) of `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function firstPageScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload/.test(tag);
    if (!isModule && !isPreload) continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if (url && !/^[a-z]+:/i.test(url) && !url.startsWith('//'))
      out.push(normalize(url.replace(/^\.?\//, '')));
  }
  return out;
}
