// Every view fits every width from 320 px, in Chinese and English, on the bundled and the synthetic
// set: the page never scrolls sideways and no element reaches past the right edge (except inside a
// scroll container that itself fits). The failure names the offending elements.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { settle } from './contract.ts';
import { describeBrowser } from './suite.ts';
import { type DatasetName, viewRoutes, withParams } from './viewRoutes.ts';

const WIDTHS = [320, 390, 1440] as const;
const LANGS = ['zh', 'en'] as const;
const DATASETS: DatasetName[] = ['bundled', 'synthetic'];

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  offenders: string[];
}

// Runs in the page: elements whose right edge passes the viewport and that no ancestor clips.
function measure(): Overflow {
  const vw = window.innerWidth;
  const clipped = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX !== 'visible' && p.getBoundingClientRect().right <= vw + 1) return true;
    }
    return false;
  };
  const describe = (el: Element): string => {
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> right=${Math.round(el.getBoundingClientRect().right)} "${text}"`;
  };
  const offenders: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= vw + 1) continue;
    const style = getComputedStyle(el);
    if (style.position === 'fixed' && style.visibility === 'hidden') continue;
    if (clipped(el)) continue;
    // Report the outermost offender only: its children are the same overflow.
    if (
      el.parentElement &&
      offenders.length > 0 &&
      el.parentElement.getBoundingClientRect().right > vw + 1 &&
      !clipped(el.parentElement)
    )
      continue;
    offenders.push(describe(el));
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: vw,
    offenders: offenders.slice(0, 8),
  };
}

async function showView(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await settle(page);
  // Charts resize on the next frames after the layout settles.
  await page.waitForTimeout(250);
}

describeBrowser('every width, both languages', (s) => {
  for (const dataset of DATASETS) {
    for (const lang of LANGS) {
      it(`${dataset}, ${lang}: no view scrolls sideways at ${WIDTHS.join(', ')} px`, {
        timeout: 240_000,
      }, async () => {
        const routes = viewRoutes(dataset);
        const t = await s.open(withParams('#/', lang, dataset), { viewport: { width: 1440, height: 900 } });
        await settle(t.page);
        const failures: string[] = [];
        for (const width of WIDTHS) {
          await t.page.setViewportSize({ width, height: 800 });
          for (const route of routes) {
            const hash = withParams(route.hash, lang, dataset);
            await showView(t.page, hash);
            const m = await t.page.evaluate(measure);
            if (m.scrollWidth > m.innerWidth || m.offenders.length > 0) {
              failures.push(
                `${route.name} ${hash} at ${width}px: scrollWidth ${m.scrollWidth} > ${m.innerWidth}\n    ${m.offenders.join('\n    ')}`,
              );
            }
          }
        }
        expect(failures).toEqual([]);
        expect(t.problems()).toEqual([]);
      });
    }
  }
});
