// A contradictory value brought in through a dataset file: an invented stated mediation success
// rate of 50 % for Baoshan's 2024 report, whose own counts (resolved ÷ accepted) give about 86 %.
// The import outcome warns, and the value carries a warning mark with its explanation in the
// ranking table and the agency profile (Chinese and English), and a flag of kind "inconsistent".
import { expect, it } from 'vitest';
import { AGENCY, rowsWith, settle } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const HEADER =
  'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,text,start,end,evidence,evidence_start,section,scope,yoy_pct,yoy_points,confidence,origin,inputs,original_value,alternatives';
const ROW = `hand-rate,002_e74daa1a8bc6bbfa,${AGENCY.baoshan.id},2024,mediation.success_rate,50,%,exact,false,,,,手工补录：调解成功率50%,,achievements,,,,,imported,,`;

describeBrowser('consistency warnings beside contradictory values', (s) => {
  it('import outcome, ranking table, agency profile and flags show the warning (zh, en); axe clean', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    await importFiles(page, [upload('宝山区调解率.csv', `${HEADER}\r\n${ROW}\r\n`, 'text/csv')]);
    const outcome = page.getByTestId('import-consistency');
    await outcome.waitFor();
    const outcomeText = await outcome.innerText();
    expect(outcomeText).toContain('数据质量警告');
    expect(outcomeText).toContain(AGENCY.baoshan.zh);
    // 26,264 resolved of 30,607 accepted is 85.8 %, far from the stated 50 %.
    expect(outcomeText).toMatch(/50%.*26,264.*30,607.*85\.8%/s);

    // Ranking table: the mark beside the value opens its explanation.
    await page.goto(`${s.server().url}#/indicator/mediation.success_rate?chart=table`);
    await settle(page);
    const row = rowsWith(page, AGENCY.baoshan.zh)
      .filter({ has: page.locator('.consistency-mark') })
      .first();
    const mark = row.getByRole('button', { name: /数据矛盾/ });
    await mark.waitFor();
    expect(await row.innerText()).toMatch(/50%/);
    await mark.click();
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    expect(await row.innerText()).toMatch(/所报调解成功率 50%.*85\.8%/s);
    // A value that contradicts nothing carries no mark.
    expect(await rowsWith(page, AGENCY.changning.zh).locator('.consistency-mark').count()).toBe(0);

    // Agency profile.
    await page.goto(`${s.server().url}#/agency/${AGENCY.baoshan.id}`);
    await settle(page);
    await page
      .locator('tr', { hasText: '调解成功率' })
      .getByRole('button', { name: /数据矛盾/ })
      .first()
      .waitFor();

    // The coverage view lists it as a flag of its own kind, linking to the value's row.
    await page.goto(`${s.server().url}#/coverage?flag=inconsistent`);
    await settle(page);
    const flag = page.locator('.flag-list li', { hasText: AGENCY.baoshan.zh }).first();
    expect(await flag.innerText()).toMatch(/^高.*数值互相矛盾/s);
    await flag.getByRole('link', { name: '查看依据' }).click();
    await settle(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('at=hand-rate');
    await page.locator('tr.at-value', { hasText: '50%' }).waitFor();

    // English: the same mark and explanation in English.
    await page.goto(`${s.server().url}#/indicator/mediation.success_rate?chart=table&lang=en`);
    await settle(page);
    const enRow = rowsWith(page, AGENCY.baoshan.en)
      .filter({ has: page.locator('.consistency-mark') })
      .first();
    const enMark = enRow.getByRole('button', { name: /inconsistent/ });
    await enMark.click();
    expect(await enRow.innerText()).toMatch(/stated Mediation success rate 50% is more than 2 points away/);

    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('./harness.ts');
    await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (await axe.run(document)).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(t.problems()).toEqual([]);
  }, 240_000);
});
