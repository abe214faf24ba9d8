// How much a chart has drawn: strongly coloured pixels in each chart canvas (marks are coloured;
// axes and text are grey), so a test can tell a chart with its data from an empty frame.
import type { Page } from 'playwright-core';

/** Share of strongly coloured pixels in each chart canvas (bars are coloured; axes and text are grey). */
export async function inkShares(page: Page): Promise<number[]> {
  return (await ink(page)).map((c) => c.share);
}

export async function inkPixels(page: Page): Promise<number[]> {
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
