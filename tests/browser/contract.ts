// What the browser tests know about the contract (../shared/spec/app-contract.md) and the bundled
// dataset: the fixed addresses, the agencies of the five 2024 reports, and how to wait for a view.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../src/domain/lang.ts';
import { formatDate } from '../../src/format/date.ts';
import { ROOT } from './harness.ts';

/** Agencies of the bundled dataset (ids are a contract: addresses use them). */
export const AGENCY = {
  baoshan: { id: 'sh-baoshan-justice', zh: '宝山区司法局', en: 'Baoshan' },
  changning: { id: 'sh-changning', zh: '长宁区人民政府', en: 'Changning' },
  tianjinPort: { id: 'tj-port-bonded', zh: '天津港保税区', en: 'Tianjin' },
  ftzBonded: { id: 'sh-ftz-bonded', zh: '保税区管理局', en: 'Bonded Area' },
  minhangEconomy: { id: 'sh-minhang-economy', zh: '闵行区经济委员会', en: 'Minhang' },
} as const;

export function readDataCsv(name: string): Record<string, string>[] {
  const file = join(ROOT, 'data', name);
  if (!existsSync(file)) return [];
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/**
 * The extraction date of the bundled dataset (data/meta.json) as the dashboard writes it; it
 * changes whenever `npm run data` runs, so tests read it instead of spelling it out.
 */
export function extractedOn(lang: Lang): string {
  const meta = JSON.parse(readFileSync(join(ROOT, 'data', 'meta.json'), 'utf8')) as { extractedAt: string };
  return formatDate(meta.extractedAt, lang);
}

/** report_id of the first row of data/reports.csv (the address `#/reports/<first report id>`). */
export function firstReportId(): string {
  const id = readDataCsv('reports.csv')[0]?.report_id;
  if (!id) throw new Error('data/reports.csv is missing or empty: run `npm run data`');
  return id;
}

export interface RouteCase {
  hash: string;
  /** Strings the view must show (in Chinese, the default language). */
  shows: string[];
}

export function contractRoutes(): RouteCase[] {
  const { baoshan, changning } = AGENCY;
  return [
    { hash: '#/', shows: [] },
    { hash: '#/indicator/reconsideration.accepted', shows: ['受理行政复议案件', baoshan.zh] },
    { hash: '#/indicator/mediation.success_rate', shows: ['调解成功率', changning.zh] },
    { hash: `#/agency/${baoshan.id}`, shows: [baoshan.zh] },
    { hash: `#/compare?agencies=${baoshan.id},${changning.id}`, shows: [baoshan.zh, changning.zh] },
    { hash: '#/coverage', shows: [baoshan.zh, '受理行政复议案件'] },
    { hash: '#/reports', shows: Object.values(AGENCY).map((a) => a.zh) },
    { hash: `#/reports/${firstReportId()}`, shows: [] },
    { hash: '#/import', shows: [] },
  ];
}

/**
 * Waits until the view has loaded: no request in flight, nothing marked aria-busy, and the root
 * holds visible text that is not a loading message.
 */
export async function settle(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout });
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      const text = root?.innerText.trim() ?? '';
      return (
        text.length > 20 && !document.querySelector('[aria-busy="true"]') && !/^(加载中|Loading)/.test(text)
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** Visible text of the app (what a reader sees, as rendered). */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('root')?.innerText ?? '');
}

/** The table rows (any table in the view) whose text contains `name`. */
export function rowsWith(page: Page, name: string): Locator {
  return page.locator('tr', { hasText: name });
}

/** Every chart container: [role="img"] elements with their aria-labels. */
export function chartLabels(page: Page): Promise<{ label: string; visible: boolean }[]> {
  return page.$$eval('[role="img"]', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { label: el.getAttribute('aria-label') ?? '', visible: r.width > 0 && r.height > 0 };
    }),
  );
}

/** Rendered text of the first element `loc` matches (hidden descendants excluded). */
export function textOf(loc: Locator): Promise<string> {
  return loc.first().evaluate((el) => (el as HTMLElement).innerText);
}
