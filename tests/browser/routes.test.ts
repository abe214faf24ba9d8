// Every address of the contract renders from a sub-path: Chinese text, no console or page errors,
// no failed request, nothing asked of another origin, every chart labelled in words.
import { expect, it } from 'vitest';
import { AGENCY, chartLabels, contractRoutes, settle, visibleText } from './contract.ts';
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

  it('#/agency/<id>/brief renders the brief; the profile address stays the profile', async () => {
    const t = await s.open(`#/agency/${AGENCY.baoshan.id}/brief`);
    await settle(t.page);
    const text = await visibleText(t.page);
    expect(text).toContain('机构简报');
    expect(text).toContain(AGENCY.baoshan.zh);
    expect(text).toContain('年度报告必备的四个部分');
    await t.page.goto(`${s.server().url}#/agency/${AGENCY.baoshan.id}`);
    await settle(t.page);
    expect(await visibleText(t.page)).not.toContain('机构简报');
    expect(t.offOrigin).toEqual([]);
    expect(t.problems()).toEqual([]);
  });
});
