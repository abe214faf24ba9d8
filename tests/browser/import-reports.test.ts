// Bring your own reports: the five corpus reports chosen on #/import are extracted in a worker
// (progress to 5 of 5), listed for review, and once accepted reproduce the bundled values
// (data/observations.csv) report by report, marked imported, in every view and in the export.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { sharedPath } from '../shared.ts';
import { AGENCY, readDataCsv, rowsWith, settle, textOf } from './contract.ts';
import { describeBrowserWithShared, downloadOf, importFiles } from './importHelpers.ts';

function key(indicator: string, value: number | string, qualifier: string): string {
  return `${indicator}|${Number(value)}|${qualifier}`;
}

describeBrowserWithShared('import of the corpus reports', (s) => {
  it('extracts all five in the page, and accepted values equal data/observations.csv per report', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const files = readdirSync(sharedPath('corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => sharedPath('corpus', f));
    expect(files).toHaveLength(5);

    const ms = await importFiles(page, files);
    console.log(`[import] five corpus reports extracted and listed in ${ms} ms`);
    const progress = page.locator('.import-progress progress');
    expect(await progress.getAttribute('value')).toBe('5');
    expect(await progress.getAttribute('max')).toBe('5');
    await expect.poll(() => page.locator('.import-progress').innerText()).toContain('5 / 5');
    const outcomes = page.getByTestId('file-outcomes').locator('li');
    expect(await outcomes.count()).toBe(5);
    expect(await page.locator('.file-failed').count()).toBe(0);
    expect(await page.locator('article.report-review').count()).toBe(5);

    // Nothing enters the dataset before it is accepted.
    const pending = page.getByRole('button', { name: /采用所有报告中待核对的数值/ });
    await pending.click();
    await expect.poll(() => pending.isDisabled()).toBe(true);

    const exported = JSON.parse((await downloadOf(page, /全部数据（JSON）/)).text) as {
      reports: { report_id: string; origin: string; agency_id: string }[];
      observations: {
        report_id: string;
        indicator: string;
        value: number;
        qualifier: string;
        origin: string;
      }[];
    };
    const bundled = readDataCsv('observations.csv');
    const bundledReports = readDataCsv('reports.csv');
    for (const r of bundledReports) {
      const id = r.report_id!;
      const expected = bundled
        .filter((o) => o.report_id === id)
        .map((o) => key(o.indicator!, o.value!, o.qualifier!));
      const mine = exported.observations.filter((o) => o.report_id === id);
      expect(mine.map((o) => key(o.indicator, o.value, o.qualifier)).sort(), id).toEqual(expected.sort());
      expect(
        mine.every((o) => o.origin === 'imported' || o.origin === 'derived'),
        id,
      ).toBe(true);
      const report = exported.reports.find((x) => x.report_id === id);
      expect(report?.origin, id).toBe('imported');
      // Matched to the agency the dashboard already has, not a new one.
      expect(report?.agency_id, id).toBe(r.agency_id);
    }

    // The same values in the views, marked imported.
    await page.goto(`${s.server().url}#/indicator/reconsideration.accepted`);
    await settle(page);
    const row = rowsWith(page, AGENCY.baoshan.zh).first();
    await expect.poll(() => textOf(row)).toMatch(/(^|[^\d.,])932([^\d.,]|$)/);
    expect(await textOf(row)).toContain('导入');
    expect(t.offOrigin).toEqual([]);
    expect(t.problems()).toEqual([]);
  });

  it('the report viewer shows the full text of an imported report with its values marked and linked', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const file = readdirSync(sharedPath('corpus'))
      .filter((f) => f.endsWith('.txt'))
      .sort()[2]!;
    await importFiles(page, [sharedPath('corpus', file)]);
    const id = file.replace(/\.txt$/, '');
    await page.getByRole('button', { name: /采用其余待核对的数值/ }).click();
    await page.goto(`${s.server().url}#/reports/${id}`);
    await settle(page);
    const full = page.getByTestId('full-text');
    await full.waitFor();
    const text = await full.innerText();
    // The full text, not only evidence sentences: far longer than any sentence.
    expect(text.length).toBeGreaterThan(2000);
    const marks = full.locator('mark.hl');
    const bundledCount = readDataCsv('observations.csv').filter(
      (o) => o.report_id === id && o.derived !== 'true',
    ).length;
    expect(await marks.count()).toBeGreaterThanOrEqual(bundledCount);
    const href = await marks.first().locator('a').getAttribute('href');
    expect(href).toMatch(/^#\/indicator\/[a-z_]+\.[a-z_]+/);
    // Required parts, present or missing.
    expect(await page.locator('ul.parts li').count()).toBe(4);
    // A bundled report says it has no full text.
    await page.goto(`${s.server().url}#/reports/${readDataCsv('reports.csv')[0]!.report_id}`);
    await settle(page);
    expect(await page.getByTestId('full-text').count()).toBe(0);
    expect(t.problems()).toEqual([]);
  });
  it('dropping reports in changes no view until their review starts', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const files = readdirSync(sharedPath('corpus'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => sharedPath('corpus', f));
    await importFiles(page, files);
    expect(await page.getByTestId('views-note').first().innerText()).toMatch(/还没有出现在其他视图中/);
    await page.goto(`${s.server().url}#/indicator/reconsideration.accepted`);
    await settle(page);
    const row = rowsWith(page, AGENCY.baoshan.zh).first();
    await expect.poll(() => textOf(row)).toMatch(/(^|[^\d.,])932([^\d.,]|$)/);
    expect(await textOf(row)).not.toContain('导入');
    expect(t.problems()).toEqual([]);
  });
});
