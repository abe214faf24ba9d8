// Print: every view prints without navigation, filters, buttons or toolbars, with its tables whole
// (no scroll container cuts them), as a PDF Chromium produces. The agency brief prints on exactly
// one A4 page, for a bundled and a synthetic agency, in Chinese and English; the profile links to
// it and its button opens the print dialog; axe-core finds nothing on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AGENCY, settle, visibleText } from './contract.ts';
import { ROOT } from './harness.ts';
import { describeBrowser } from './suite.ts';
import { type DatasetName, viewRoutes, withParams } from './viewRoutes.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Page objects of a PDF ("/Type /Page", not "/Type /Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

interface PrintCheck {
  visibleControls: string[];
  clipped: string[];
}

// Runs in the page under print media: controls still rendered, and scroll containers that hide part
// of their content.
function checkPrint(): PrintCheck {
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const name = (el: Element) =>
    `<${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const controls = [
    ...document.querySelectorAll(
      'nav, .site-header, .filter-bar, .toolbar, select, input, textarea, button:not(.value-button):not(th button)',
    ),
  ].filter(shown);
  const clipped = [...document.querySelectorAll('main *')].filter((el) => {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') return false;
    // Text clamped on purpose (-webkit-line-clamp) and the screen-reader-only texts are not tables.
    if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '') return false;
    if (el.classList.contains('sr-only') || el.closest('.sr-only')) return false;
    const h = el as HTMLElement;
    return (
      shown(el) &&
      (h.scrollWidth > h.clientWidth + 2 || h.scrollHeight > h.clientHeight + 2) &&
      h.clientHeight > 0 &&
      el.querySelector('table') !== null
    );
  });
  return { visibleControls: controls.map(name).slice(0, 6), clipped: clipped.map(name).slice(0, 6) };
}

async function printed(page: Page): Promise<PrintCheck> {
  await page.emulateMedia({ media: 'print' });
  const check = await page.evaluate(checkPrint);
  // Back to no emulation (not 'screen': page.pdf() would then print the screen styles).
  await page.emulateMedia({ media: null });
  return check;
}

describeBrowser('print', (s) => {
  for (const [dataset, lang] of [
    ['bundled', 'zh'],
    ['synthetic', 'en'],
  ] as [DatasetName, 'zh' | 'en'][]) {
    it(`${dataset}, ${lang}: every view prints without controls, its tables whole, as a PDF`, {
      timeout: 180_000,
    }, async () => {
      // The width of an A4 page's printable area at 12 mm margins (186 mm at 96 px/in).
      const t = await s.open(withParams('#/', lang, dataset), { viewport: { width: 703, height: 1000 } });
      await settle(t.page);
      const failures: string[] = [];
      for (const route of viewRoutes(dataset)) {
        const hash = withParams(route.hash, lang, dataset);
        await t.page.evaluate((h) => {
          window.location.hash = h;
        }, hash);
        await settle(t.page);
        const check = await printed(t.page);
        if (check.visibleControls.length > 0)
          failures.push(`${route.name}: controls in print: ${check.visibleControls.join(', ')}`);
        if (check.clipped.length > 0)
          failures.push(`${route.name}: cut by a scroll container: ${check.clipped.join(', ')}`);
        const pdf = await t.page.pdf({ format: 'A4', printBackground: true });
        if (!pdf.subarray(0, 5).toString('latin1').startsWith('%PDF-') || pdfPages(pdf) < 1)
          failures.push(`${route.name}: no PDF`);
      }
      expect(failures).toEqual([]);
      expect(t.problems()).toEqual([]);
    });
  }

  const briefs: [string, DatasetName, string][] = [
    [AGENCY.baoshan.id, 'bundled', AGENCY.baoshan.zh],
    [AGENCY.ftzBonded.id, 'bundled', AGENCY.ftzBonded.zh],
    ['syn-0002', 'synthetic', '示例区0001司法局'],
  ];
  for (const [id, dataset, zhName] of briefs) {
    for (const lang of ['zh', 'en'] as const) {
      it(`the brief of ${id} (${dataset}, ${lang}) is one A4 page`, async () => {
        const t = await s.open(withParams(`#/agency/${id}/brief`, lang, dataset));
        await settle(t.page);
        const text = await visibleText(t.page);
        expect(text).toContain(lang === 'zh' ? '机构简报' : 'Agency brief');
        if (lang === 'zh') expect(text).toContain(zhName);
        const check = await printed(t.page);
        expect(check.visibleControls).toEqual([]);
        const pdf = await t.page.pdf({ format: 'A4', printBackground: true });
        expect(pdfPages(pdf)).toBe(1);
        expect(t.problems()).toEqual([]);
      });
    }
  }

  it('the profile links to the brief, whose button prints', async () => {
    const t = await s.open(`#/agency/${AGENCY.baoshan.id}`);
    await settle(t.page);
    await t.page.getByRole('link', { name: /一页简报/ }).click();
    await expect.poll(() => new URL(t.page.url()).hash).toBe(`#/agency/${AGENCY.baoshan.id}/brief`);
    await settle(t.page);
    expect(await t.page.getByRole('heading', { level: 2 }).first().innerText()).toContain(AGENCY.baoshan.zh);
    await t.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const button = t.page.getByRole('button', { name: '打印 / 导出 PDF' });
    await button.focus();
    await t.page.keyboard.press('Enter');
    expect(await t.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(t.problems()).toEqual([]);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`the brief has no axe violations (${lang})`, async () => {
      const t = await s.open(withParams(`#/agency/${AGENCY.ftzBonded.id}/brief`, lang, 'bundled'));
      await settle(t.page);
      await t.page.evaluate(AXE_SOURCE);
      const violations = await t.page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        return (await axe.run(document)).violations.map(
          (v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`,
        );
      });
      expect(violations).toEqual([]);
    });
  }
});
