// Chinese renders as glyphs, not as boxes: two different characters drawn in the page's own font
// give different pixels (missing glyphs all draw the same .notdef box).
import { expect, it } from 'vitest';
import { settle } from './contract.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('Chinese text rendering', (s) => {
  it('draws distinct CJK glyphs in the font the page uses', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted');
    await settle(t.page);
    const result = await t.page.evaluate(() => {
      const font = getComputedStyle(document.body).font;
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 64;
        const ctx = c.getContext('2d')!;
        ctx.font = font.replace(/\d+(\.\d+)?px/, '48px');
        ctx.fillStyle = '#000';
        ctx.textBaseline = 'top';
        ctx.fillText(ch, 4, 4);
        const data = ctx.getImageData(0, 0, 64, 64).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
        return { key: Array.from(data).join(','), ink };
      };
      const a = draw('法');
      const b = draw('治');
      const missing = draw('\u{10FFFD}');
      return { font, inkA: a.ink, inkB: b.ink, same: a.key === b.key, likeMissing: a.key === missing.key };
    });
    expect(result.inkA, `font: ${result.font}`).toBeGreaterThan(0);
    expect(result.same, 'two different characters draw identical pixels (boxes)').toBe(false);
    expect(result.likeMissing, 'a CJK character draws like a missing glyph').toBe(false);
    expect(t.problems()).toEqual([]);
  });
});
