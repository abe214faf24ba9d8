// Everything works from the keyboard: Tab reaches every control (with a visible focus mark),
// Enter follows a navigation link, Space operates a toggle.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { contractRoutes, settle } from './contract.ts';
import { describeBrowser } from './suite.ts';

/** Tags every visible, enabled interactive element with data-kbd=<n>; returns their descriptions. */
function tagInteractive(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const out: string[] = [];
    const radioGroups = new Set<string>();
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert],[aria-hidden="true"]')) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      // One stop per radio group: Tab enters the group, arrows move inside it.
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (radioGroups.has(el.name)) continue;
        radioGroups.add(el.name);
        el.dataset.kbdGroup = el.name;
      }
      el.dataset.kbd = String(out.length);
      out.push(
        `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      );
    }
    return out;
  });
}

describeBrowser('keyboard', (s) => {
  for (const hash of contractRoutes().map((r) => r.hash)) {
    it(`${hash}: Tab reaches every control, each with a visible focus indicator`, async () => {
      const t = await s.open(hash);
      const { page } = t;
      await settle(page);
      const controls = await tagInteractive(page);
      expect(controls.length, 'the view has controls').toBeGreaterThan(0);
      const reached = new Set<number>();
      const noFocusMark: string[] = [];
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < controls.length * 2 + 10 && reached.size < controls.length; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          let idx = el.dataset.kbd;
          if (idx === undefined && el instanceof HTMLInputElement && el.type === 'radio') {
            idx = document.querySelector<HTMLElement>(`[data-kbd-group="${el.name}"]`)?.dataset.kbd;
          }
          const cs = getComputedStyle(el);
          const marked =
            (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0) ||
            (cs.boxShadow !== 'none' && cs.boxShadow !== '');
          return { idx: idx === undefined ? null : Number(idx), marked };
        });
        if (info?.idx == null) continue;
        reached.add(info.idx);
        if (!info.marked) noFocusMark.push(controls[info.idx]!);
      }
      const missed = controls.filter((_, i) => !reached.has(i));
      expect(missed, 'controls Tab never reaches').toEqual([]);
      expect(noFocusMark, 'controls with no visible focus indicator').toEqual([]);
      expect(t.problems()).toEqual([]);
    });
  }

  it('Enter on a navigation link opens its view; Space operates a toggle', async () => {
    const t = await s.open('#/');
    const { page } = t;
    await settle(page);
    const link = page.locator('nav a[href*="#/coverage"]').first();
    expect(await link.count(), 'a navigation link to #/coverage').toBe(1);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/coverage/);
    await settle(page);

    await page.goto(`${s.server().url}#/indicator/reconsideration.accepted`);
    await settle(page);
    const toggle = page.locator('button[aria-pressed="false"]').first();
    expect(await toggle.count(), 'a toggle button').toBe(1);
    const name = (await toggle.textContent())?.trim() ?? '';
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.locator('button[aria-pressed="true"]', { hasText: name }).count())
      .toBeGreaterThan(0);
    expect(t.problems()).toEqual([]);
  });
});
