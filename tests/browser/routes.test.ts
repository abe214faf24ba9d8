// Every address of the contract renders from a sub-path: Chinese text, no console or page errors,
// no failed request, nothing asked of another origin, every chart labelled in words.
import { expect, it } from 'vitest';
import { chartLabels, contractRoutes, settle, visibleText } from './contract.ts';
import { hasCjk } from './harness.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('contract addresses', (s) => {
  for (const route of contractRoutes()) {
    it(`${route.hash} renders with no errors and no request outside the origin`, async () => {
      const t = await s.open(route.hash);
      await settle(t.page);
      const text = await visibleText(t.page);
      expect(hasCjk(text), 'shows Chinese text').toBe(true);
      expect(text).toContain('法治政府建设指标看板');
      for (const want of route.shows) expect(text, `${route.hash} shows ${want}`).toContain(want);
      expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/);

      for (const chart of await chartLabels(t.page)) {
        expect(chart.label.trim(), 'chart container has an aria-label').not.toBe('');
        expect(hasCjk(chart.label), `aria-label is in words: ${chart.label}`).toBe(true);
      }
      expect(t.offOrigin).toEqual([]);
      for (const url of t.requests) expect(url.startsWith(s.server().url), url).toBe(true);
      expect(t.problems()).toEqual([]);
    });
  }
});
