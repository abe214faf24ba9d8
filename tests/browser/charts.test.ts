// Charts draw their data (not just axes), and each chart's container says in words what it shows:
// the indicator, how many agencies reported, the highest and the lowest value.
import { expect, it } from 'vitest';
import { AGENCY, settle } from './contract.ts';
import { inkPixels, inkShares } from './ink.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('charts', (s) => {
  for (const hash of [
    '#/indicator/mediation.success_rate',
    '#/indicator/reconsideration.accepted',
    `#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`,
  ]) {
    it(`${hash}: every chart draws its bars`, async () => {
      const t = await s.open(hash);
      await settle(t.page);
      expect((await inkShares(t.page)).length, 'the view has a chart').toBeGreaterThan(0);
      // Marks grow in with an animation; wait for it to end. Bars cover a good share of a ranking
      // chart; a dot plot far less, but every chart must draw something beyond its legend.
      await expect
        .poll(async () => Math.max(...(await inkShares(t.page))), { timeout: 10_000 })
        .toBeGreaterThan(0.02);
      await expect
        .poll(async () => Math.min(...(await inkPixels(t.page))), { timeout: 10_000 })
        .toBeGreaterThan(150);
      expect(t.problems()).toEqual([]);
    });
  }

  it('the ranking chart is labelled with indicator, agencies reporting, highest and lowest', async () => {
    const t = await s.open('#/indicator/mediation.success_rate');
    await settle(t.page);
    const label = (await t.page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
    expect(label).toContain('调解成功率');
    expect(label).toMatch(/5\D+2|2\D+5/); // 2 of 5 agencies report it
    expect(label).toContain(AGENCY.changning.zh);
    expect(label).toMatch(/95\.6\s*%/);
    expect(label).toContain(AGENCY.baoshan.zh);
    expect(label).toMatch(/85\.8\d*\s*%/);
    expect(label.indexOf('95.6')).toBeLessThan(label.indexOf('85.8')); // highest first, then lowest

    await t.page.goto(`${s.server().url}#/indicator/mediation.success_rate?lang=en`);
    await settle(t.page);
    const en = (await t.page.locator('[role="img"]').first().getAttribute('aria-label')) ?? '';
    expect(en).toContain('Mediation success rate');
    expect(en).toMatch(/95\.6\s*%/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(t.problems()).toEqual([]);
  });
});
