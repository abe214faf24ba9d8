// Extraction runs in a worker: the page keeps drawing frames while many large reports are read,
// shows which file it is on, lists a bad file with its reason while the rest go on, and stops at
// once when asked, keeping what was done.
import { expect, it } from 'vitest';
import { JINCHUAN_TEXT } from '../unit/helpers/importFixtures.ts';
import { settle } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

// ~260 kB of text each: the invented report repeated, under different agency names.
const big = (i: number) =>
  upload(
    `大文件${i}.txt`,
    `第${i}号区司法局2024年法治政府建设情况报告\n${JINCHUAN_TEXT.repeat(300)}`,
    'text/plain',
  );

describeBrowser('extraction progress', (s) => {
  it('stays responsive while many large reports are extracted, and one bad file does not stop the rest', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const files = [
      ...Array.from({ length: 12 }, (_, i) => big(i)),
      upload('坏文件.txt', new Uint8Array([0x41, 0, 0x42, 0, 1, 2])),
    ];
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[] };
      w.__gaps = [];
      let last = performance.now();
      const tick = (now: number) => {
        w.__gaps.push(now - last);
        last = now;
        if (w.__gaps.length < 100000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const sawCurrent = page
      .locator('.import-progress')
      .filter({ hasText: /正在提取：大文件/ })
      .waitFor({ timeout: 20_000 })
      .then(() => true);
    const ms = await importFiles(page, files);
    expect(await sawCurrent).toBe(true);
    const gaps = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
    const worst = Math.max(...gaps.slice(1));
    console.log(
      `[import] 12 × ~260 kB reports + 1 bad file in ${ms} ms; longest frame gap ${worst.toFixed(0)} ms`,
    );
    expect(worst).toBeLessThan(350);
    expect(await page.locator('.file-failed').innerText()).toMatch(/坏文件\.txt — 无法读取：这不是文本文件/);
    expect(await page.locator('.file-ok').count()).toBe(12);
    expect(t.problems()).toEqual([]);
  });

  it('stops when asked and keeps the reports already read', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const files = Array.from({ length: 40 }, (_, i) => big(i));
    await page.getByTestId('import-files').setInputFiles(files as never);
    await page
      .locator('.import-progress')
      .filter({ hasText: /已完成 [1-9]\d* \/ 40/ })
      .waitFor();
    await page.getByRole('button', { name: '停止' }).click();
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.innerText()).toMatch(/已停止：\d+ \/ 40 个文件已处理/);
    const done = Number(/已停止：(\d+)/.exec(await summary.innerText())![1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(40);
    await expect.poll(() => page.locator('article.report-review').count()).toBe(done);
    // The drop zone works again.
    expect(await page.getByTestId('import-files').isDisabled()).toBe(false);
    expect(t.problems()).toEqual([]);
  });
});
