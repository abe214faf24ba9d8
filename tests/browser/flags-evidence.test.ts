// A flag's 查看依据 for something a report lacks (a required part, a core indicator) opens the
// report's top saying what is missing; no row is highlighted. (Flags on a value open its row:
// tested on the synthetic set in flags-scale.test.ts and on an imported value in
// consistency.test.ts; the bundled reports raise no flag on a value.) Chinese at 1440 px, English
// at 390 px.
import { expect, it } from 'vitest';
import { AGENCY, settle } from './contract.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('flag evidence for what a report lacks', (s) => {
  it('zh, 1440 px: a missing part is named at the top of the report', async () => {
    const t = await s.open('#/coverage?flag=section_missing', { viewport: { width: 1440, height: 900 } });
    const { page } = t;
    await settle(page);
    const part = page.locator('.flag-list li', { hasText: AGENCY.minhangEconomy.zh }).first();
    await part.getByRole('link', { name: '查看依据' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/reports\/[^?]+\?missing=section/);
    await settle(page);
    expect(await page.locator('.at-notice').innerText()).toMatch(/^报告中没有：主要负责人履行第一责任人职责/);
    expect(await page.locator('tr.at-value').count()).toBe(0);
    // Following another link drops the notice: it belongs to the flag's link only.
    await page.locator('a', { hasText: '← ' }).first().click();
    await settle(page);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/missing=/);
    expect(t.problems()).toEqual([]);
  });

  it('en, 390 px: a missing core indicator is named, without sideways scroll', async () => {
    const t = await s.open('#/coverage?flag=core_missing&lang=en', { viewport: { width: 390, height: 844 } });
    const { page } = t;
    await settle(page);
    expect(await page.locator('#flags-title').innerText()).toMatch(/\d+ of \d+ shown/);
    const item = page.locator('.flag-list li').first();
    const text = await item.innerText();
    await item.getByRole('link', { name: 'See evidence' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/missing=indicator/);
    await settle(page);
    const notice = await page.locator('.at-notice').innerText();
    expect(notice).toMatch(/^Not in this report: /);
    // The indicator the flag named.
    expect(text).toContain(notice.replace('Not in this report: ', '').trim());
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(t.problems()).toEqual([]);
  });
});
