// Weak-area flags as an oversight team uses them: from the overview's counts to the list of one
// kind (kept in the address), and from a flag to its evidence.
import { expect, it } from 'vitest';
import { AGENCY, settle } from './contract.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('weak-area flags', (s) => {
  it('overview count → coverage list of that kind, kept through reload, with no flag an agency type is not asked', async () => {
    const t = await s.open('#/');
    const { page } = t;
    await settle(page);
    await page.getByRole('link', { name: '核心指标缺失' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/coverage\?flag=core_missing$/);
    await settle(page);
    const list = page.locator('.flag-list li');
    await expect.poll(() => list.count()).toBeGreaterThan(0);
    const items = await list.allInnerTexts();
    expect(items.every((x) => x.includes('未报告核心指标'))).toBe(true);
    // Minhang's economic commission is a functional department: asked for its court-appearance
    // rate and training, never for reconsideration or mediation numbers.
    const minhang = items.filter((x) => x.includes(AGENCY.minhangEconomy.zh));
    expect(minhang.some((x) => x.includes('行政机关负责人出庭应诉率'))).toBe(true);
    expect(minhang.some((x) => /行政复议|矛盾纠纷|调解/.test(x))).toBe(false);
    // Baoshan's bureau of justice is asked for everything, and does not report the court rate.
    expect(items.some((x) => x.includes(AGENCY.baoshan.zh) && x.includes('行政机关负责人出庭应诉率'))).toBe(
      true,
    );

    await page.reload();
    await settle(page);
    expect(await page.locator('#flag-kind').inputValue()).toBe('core_missing');
    expect(await list.count()).toBe(items.length);

    // Back to every kind: the parameter leaves the address.
    await page.locator('#flag-kind').selectOption('');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/coverage');
    expect(await list.count()).toBeGreaterThan(items.length);
    expect(t.problems()).toEqual([]);
  });

  it('a missing report part links to the report, which shows the part as missing', async () => {
    const t = await s.open('#/coverage?flag=section_missing');
    const { page } = t;
    await settle(page);
    const item = page.locator('.flag-list li', { hasText: '主要负责人履行第一责任人职责' }).first();
    expect(await item.innerText()).toContain(AGENCY.minhangEconomy.zh);
    await item.getByRole('link', { name: '查看依据' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/reports\//);
    await settle(page);
    const part = page.locator('li', { hasText: '主要负责人履行第一责任人职责' }).first();
    expect(await part.innerText()).toMatch(/缺/);
    expect(t.problems()).toEqual([]);
  });
});
