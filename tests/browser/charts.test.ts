// Charts draw their data (not just axes), and each chart's container says in words what it shows:
// the indicator, how many agencies reported, the highest and the lowest value.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AGENCY, settle } from './contract.ts';
import { describeBrowser } from './suite.ts';

/** Share of strongly coloured pixels in each chart canvas (bars are coloured; axes and text are grey). */
async function inkShares(page: Page): Promise<number[]> {
  return (await ink(page)).map((c) => c.share);
}

async function inkPixels(page: Page): Promise<number[]> {
  return (await ink(page)).map((c) => c.pixels);
}

function ink(page: Page): Promise<{ share: number; pixels: number }[]> {
  return page.$$eval('[role="img"]:not([role="img"] [role="img"])', (els) =>
    els.map((el) => {
      const canvas = el.querySelector('canvas');
      if (!canvas) {
        // SVG renderer: filled shapes with some area count instead.
        const shapes = Array.from(el.querySelectorAll('svg path, svg rect')).filter((s) => {
          const fill = s.getAttribute('fill') ?? '';
          const b = (s as SVGGraphicsElement).getBBox();
          return fill !== 'none' && fill !== '' && b.width * b.height > 50;
        });
        return shapes.length > 0 ? { share: 1, pixels: 1e6 } : { share: 0, pixels: 0 };
      }
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return { share: 0, pixels: 0 };
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        const r = d[i]!;
        const g = d[i + 1]!;
        const b = d[i + 2]!;
        if (d[i + 3]! > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 60) ink++;
      }
      return { share: ink / (canvas.width * canvas.height), pixels: ink };
    }),
  );
}

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
