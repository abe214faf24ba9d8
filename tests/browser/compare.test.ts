// Compare view: the radar draws the agencies' shapes (its code arrives in a lazy chunk after the
// chart exists), draws only what every chosen agency reports, and says so; with too little in
// common it explains instead of drawing "not reported" as 0. Chart kind and agencies live in the
// address.
import { expect, it } from 'vitest';
import { AGENCY, settle } from './contract.ts';
import { inkPixels } from './ink.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('compare view', (s) => {
  it('radar draws the shared indicators, explains when too few are shared, and round-trips', async () => {
    const t = await s.open(`#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`);
    const { page } = t;
    await settle(page);
    // Bars first: the legend alone is a few hundred coloured pixels; bars are thousands.
    const radar = page.getByRole('button', { name: '雷达图' });
    await radar.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/chart=radar/);
    // Baoshan and Changning both report 5 indicators (data/observations.csv): the radar has 5 axes.
    await expect.poll(() => page.getByRole('note').textContent(), { timeout: 10_000 }).toMatch(/5 项/);
    await expect
      .poll(() => page.locator('[role="img"]').first().getAttribute('aria-label'))
      .toContain('5 项指标');
    // The shapes are drawn (before the fix the instance had no radar layout: legend only, ~600 px).
    await expect
      .poll(async () => Math.min(...(await inkPixels(page))), { timeout: 10_000 })
      .toBeGreaterThan(3000);

    // Tianjin's port zone shares fewer than 3 indicators with both: no radar, a reason instead.
    await page.getByRole('button', { name: new RegExp(AGENCY.tianjinPort.zh) }).click();
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(location.hash)))
      .toContain(AGENCY.tianjinPort.id);
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/画不成雷达图/);
    expect(await page.locator('[role="img"]').count()).toBe(0);
    expect(await radar.getAttribute('aria-pressed')).toBe('true');
    const hash = await page.evaluate(() => location.hash);

    await page.reload();
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/画不成雷达图/);

    // Removing it again brings the shapes back in the same chart.
    await page.getByRole('button', { name: `移除 ${AGENCY.tianjinPort.zh}` }).click();
    await expect
      .poll(async () => Math.min(...(await inkPixels(page))), { timeout: 10_000 })
      .toBeGreaterThan(3000);
    expect(t.problems()).toEqual([]);
  });
});
