// Reviews survive a reload: accepted, corrected (manual, original kept) and rejected values stay
// as decided, in the review and in the views. Reset to the bundled data asks first; cancelling
// keeps everything, confirming removes it for good.
import { expect, it } from 'vitest';
import { JINCHUAN_TEXT, QINGPU_TEXT } from '../unit/helpers/importFixtures.ts';
import { rowsWith, settle, textOf } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const FILE = '金川区市场监督管理局2023.txt';
const REPORT_ID = '金川区市场监督管理局2023';

describeBrowser('imports kept in the browser', (s) => {
  it('a reload keeps imported reports, their text and every decision', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    await importFiles(page, [upload(FILE, JINCHUAN_TEXT, 'text/plain')]);
    const review = page.locator(`article[data-report="${REPORT_ID}"]`);
    await review.waitFor();

    // Correct 560余人次 → 565 (exact), reject the 8 sessions, accept the rest.
    await review.getByRole('button', { name: /^修正：.*560$/ }).click();
    const form = review.locator('form.correct-form');
    await form.getByLabel('正确数值').fill('565');
    await form.getByLabel('限定词').selectOption('exact');
    await form.getByRole('button', { name: '保存' }).click();
    await review.getByRole('button', { name: /^舍弃：.* 8$/ }).click();
    await review.getByRole('button', { name: /采用其余待核对的数值/ }).click();
    await expect
      .poll(() => review.locator('summary').first().innerText())
      .toMatch(/已采用 5，已修正 1，已舍弃 1/);

    await page.reload();
    await settle(page);
    const after = page.locator(`article[data-report="${REPORT_ID}"]`);
    await after.waitFor();
    expect(await after.locator('summary').first().innerText()).toMatch(
      /待核对 0，已采用 5，已修正 1，已舍弃 1/,
    );

    // In the views: the correction is manual and remembers 560; the rejected value is absent.
    await page.goto(`${s.server().url}#/reports/${encodeURIComponent(REPORT_ID)}`);
    await settle(page);
    expect((await page.getByTestId('full-text').innerText()).replace(/\s+/g, '')).toBe(
      JINCHUAN_TEXT.replace(/\s+/g, ''),
    );
    const participants = rowsWith(page, '法治培训/学法考试参与人数').first();
    const text = await textOf(participants);
    expect(text).toMatch(/565/);
    expect(text).toContain('人工修正');
    await participants.locator('.value-button').click();
    await expect.poll(() => page.locator('dialog[open]').innerText()).toMatch(/原提取值：560/);
    await page.keyboard.press('Escape');
    expect(await rowsWith(page, '法治培训场次').count()).toBe(0);
    const accepted = rowsWith(page, '受理行政复议案件').first();
    expect(await textOf(accepted)).toContain('导入');
    expect(t.problems()).toEqual([]);
  });

  it('reset asks first: cancel keeps the imports, confirm removes them, also after a reload', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    await importFiles(page, [upload(FILE, JINCHUAN_TEXT, 'text/plain')]);
    await page.locator('article.report-review').first().waitFor();
    const reset = page.getByRole('button', { name: '恢复为内置数据…' });

    await reset.click();
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.innerText()).toMatch(/1 份导入的报告/);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('article.report-review').count()).toBe(1);

    await reset.click();
    await page.locator('dialog[open]').getByRole('button', { name: '删除并恢复' }).click();
    await expect.poll(() => page.locator('article.report-review').count()).toBe(0);
    await page.reload();
    await settle(page);
    expect(await page.locator('article.report-review').count()).toBe(0);
    expect(await reset.isDisabled()).toBe(true);
    expect(t.problems()).toEqual([]);
  });
  it('another open tab of the dashboard follows the review without a reload', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const other = await t.context.newPage();
    await other.goto(`${s.server().url}#/indicator/review.normative_documents`);
    await settle(other);
    expect(await rowsWith(other, '青浦区司法局').count()).toBe(0);

    await importFiles(page, [upload('青浦区司法局.txt', QINGPU_TEXT, 'text/plain')]);
    await page.getByRole('button', { name: /采用其余待核对的数值/ }).click();
    const row = rowsWith(other, '青浦区司法局').first();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await textOf(row)).toMatch(/30\s*件/);
    expect(await textOf(row)).toContain('导入');
    expect(t.problems()).toEqual([]);
  });
});
