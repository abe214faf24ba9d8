// A view whose code does not arrive (a dropped connection on the office network) or that throws
// must not blank the page: the header and navigation stay, the view's place says what happened,
// and the other views still work.
import { expect, it } from 'vitest';
import { settle, visibleText } from './contract.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('a view that fails', (s) => {
  it('its code chunk fails to load: a message in its place, the rest of the dashboard works', async () => {
    const t = await s.open('#/');
    const { page } = t;
    await settle(page);
    await page.route(/CompareView-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
    await page.getByRole('link', { name: '对比', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    expect(await alert.innerText()).toContain('这个视图没能显示出来');
    expect(await alert.getByRole('button', { name: '重新加载页面' }).count()).toBe(1);
    // The shell is still there and usable.
    await page.getByRole('link', { name: '覆盖与薄弱环节' }).click();
    // Its chunk may still be on the way when the network goes quiet: wait for the view itself.
    await expect.poll(() => visibleText(page), { timeout: 10_000 }).toContain('机构 × 指标');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('link', { name: '对比', exact: true }).click();
    await alert.getByRole('link', { name: '回到概览' }).click();
    await expect.poll(() => visibleText(page), { timeout: 10_000 }).toContain('数据覆盖');
    // Only the blocked chunk failed; nothing else went wrong.
    const problems = t.problems().filter((p) => !/CompareView/.test(p) && !/view failed/.test(p));
    expect(problems).toEqual([]);
  });
});
