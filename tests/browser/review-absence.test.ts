// 未报告 only when true, and the review that closes the gap, as a user meets them: a report
// imported and not yet reviewed shows what the extractor missed as "未提取（待核对）", raises no
// core-missing flag and is a review to do on the coverage view and the profile; a candidate is
// assigned in one press; a number selected in the full text (by mouse or keyboard) is added in
// fewer than five actions and ranks as manual with its sentence; after "review complete" what the
// report lacks is 未报告 and flagged. In Chinese and English, at 1440 and 390 px; axe clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { rowsWith, settle, textOf } from './contract.ts';
import { ROOT } from './harness.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// Invented: an agency the dashboard does not know, all four required parts, three stated values,
// one candidate ("整改问题7个") and one number with no measure word ("评查案卷370余").
const AGENCY = '示例区司法局';
const TEXT = [
  `${AGENCY}2024年法治政府建设情况报告`,
  '一、主要举措和成效',
  '全年收到行政复议申请40件。',
  '开展普法宣传活动12场，整改问题7个。',
  '全年评查案卷370余，发现问题若干。',
  '二、存在的不足',
  '三、主要负责人履行推进法治建设第一责任人职责情况',
  '四、下一步工作打算',
].join('\n');

const WORDS = {
  zh: {
    unreviewed: '未提取（待核对）',
    notReported: '未报告',
    acceptRest: /采用其余待核对的数值/,
    complete: '核对完毕',
    reopen: /撤销“核对完毕”/,
    addFromSelection: '将选中的数字添加为数值',
    addValue: '添加为人工数值',
    assignTo: /^归入：.*7 个$/,
    manual: '人工修正',
    pending: '待核对的导入报告',
    coreMissing: '核心指标未报告',
  },
  en: {
    unreviewed: 'not found yet (unreviewed)',
    notReported: 'not reported',
    acceptRest: /Accept the remaining pending values/,
    complete: 'Review complete',
    reopen: /Undo "review complete"/,
    addFromSelection: 'Add the selected number as a value',
    addValue: 'Add as a manual value',
    assignTo: /^Assign to .* · 7/,
    manual: 'Corrected by hand',
    pending: 'Imported reports awaiting review',
    coreMissing: 'Core indicator not reported',
  },
} as const;

type Lang = keyof typeof WORDS;

const withLang = (hash: string, lang: Lang) =>
  lang === 'zh' ? hash : `${hash}${hash.includes('?') ? '&' : '?'}lang=en`;

async function go(page: Page, base: string, hash: string, lang: Lang): Promise<void> {
  await page.goto(`${base}${withLang(hash, lang)}`);
  await settle(page);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`);
}

/** Selects `words` (their first occurrence) in the review's full text, as a mouse would. */
async function selectInText(page: Page, words: string): Promise<void> {
  await page.getByTestId('full-text').evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the text: ${w}`);
  }, words);
}

/** The agency's row in the view's full ranking table (not the chart's top rows). */
function rankingRow(page: Page, name: string) {
  return page
    .locator('table.data', { has: page.locator('caption', { hasText: /完整排名|Full ranking/ }) })
    .locator('tr', { hasText: name })
    .first();
}

async function rowText(page: Page, name: string): Promise<string> {
  const row = rankingRow(page, name);
  await row.waitFor();
  return textOf(row);
}

async function noSideScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describeBrowser('未报告 only when true; the review closes the gap', (s) => {
  for (const [lang, width] of [
    ['zh', 1440],
    ['en', 390],
    ['zh', 390],
    ['en', 1440],
  ] as const) {
    it(`${lang} at ${width} px: unreviewed → review → complete`, async () => {
      const w = WORDS[lang];
      const t = await s.open(withLang('#/import', lang), { viewport: { width, height: 900 } });
      const { page } = t;
      const base = s.server().url;
      await settle(page);
      await importFiles(page, [upload(`${AGENCY}2024.txt`, TEXT, 'text/plain')]);
      const review = page.locator('article.report-review').first();
      await page.getByRole('button', { name: w.acceptRest }).click();
      // Review complete waits until no value is pending; then it could be pressed.
      await expect
        .poll(() => review.getByRole('button', { name: w.complete, exact: true }).isEnabled())
        .toBe(true);

      // The review fits the phone: no sideways scroll, the sentence readable, Accept on screen.
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
      const firstRow = review.locator('tr.review-row').first();
      const evidence = firstRow.locator('.review-evidence .evidence');
      const box = await evidence.boundingBox();
      expect(box!.width).toBeGreaterThan(Math.min(300, width * 0.6));
      const accept = firstRow.getByRole('button', { name: lang === 'zh' ? /^采用：/ : /^Accept: / });
      await accept.scrollIntoViewIfNeeded();
      const acceptBox = await accept.boundingBox();
      expect(acceptBox!.x).toBeGreaterThanOrEqual(0);
      expect(acceptBox!.x + acceptBox!.width).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);

      // Unreviewed: what the extractor missed is "not found yet", never 未报告, and no flag.
      await go(page, base, '#/indicator/litigation.head_appearance_rate?chart=table', lang);
      const missing = await rowText(page, AGENCY);
      expect(missing).toContain(w.unreviewed);
      expect(missing).not.toContain(w.notReported);
      const agencyHref = await rankingRow(page, AGENCY).locator('a[href*="agency/"]').getAttribute('href');
      await go(page, base, '#/coverage', lang);
      const pending = page.getByTestId('review-pending');
      expect(await pending.innerText()).toContain(w.pending);
      expect(await pending.innerText()).toContain(AGENCY);
      expect(await pending.locator('a[href*="import/"]').count()).toBe(1);
      const flags = await page.locator('.flag-list').innerText();
      expect(flags).not.toContain(AGENCY);
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${base}${agencyHref}`);
      await settle(page);
      expect(await page.getByTestId('review-pending').innerText()).toMatch(
        lang === 'zh' ? /尚未核对完毕/ : /review is not complete/,
      );
      const profileRow = rowsWith(page, lang === 'zh' ? '出庭应诉率' : 'appearance').first();
      expect(await textOf(profileRow)).toContain(w.unreviewed);
      expect(await page.locator('main').innerText()).not.toContain(w.coreMissing);
      expect(await axeViolations(page)).toEqual([]);

      // The profile's link opens this report's review.
      await page.getByTestId('review-pending').locator('a[href*="import/"]').click();
      await settle(page);
      const opened = page.locator('article.report-review').first();
      await opened.getByTestId('full-text').waitFor();

      // A candidate: one press assigns it.
      const candidate = opened.locator('li.candidate[data-candidate="7个"]');
      await candidate.getByRole('button', { name: w.assignTo }).first().click();
      await expect.poll(() => candidate.innerText()).toContain(w.manual);

      // A number selected in the full text: select (1), add from selection (2), indicator (3), add (4).
      await selectInText(page, '370余');
      await opened.getByRole('button', { name: w.addFromSelection }).click();
      const form = opened.locator('form.add-value-form');
      expect(await form.innerText()).toContain('370余');
      expect(await form.getByRole('textbox', { name: lang === 'zh' ? '数值' : 'Value' }).inputValue()).toBe(
        '370',
      );
      expect(await form.locator('select').nth(1).inputValue()).toBe('more_than');
      await form.locator('select').first().selectOption('enforcement.case_files_reviewed');
      await form.getByRole('button', { name: w.addValue }).click();
      await expect.poll(() => opened.locator('li[data-added]').count()).toBe(2);

      // Also by keyboard: the text takes focus, Shift+arrows select.
      const full = opened.getByTestId('full-text');
      await full.focus();
      await full.evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent?.indexOf('40件') ?? -1;
          if (at >= 0) return window.getSelection()!.collapse(n, at);
        }
      });
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('40件');
      await opened.getByRole('button', { name: w.addFromSelection }).click();
      expect(await opened.locator('form.add-value-form').innerText()).toContain('40件');
      await opened
        .locator('form.add-value-form')
        .getByRole('button', { name: lang === 'zh' ? '取消' : 'Cancel' })
        .click();
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);

      // The added value ranks as manual, with its sentence.
      await go(page, base, '#/indicator/enforcement.case_files_reviewed?chart=table', lang);
      const added = await rowText(page, AGENCY);
      expect(added).toMatch(/>\s?370/);
      expect(added).toContain(w.manual);
      await rankingRow(page, AGENCY).locator('button.value-button').click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain('全年评查案卷370余，发现问题若干。');
      await page.keyboard.press('Escape');

      // Review complete: what it lacks is now not reported, and flagged.
      await go(page, base, '#/import', lang);
      const again = page.locator('article.report-review').first();
      await again.getByRole('button', { name: w.complete, exact: true }).click();
      await again.getByRole('button', { name: w.reopen }).waitFor();
      // Kept in the browser: after a reload the review is still complete, the added values still there.
      await page.reload();
      await settle(page);
      const reloaded = page.locator('article.report-review').first();
      await reloaded.getByRole('button', { name: w.reopen }).waitFor();
      expect(await reloaded.locator('li[data-added]').count()).toBe(2);
      await go(page, base, '#/indicator/litigation.head_appearance_rate?chart=table', lang);
      const nowMissing = await rowText(page, AGENCY);
      expect(nowMissing).toContain(w.notReported);
      expect(nowMissing).not.toContain(w.unreviewed);
      await go(page, base, '#/coverage', lang);
      expect(await page.getByTestId('review-pending').count()).toBe(0);
      await expect.poll(() => page.locator('.flag-list').innerText()).toContain(AGENCY);
      expect(t.problems()).toEqual([]);
      expect(t.offOrigin).toEqual([]);
    });
  }
});
