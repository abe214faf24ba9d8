// Links get mistyped, shortened and outlived. An address naming an indicator, agency or report the
// data does not have says so in words, shows nothing that reads as a finding, and leaves the way
// on open; the page never goes blank and never throws.
import { expect, it } from 'vitest';
import { AGENCY, settle, visibleText } from './contract.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('addresses the data does not have', (s) => {
  it('an unknown indicator: the reason and the picker, no ranking of nobody', async () => {
    const t = await s.open('#/indicator/reconsideration.acepted');
    const { page } = t;
    await settle(page);
    expect(await page.getByRole('alert').innerText()).toBe('数据中没有此指标：reconsideration.acepted');
    expect(await page.locator('[role="img"]').count()).toBe(0);
    expect(await page.locator('table').count()).toBe(0);
    expect(await visibleText(page)).not.toContain('未报告');
    await page.locator('#indicator').selectOption('reconsideration.accepted');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/indicator/reconsideration.accepted');
    await expect.poll(() => visibleText(page)).toContain(AGENCY.baoshan.zh);
    expect(t.problems()).toEqual([]);
  });

  it('an unknown agency, report or compared agency is named; the rest of the view stays', async () => {
    const t = await s.open('#/agency/sh-nowhere');
    const { page } = t;
    await settle(page);
    expect(await visibleText(page)).toContain('找不到：sh-nowhere');
    await page.goto(`${s.server().url}#/reports/000_nope`);
    await settle(page);
    expect(await visibleText(page)).toContain('找不到：000_nope');
    await page.goto(
      `${s.server().url}#/compare?agencies=sh-nowhere,${AGENCY.changning.id},${AGENCY.baoshan.id}`,
    );
    await settle(page);
    const text = await visibleText(page);
    expect(text).toContain('数据中没有该机构：sh-nowhere');
    // The two known agencies are still compared.
    expect(await page.locator('[role="img"]').first().getAttribute('aria-label')).toContain('2 个机构');
    expect(t.problems()).toEqual([]);
  });
});
