// Accessibility of the embed / map / download UI and the dark theme: axe-core finds no serious or
// critical violation (embeds light and dark, the map, open share panels, every contract address in
// dark), coverage cells and chart actions work from the keyboard with a visible focus, and the
// pattern setting (decal=1) puts patterns into the charts.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AGENCY, contractRoutes, settle } from './contract.ts';
import { axeViolations, describeViolations, download } from './share-helpers.ts';
import { describeBrowser } from './suite.ts';

const COMPARE = `#/compare?agencies=${AGENCY.baoshan.id},${AGENCY.changning.id}`;

async function seriousViolations(page: Page): Promise<string[]> {
  const all = await axeViolations(page);
  const minor = all.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.warn(`[axe] ${page.url()}: ${describeViolations(minor).join('\n')}`);
  return describeViolations(all.filter((v) => v.impact === 'serious' || v.impact === 'critical'));
}

const with_ = (hash: string, param: string) => `${hash}${hash.includes('?') ? '&' : '?'}${param}`;

describeBrowser('accessibility of embeds, maps and the dark theme (axe-core)', (s) => {
  const embeds = [
    '#/indicator/mediation.success_rate?embed=1',
    '#/indicator/reconsideration.accepted?chart=map&embed=1',
    `${COMPARE}&embed=1`,
    '#/coverage?embed=1',
    '#/?embed=1',
  ];
  for (const hash of embeds) {
    for (const theme of ['light', 'dark'] as const) {
      const address = theme === 'dark' ? with_(hash, 'theme=dark') : hash;
      it(`${address}: no serious or critical violations`, async () => {
        const t = await s.open(address, { viewport: { width: 600, height: 450 } });
        await settle(t.page);
        expect(await seriousViolations(t.page)).toEqual([]);
        expect(t.problems()).toEqual([]);
      });
    }
  }

  for (const hash of [
    '#/indicator/reconsideration.accepted?chart=map',
    '#/indicator/reconsideration.accepted?chart=map&lang=en&decal=1',
    ...contractRoutes().map((r) => with_(r.hash, 'theme=dark')),
    with_('#/indicator/reconsideration.accepted?chart=map', 'theme=dark'),
  ]) {
    it(`${hash}: no serious or critical violations`, async () => {
      const t = await s.open(hash);
      await settle(t.page);
      expect(await seriousViolations(t.page)).toEqual([]);
      expect(t.problems()).toEqual([]);
    });
  }

  it('open embed and cite panels, and the provenance dialog with its citation, in light and dark', async () => {
    for (const theme of ['', '&theme=dark']) {
      const t = await s.open(`#/indicator/reconsideration.accepted?lang=en${theme}`);
      const { page } = t;
      await settle(page);
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      await page.getByRole('button', { name: 'Cite', exact: true }).click();
      await page.getByRole('button', { name: 'Download CSV' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('tr', { hasText: 'Baoshan' }).getByRole('button').first().click();
      await page.locator('dialog[open]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(t.problems()).toEqual([]);
    }
  });
});

describeBrowser('keyboard: coverage cells, chart actions, map controls', (s) => {
  it('a coverage cell is reached by Tab, shows its focus, and Enter opens its provenance', async () => {
    const t = await s.open('#/coverage');
    const { page } = t;
    await settle(page);
    const cells = page.locator('table.matrix .cell-button');
    expect(await cells.count()).toBeGreaterThan(10);
    const label = (await cells.first().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/，.+：/);
    // Tab from the last column header onwards until a cell has focus (row headers are links too).
    await page.locator('table.matrix thead a').last().focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('cell-button'))) break;
    }
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return {
        cell: el.classList.contains('cell-button'),
        label: el.getAttribute('aria-label') ?? '',
        outline: cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) >= 2,
      };
    });
    expect(focused.cell).toBe(true);
    expect(focused.outline).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    const [agency] = focused.label.split('，');
    expect(await dialog.locator('h2').innerText()).toContain(agency!);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(focused.label);
    expect(t.problems()).toEqual([]);
  });

  it('chart actions work from the keyboard: embed panel, patterns toggle (decal=1 in the address)', async () => {
    const t = await s.open('#/indicator/mediation.success_rate');
    const { page } = t;
    await settle(page);
    await page.getByRole('button', { name: '嵌入', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    const code = page.getByLabel('嵌入代码');
    await code.focus();
    expect(await code.evaluate((el) => (el as HTMLTextAreaElement).selectionEnd)).toBeGreaterThan(100);
    const decal = page.getByRole('button', { name: '图案填充' });
    await decal.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('decal=1');
    expect(await decal.getAttribute('aria-pressed')).toBe('true');
    expect(t.problems()).toEqual([]);
  });

  it('map region and type selects are operated from the keyboard', async () => {
    const t = await s.open('#/indicator/reconsideration.accepted?chart=map');
    const { page } = t;
    await settle(page);
    await page.getByLabel('地图上的机构类型').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/maptype=\w+/);
    await page.getByLabel('地图区域').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('mapregion=');
    expect(t.problems()).toEqual([]);
  });
});

describeBrowser('patterns (decal=1)', (s) => {
  it('puts decal patterns into the chart (seen in its SVG), and only when asked', async () => {
    const plain = await s.open(COMPARE);
    await settle(plain.page);
    const without = (await download(plain.page, '下载 SVG')).data.toString('utf8');
    const t = await s.open(`${COMPARE}&decal=1`);
    await settle(t.page);
    expect(await t.page.getByRole('button', { name: '图案填充' }).getAttribute('aria-pressed')).toBe('true');
    const withDecal = (await download(t.page, '下载 SVG')).data.toString('utf8');
    const patterns = (svg: string) => (svg.match(/<pattern\b/g) ?? []).length;
    expect(patterns(withDecal)).toBeGreaterThan(patterns(without));
    expect(plain.problems()).toEqual([]);
    expect(t.problems()).toEqual([]);
  });
});
