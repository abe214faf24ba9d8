// Helpers for the embed / map / download / accessibility tests: canvas ink in a page or frame,
// horizontal overflow, downloaded files (PNG size, SVG text, CSV rows), axe runs, and servers for
// "another site" (a second origin that embeds the dashboard) and for a CORS-enabled copy of the
// build (a sandboxed iframe without allow-same-origin has an opaque origin and fetches with CORS).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, type StaticServer, serveStatic } from './harness.ts';

export { CHROMIUM_ARGS };

type Target = Page | Frame;

/** Strongly coloured pixels in each chart canvas of a page or frame (bars, map areas). */
export function chartInk(target: Target): Promise<number[]> {
  return target.$$eval('[role="img"] canvas', (canvases) =>
    canvases.map((c) => {
      const canvas = c as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (
          d[i + 3]! > 128 &&
          Math.max(d[i]!, d[i + 1]!, d[i + 2]!) - Math.min(d[i]!, d[i + 1]!, d[i + 2]!) > 60
        )
          ink++;
      }
      return ink;
    }),
  );
}

/** How far the document is wider than its viewport (0 = no horizontal scrolling). */
export function horizontalOverflow(target: Target): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits for an embedded (or any) view in a frame or page to finish loading. */
export async function settleIn(target: Target, timeout = 20_000): Promise<void> {
  await target.waitForFunction(
    () => {
      const root = document.getElementById('root');
      const text = root?.innerText.trim() ?? '';
      return text.length > 20 && !document.querySelector('[aria-busy="true"]');
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** Clicks a button and returns the downloaded file (name and bytes). */
export async function download(page: Page, button: string): Promise<{ name: string; data: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.getByRole('button', { name: button, exact: true }).first().click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), data: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk; throws when the signature is wrong. */
export function pngSize(data: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (data.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Parses an SVG in the page (DOMParser) and returns its size attributes and all its text. */
export function svgInfo(
  page: Page,
  svg: string,
): Promise<{ ok: boolean; width: string | null; height: string | null; text: string }> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const ok = root.nodeName === 'svg' && doc.getElementsByTagName('parsererror').length === 0;
    const text = Array.from(doc.getElementsByTagName('text'))
      .map((t) => t.textContent ?? '')
      .join('');
    return { ok, width: root.getAttribute('width'), height: root.getAttribute('height'), text };
  }, svg);
}

/** CSV text (BOM stripped) → rows. */
export function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core on the document (injected over the DevTools protocol, so the page's CSP stays on). */
export async function axeViolations(target: Target): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as AxeViolation[];
  });
}

export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary ?? ''})`,
  );
}

export interface HtmlServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/** Serves one HTML page at http://127.0.0.1:<port>/ ("another site"). */
export async function serveHtml(html: string): Promise<HtmlServer> {
  const server: Server = createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] === '/') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(html);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * The build under a sub-path, with `Access-Control-Allow-Origin: *` on every file (what a sandboxed
 * iframe without allow-same-origin needs: its origin is opaque, so every fetch is cross-origin).
 */
export async function serveWithCors(dir: string, subPath: string): Promise<StaticServer> {
  const inner = await serveStatic(dir, { subPath });
  const server: Server = createServer(async (req, res) => {
    const upstream = await fetch(inner.origin + (req.url ?? '/'), { redirect: 'manual' });
    const headers: Record<string, string> = { 'access-control-allow-origin': '*' };
    upstream.headers.forEach((v, k) => {
      if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') headers[k] = v;
    });
    res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + inner.subPath,
    port,
    subPath: inner.subPath,
    requests: inner.requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await inner.close();
    },
  };
}

export interface MultiOriginPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and page errors of the page and all its frames. */
  errors: string[];
  /** Requests to origins other than the allowed ones (aborted). */
  offOrigin: string[];
}

/** A page allowed to talk to several origins (the host site and the dashboard); others are aborted. */
export async function openMultiOriginPage(
  browser: Browser,
  origins: readonly string[],
  viewport = { width: 1280, height: 1000 },
): Promise<MultiOriginPage> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport,
    serviceWorkers: 'block',
  });
  const errors: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (!origins.includes(new URL(url).origin)) {
      offOrigin.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, context, errors, offOrigin };
}
