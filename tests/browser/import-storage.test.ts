// Storage under pressure, in Chromium: two tabs importing at the same moment keep every report
// (finding 1), a full quota names what was not saved and keeps saving the rest (finding 2), and a
// damaged stored layer no longer takes the app down (finding 3). Report texts are invented.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { settle } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const DISTRICTS = '东南西北中';

/** n small invented reports of distinct invented agencies (so their ids differ). */
function reports(tag: string, n: number) {
  return Array.from({ length: n }, (_, i) => {
    const name = `${tag}${DISTRICTS[i % 5]}${i + 1}区司法局`;
    return upload(
      `${name}.txt`,
      `${name}2024年法治政府建设情况报告\n全年审核规范性文件${i + 3}件。`,
      'text/plain',
    );
  });
}

const reviews = (page: Page) => page.locator('article.report-review').count();

async function resetAll(page: Page): Promise<void> {
  // CSS, not role queries: with 30 reviews open, computing every button's name takes seconds.
  const button = page.locator('.reset-panel > button.danger');
  if (await button.isDisabled()) return;
  // A tab in the background draws no frames, and a click waits for one.
  await page.bringToFront();
  await button.click();
  await page.locator('dialog[open] button.danger').click();
  await expect.poll(() => reviews(page)).toBe(0);
}

/** How many reports IndexedDB holds, in either stored format (one layer record, or a record each). */
function storedReports(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('fazhi-dashboard');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const v1 = db.objectStoreNames.contains('user-layer');
          const tx = db.transaction(v1 ? 'user-layer' : 'reports', 'readonly');
          const get = v1 ? tx.objectStore('user-layer').get('current') : tx.objectStore('reports').count();
          get.onsuccess = () => {
            db.close();
            resolve(
              v1
                ? ((get.result as { reports?: unknown[] } | undefined)?.reports?.length ?? 0)
                : (get.result as number),
            );
          };
        };
      }),
  );
}

/** Writes the database as version 1 of the app did (one record holding the whole layer). */
async function seedV1Layer(page: Page, layer: unknown): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        indexedDB.deleteDatabase('fazhi-dashboard');
        const req = indexedDB.open('fazhi-dashboard', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('user-layer');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('user-layer', 'readwrite');
          tx.objectStore('user-layer').put(value, 'current');
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    layer,
  );
}

describeBrowser('storage that cannot clobber or brick', (s) => {
  it('two tabs choosing 15 reports each at the same moment keep all 30, in 20 of 20 runs', async () => {
    const t = await s.open('#/import');
    const a = t.page;
    const b = await t.context.newPage();
    await b.goto(`${s.server().url}#/import`);
    await Promise.all([settle(a), settle(b)]);
    const lost: string[] = [];
    for (let run = 0; run < 20; run++) {
      await Promise.all([importFiles(a, reports(`甲${run}`, 15)), importFiles(b, reports(`乙${run}`, 15))]);
      // Both tabs settle on the union, and so does storage (a fresh read after a reload).
      await expect.poll(() => Promise.all([reviews(a), reviews(b)]), { timeout: 10_000 }).toEqual([30, 30]);
      const stored = await storedReports(b);
      if (stored !== 30) lost.push(`run ${run + 1}: ${stored} of 30 stored`);
      if (run === 19) {
        await b.reload();
        await settle(b);
        expect(await reviews(b)).toBe(30);
      }
      await resetAll(a);
      await expect.poll(() => reviews(b), { timeout: 10_000 }).toBe(0);
    }
    expect(lost).toEqual([]);
    expect(t.problems()).toEqual([]);
  }, 240_000);

  it('a full quota names the file that was not saved, and the next import is still saved', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const cdp = await t.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: s.server().origin,
      quotaSize: 3 * 1024 * 1024,
    });

    // About 8 MB of invented agencies: more than the quota once stored.
    const header = 'agency_id,name_zh,name_en,region,district,agency_type,origin';
    const rows = Array.from(
      { length: 60_000 },
      (_, i) =>
        `inv-${i},虚构第${i}号区某某局,Invented Bureau ${i} with a long English name,上海市,虚构区,functional_dept,imported`,
    );
    await importFiles(page, [upload('agencies.csv', [header, ...rows].join('\n'), 'text/csv')]);
    const problem = page.getByTestId('storage-problem');
    await expect
      .poll(() => problem.innerText(), { timeout: 20_000 })
      .toMatch(/未能保存.*存储空间已满.*agencies\.csv/);

    await importFiles(page, reports('丙', 1));
    await expect.poll(() => reviews(page)).toBe(1);
    // Still only the big file is named: the small report was saved.
    await expect.poll(() => problem.innerText()).not.toMatch(/丙/);

    await page.reload();
    await settle(page);
    expect(await reviews(page)).toBe(1);
    expect(await page.getByTestId('storage-problem').count()).toBe(0);
    expect(t.problems()).toEqual([]);
  }, 120_000);

  it('a damaged stored layer (reports: [null]) is set aside: the views load and reset is reachable', async () => {
    // A file of the site that is not the app, so the app does not open the database first.
    const t = await s.open('data/meta.json');
    const { page } = t;
    await seedV1Layer(page, { version: 1, agencies: [], reports: [null], datasets: [] });

    await page.goto(`${s.server().url}#/`);
    await settle(page);
    expect(await page.getByText('数据加载失败').count()).toBe(0);
    expect(await page.locator('.value-button').count()).toBeGreaterThan(0);

    await page.goto(`${s.server().url}#/import`);
    await settle(page);
    await expect.poll(() => page.getByTestId('storage-set-aside').innerText()).toMatch(/1 条记录/);
    await page.getByTestId('import-files').waitFor({ state: 'attached' });
    const reset = page.getByRole('button', { name: '恢复为内置数据…' });
    expect(await reset.isDisabled()).toBe(false);
    await reset.click();
    await page.locator('dialog[open]').getByRole('button', { name: '删除并恢复' }).click();
    await expect.poll(() => page.getByTestId('storage-set-aside').count()).toBe(0);
    await page.reload();
    await settle(page);
    expect(await page.getByTestId('storage-set-aside').count()).toBe(0);
    expect(t.problems()).toEqual([]);
  });
});
