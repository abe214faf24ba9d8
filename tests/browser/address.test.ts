// A view's state lives in the address: set a filter, a sort and the chart kind with the controls,
// reload, and the same view comes back (same controls, same rows in the same order).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { settle } from './contract.ts';
import { describeBrowser } from './suite.ts';

interface ViewState {
  hash: string;
  selects: string[];
  sorts: string[];
  pressed: string[];
  rows: string[];
  charts: string[];
}

async function viewState(page: Page): Promise<ViewState> {
  return page.evaluate(() => ({
    hash: location.hash,
    selects: Array.from(document.querySelectorAll('select')).map((s) => `${s.name || s.id}=${s.value}`),
    sorts: Array.from(document.querySelectorAll('[aria-sort]')).map(
      (e) => `${e.textContent?.trim()}:${e.getAttribute('aria-sort')}`,
    ),
    pressed: Array.from(document.querySelectorAll('[aria-pressed],[aria-checked],[aria-selected]')).map(
      (e) =>
        `${e.textContent?.trim()}:${e.getAttribute('aria-pressed') ?? e.getAttribute('aria-checked') ?? e.getAttribute('aria-selected')}`,
    ),
    rows: Array.from(document.querySelectorAll('table tbody tr')).map((r) => r.textContent?.trim() ?? ''),
    // Our chart containers only: ECharts marks its own canvas holder role="img" too, once drawn.
    charts: Array.from(document.querySelectorAll('[role="img"]:not([role="img"] [role="img"])')).map(
      (e) => e.getAttribute('aria-label') ?? '',
    ),
  }));
}

describeBrowser('address round-trip', (s) => {
  it('filter, sort and chart kind survive a reload of the address', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    const { page } = t;
    await settle(page);
    const initial = await viewState(page);

    // Filter: the region control (a select offering 上海市).
    const region = page.locator('select', { has: page.locator('option', { hasText: '上海市' }) }).first();
    expect(await region.count(), 'a region filter offering 上海市').toBe(1);
    await region.selectOption({ label: '上海市' });
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
      .toMatch(/[?&]region=上海市/);
    await settle(page);
    const filtered = await viewState(page);
    expect(filtered.rows.join('\n')).not.toContain('天津港保税区');

    // Sort: a sortable column header.
    const sortable = page.locator('th[aria-sort]').first();
    expect(await sortable.count(), 'a sortable column (th[aria-sort])').toBe(1);
    const before = await sortable.getAttribute('aria-sort');
    const hashBeforeSort = await page.evaluate(() => location.hash);
    await ((await sortable.locator('button').count())
      ? sortable.locator('button').first()
      : sortable
    ).click();
    await expect.poll(() => sortable.getAttribute('aria-sort')).not.toBe(before);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(hashBeforeSort);

    // Chart kind: a toggle that is not pressed yet.
    const toggle = page.locator('button[aria-pressed="false"]').first();
    expect(await toggle.count(), 'a chart-kind toggle').toBe(1);
    const hashBeforeToggle = await page.evaluate(() => location.hash);
    await toggle.click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(hashBeforeToggle);
    await settle(page);

    const set = await viewState(page);
    expect(set.hash).not.toBe(initial.hash);
    await page.reload();
    await settle(page);
    const reloaded = await viewState(page);
    expect(page.url().startsWith(s.server().url)).toBe(true);
    expect(reloaded).toEqual(set);

    // The same address opened fresh (shared link) shows the same view too.
    const fresh = await s.open(set.hash);
    await settle(fresh.page);
    expect(await viewState(fresh.page)).toEqual(set);
    expect([...t.problems(), ...fresh.problems()]).toEqual([]);
  });
});
