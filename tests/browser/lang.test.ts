// Chinese by default; `lang=en` shows English; a visible control switches and the address keeps it.
import { expect, it } from 'vitest';
import { AGENCY, firstReportId, settle, visibleText } from './contract.ts';
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

  it('/?lang=en#/ shows English and keeps the address in the hash form', async () => {
    // open() appends its argument to the site's address: here a query string before the hash.
    const t = await s.open('?lang=en#/');
    await settle(t.page);
    expect(await t.page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    expect(await visibleText(t.page)).toContain('Rule-of-law government indicators');
    const url = new URL(t.page.url());
    expect(url.search).toBe('');
    expect(url.hash).toBe('#/?lang=en');
    expect(t.problems()).toEqual([]);
  });

  it("the hash wins over the query string, and ?lang=en before a view's hash opens that view", async () => {
    const t = await s.open('?lang=en#/indicator/reconsideration.accepted?lang=zh');
    await settle(t.page);
    expect(await t.page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    expect(await visibleText(t.page)).toContain('受理行政复议案件');
    await t.page.goto(`${s.server().url}?lang=en#/coverage`);
    await settle(t.page);
    expect(await visibleText(t.page)).toContain('Coverage');
    expect(new URL(t.page.url()).hash).toBe('#/coverage?lang=en');
    expect(t.problems()).toEqual([]);
  });

  it('/?dataset=synthetic#/ shows the synthetic national set, labelled', async () => {
    const t = await s.open('?dataset=synthetic#/');
    await settle(t.page);
    const text = await visibleText(t.page);
    expect(text).toContain('合成数据');
    expect(new URL(t.page.url()).hash).toBe('#/?dataset=synthetic');
    expect(t.requests.some((u) => u.includes('synthetic'))).toBe(true);
    expect(t.problems()).toEqual([]);
  });

  it('in English, the report\'s Chinese words are marked lang="zh" and a scope gets an English gloss', async () => {
    const t = await s.open(`#/reports/${firstReportId()}?lang=en`);
    await settle(t.page);
    const evidence = t.page.locator('blockquote.evidence');
    expect(await evidence.count()).toBeGreaterThan(0);
    for (const lang of await evidence.evaluateAll((els) =>
      els.map((e) => e.closest('[lang]')?.getAttribute('lang')),
    )) {
      expect(lang).toBe('zh');
    }
    expect(await t.page.locator('#report-title').getAttribute('lang')).toBe('zh');
    // Scope notes anywhere in the English views: Chinese marked, with a gloss where the kind is known.
    await t.page.goto(`${s.server().url}#/indicator/mediation.accepted?lang=en&chart=table`);
    await settle(t.page);
    const notes = await t.page.locator('.scope-note').evaluateAll((els) =>
      els.map((e) => ({
        zh: e.querySelector('[lang="zh"]')?.textContent ?? '',
        gloss: e.querySelector('.scope-gloss')?.textContent ?? '',
      })),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.zh).not.toBe('');
    expect(notes.map((n) => n.gloss)).toContain(' (as of a date; through one mechanism only)');
    expect(t.problems()).toEqual([]);
  });

  it('the brief in English: agency name, evidence and report titles keep their language', async () => {
    const t = await s.open(`#/agency/${AGENCY.minhangEconomy.id}/brief?lang=en`);
    await settle(t.page);
    const text = await visibleText(t.page);
    expect(text).toContain('Agency brief');
    expect(text).not.toContain('未报告');
    const titles = await t.page
      .locator('.brief-reports a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(titles.length).toBeGreaterThan(0);
    for (const l of titles) expect(l).toBe('zh');
    expect(t.problems()).toEqual([]);
  });
});
