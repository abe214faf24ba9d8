// The query parameters every view understands: region=, type=, year= narrow what is shown (and the
// controls show the filter); embed=1 is the chart-only layout for iframes.
import { expect, it } from 'vitest';
import { AGENCY, rowsWith, settle, visibleText } from './contract.ts';
import { describeBrowser } from './suite.ts';

const SHANGHAI = [AGENCY.baoshan, AGENCY.changning, AGENCY.ftzBonded, AGENCY.minhangEconomy];

describeBrowser('filters and embed in the address', (s) => {
  it('region=天津市 keeps only Tianjin agencies, in the ranking and the coverage matrix', async () => {
    const t = await s.open(
      `#/indicator/litigation.head_appearance_rate?region=${encodeURIComponent('天津市')}`,
    );
    await settle(t.page);
    expect(await rowsWith(t.page, AGENCY.tianjinPort.zh).count()).toBeGreaterThan(0);
    for (const a of SHANGHAI) expect(await rowsWith(t.page, a.zh).count(), a.id).toBe(0);
    const region = t.page.locator('select', { has: t.page.locator('option', { hasText: '上海市' }) }).first();
    expect(await region.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
      '天津市',
    );

    await t.page.goto(`${s.server().url}#/coverage?region=${encodeURIComponent('天津市')}`);
    await settle(t.page);
    expect(await rowsWith(t.page, AGENCY.tianjinPort.zh).count()).toBeGreaterThan(0);
    for (const a of SHANGHAI) expect(await rowsWith(t.page, a.zh).count(), a.id).toBe(0);
    expect(t.problems()).toEqual([]);
  });

  it('type=district_gov keeps only district governments', async () => {
    const t = await s.open('#/indicator/litigation.head_appearance_rate?type=district_gov');
    await settle(t.page);
    expect(await rowsWith(t.page, AGENCY.changning.zh).count()).toBeGreaterThan(0);
    for (const a of [AGENCY.baoshan, AGENCY.tianjinPort, AGENCY.minhangEconomy]) {
      expect(await rowsWith(t.page, a.zh).count(), a.id).toBe(0);
    }
    expect(t.problems()).toEqual([]);
  });

  it('year=2023 (no reports that year) shows nothing reported, never zeros', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?year=2023');
    await settle(t.page);
    const text = await visibleText(t.page);
    expect(text).not.toMatch(/(^|\s)932(\s|件|$)/);
    expect(text).not.toMatch(/(^|\s)0\s*件/);
    expect(t.problems()).toEqual([]);
  });

  it('embed=1 shows the labelled chart without the navigation and filter chrome', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?embed=1');
    await settle(t.page);
    const chart = t.page.locator('[role="img"]').first();
    await chart.waitFor({ state: 'visible' });
    expect(await chart.getAttribute('aria-label')).toContain('受理行政复议案件');
    expect(await t.page.locator('nav a:visible').count(), 'no navigation links').toBe(0);
    expect(await t.page.locator('select:visible').count(), 'no filter controls').toBe(0);
    expect(t.problems()).toEqual([]);
  });
});
