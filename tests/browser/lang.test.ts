// Chinese by default; `lang=en` shows English; a visible control switches and the address keeps it.
import { expect, it } from 'vitest';
import { AGENCY, settle, visibleText } from './contract.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('language', (s) => {
  it('lang=en shows the indicator view in English', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?lang=en');
    await settle(t.page);
    const text = await visibleText(t.page);
    expect(text).toContain('Reconsideration cases accepted');
    expect(text).toContain(AGENCY.baoshan.en);
    expect(text).not.toContain('受理行政复议案件');
    expect(text).not.toContain('未报告');
    expect(await t.page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    expect(t.problems()).toEqual([]);
  });

  it('a visible switch toggles the language and the address', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    await settle(t.page);
    expect(await visibleText(t.page)).toContain('受理行政复议案件');
    expect(await t.page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);

    const toEnglish = t.page
      .getByRole('button', { name: /^(English|EN)$/i })
      .or(t.page.getByRole('link', { name: /^(English|EN)$/i }));
    await expect.poll(() => toEnglish.first().isVisible()).toBe(true);
    await toEnglish.first().click();
    await expect.poll(() => visibleText(t.page)).toContain('Reconsideration cases accepted');
    expect(new URL(t.page.url()).hash).toMatch(/[?&]lang=en\b/);
    expect(t.page.url().startsWith(s.server().url)).toBe(true);

    const toChinese = t.page
      .getByRole('button', { name: /^(中文|简体中文|ZH)$/i })
      .or(t.page.getByRole('link', { name: /^(中文|简体中文|ZH)$/i }));
    await toChinese.first().click();
    await expect.poll(() => visibleText(t.page)).toContain('受理行政复议案件');
    expect(new URL(t.page.url()).hash).not.toMatch(/[?&]lang=en\b/);
    expect(t.problems()).toEqual([]);
  });
});
