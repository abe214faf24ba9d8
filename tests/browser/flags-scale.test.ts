// Flags at national scale (the synthetic set, 3,000 agencies): grouped by district with counts,
// filtered by severity and searched, the heading counting what is shown, the CSV holding exactly
// the rows shown, and a flag's evidence opening the report at its sentence. Chinese at 1440 px and
// English at 390 px (no sideways scroll); axe-core clean. The overview's counts follow year=.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { unneutralise } from '../../src/format/csvCell.ts';
import { settle } from './contract.ts';
import { ROOT } from './harness.ts';
import { downloadOf } from './importHelpers.ts';
import { describeBrowser, distDir } from './suite.ts';

const AXE_SOURCE = () =>
  // Read lazily: the file only matters when the suite runs.
  import('node:fs').then((fs) =>
    fs.readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'),
  );

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await AXE_SOURCE());
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as { id: string; nodes: { target: unknown[] }[] }[];
  });
  return violations.map((v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`);
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** "显示 3 / 30 条" / "3 of 30 shown" → [3, 30]. */
function shownOf(heading: string): [number, number] {
  const m = /([\d,]+)\s*(?:\/|of)\s*([\d,]+)/.exec(heading);
  if (!m) throw new Error(`no count in ${heading}`);
  return [Number(m[1]!.replaceAll(',', '')), Number(m[2]!.replaceAll(',', ''))];
}

const hasSynthetic = () => existsSync(join(distDir(), 'data', 'synthetic', 'observations.csv'));

describeBrowser('flags at scale (synthetic national set)', (s) => {
  it('zh, 1440 px: grouped by district with counts; severity + search → heading counts what is shown; CSV; evidence at the sentence', async () => {
    expect(hasSynthetic()).toBe(true);
    const t = await s.open('#/coverage?dataset=synthetic', { viewport: { width: 1440, height: 900 } });
    const { page } = t;
    await settle(page, 60_000);
    const heading = page.locator('#flags-title');
    const [, total] = shownOf(await heading.innerText());
    expect(total).toBeGreaterThan(1000);
    // Paged: never thousands of flags in the DOM at once.
    expect(await page.locator('.flag-list li').count()).toBeLessThanOrEqual(100);

    // Grouped by district: collapsed groups with counts, the parameter in the address.
    await page.locator('#flag-group').selectOption('district');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('fgroup=district');
    const groups = page.locator('.flag-group');
    await expect.poll(() => groups.count()).toBeGreaterThan(10);
    expect(await groups.count()).toBeLessThanOrEqual(50);
    const first = groups.first();
    const summary = await first.locator('summary').innerText();
    expect(summary).toMatch(/示例区\d{4}/);
    const groupCount = Number(/([\d,]+) 条/.exec(summary)![1]!.replaceAll(',', ''));
    expect(await first.locator('.flag-list li').count()).toBe(0);
    await first.locator('summary').click();
    await expect.poll(() => first.locator('.flag-list li').count()).toBe(Math.min(groupCount, 50));

    // High severity, searched by one district: the heading counts what is shown.
    await page.locator('#flag-severity').selectOption('high');
    await page.locator('#flag-group').selectOption('none');
    await page.locator('#flag-search').fill('示例区012');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/severity=high/);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('fq=示例区012');
    const items = page.locator('.flag-list li');
    await expect.poll(async () => shownOf(await heading.innerText())[0]).toBeLessThan(total);
    const [shown, again] = shownOf(await heading.innerText());
    expect(again).toBe(total);
    expect(shown).toBeGreaterThan(0);
    expect(await items.count()).toBe(Math.min(shown, 100));
    const texts = await items.allInnerTexts();
    expect(texts.every((x) => x.startsWith('高') && x.includes('示例区012'))).toBe(true);

    // The CSV holds exactly the rows shown, with report id and evidence.
    const csv = await downloadOf(page, '下载所显示的提示（CSV）');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(shown + 1);
    expect(lines[0]).toContain('报告编号');
    expect(lines[0]).toContain('依据原文');
    expect(lines.slice(1).every((l) => unneutralise(l).includes('示例区012'))).toBe(true);

    // A flag on a value opens the report at its sentence: highlighted and scrolled into view.
    const withValue = items.filter({ hasText: /低于 100%/ }).first();
    const anyItem = (await withValue.count()) > 0 ? withValue : items.first();
    await anyItem.getByRole('link', { name: '查看依据' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/reports\/[^?]+\?(.*&)?(at|missing)=/);
    await settle(page, 60_000);
    const hash = await page.evaluate(() => location.hash);
    if (hash.includes('at=')) {
      const row = page.locator('tr.at-value');
      await row.waitFor();
      expect(await row.getAttribute('aria-current')).toBe('true');
      await expect
        .poll(() =>
          row.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight;
          }),
        )
        .toBe(true);
      expect(await page.locator('.at-notice').innerText()).toMatch(/依据：/);
    } else {
      expect(await page.locator('.at-notice').innerText()).toMatch(/报告中没有：/);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(t.problems()).toEqual([]);
  }, 240_000);

  it('en, 390 px: the same list in English, no sideways scroll, a value flag opens its sentence; axe clean', async () => {
    const t = await s.open(
      '#/coverage?lang=en&dataset=synthetic&flag=rate_below_norm&severity=high&fgroup=agency',
      {
        viewport: { width: 390, height: 844 },
      },
    );
    const { page } = t;
    await settle(page, 60_000);
    const heading = page.locator('#flags-title');
    expect(await heading.innerText()).toMatch(/[\d,]+ of [\d,]+ shown/);
    const groups = page.locator('.flag-group');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    expect(await groups.first().locator('summary').innerText()).toMatch(/\d+ flags? · \d+ high$/);
    await groups.first().locator('summary').click();
    const item = groups.first().locator('.flag-list li').first();
    await item.waitFor();
    expect(await item.innerText()).toMatch(/^High/);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    await item.getByRole('link', { name: 'See evidence' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/\?(.*&)?at=/);
    await settle(page, 60_000);
    const row = page.locator('tr.at-value');
    await row.waitFor();
    expect(await page.locator('.at-notice').innerText()).toMatch(/^Evidence: /);
    await expect
      .poll(() =>
        row.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(t.problems()).toEqual([]);
  }, 240_000);

  it('the overview counts follow year=, and its flag counts link to the filtered list (zh and en)', async () => {
    const t = await s.open('#/?dataset=synthetic&year=2020');
    const { page } = t;
    await settle(page, 60_000);
    const reports2020 = await page.getByTestId('stat-reports').locator('dd').innerText();
    const agencies2020 = await page.getByTestId('stat-agencies').innerText();
    expect(agencies2020).toMatch(/2020 年有报告的机构/);
    expect(agencies2020).toMatch(/共 3,000 个机构/);
    await page.goto(`${s.server().url}#/?dataset=synthetic&year=2024&lang=en`);
    await settle(page, 60_000);
    const reports2024 = await page.getByTestId('stat-reports').locator('dd').innerText();
    expect(await page.getByTestId('stat-agencies').innerText()).toMatch(/Agencies with a 2024 report/);
    // The generator publishes more reports in later years (80 % in 2020, 96 % in 2024).
    expect(Number(reports2024.replaceAll(',', ''))).toBeGreaterThan(Number(reports2020.replaceAll(',', '')));
    // "of which high" links to that kind at high severity, for that year.
    const high = page.locator('#gaps-title ~ .table-wrap table a[href*="severity=high"]').first();
    const highCount = Number((await high.innerText()).replaceAll(',', ''));
    await high.click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toMatch(/^#\/coverage\?.*year=2024.*flag=\w+&severity=high/);
    await settle(page, 60_000);
    const [shown] = shownOf(await page.locator('#flags-title').innerText());
    expect(shown).toBe(highCount);
    expect(t.problems()).toEqual([]);
  }, 240_000);
});
