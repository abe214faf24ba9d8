// Coverage matrix: column headers are short names shown whole (no two alike, none cut), with the
// full name on hover and on keyboard focus and in the accessible name; the matrix is searchable
// and sortable with both kept in the address; with fewer than three peers of a type nobody is
// called best or worst, there or on the agency profile. Chinese and English, 1440 and 390 px; axe
// stays clean with a search and a sort in effect.
import { expect, it } from 'vitest';
import { AGENCY, settle, visibleText } from './contract.ts';
import { axeViolations, describeViolations, horizontalOverflow } from './share-helpers.ts';
import { describeBrowser } from './suite.ts';

const FULL = {
  zh: { short: '复议申请', full: '收到行政复议申请' },
  en: { short: 'Recon. applications', full: 'Reconsideration applications received' },
} as const;

describeBrowser('coverage matrix: headers, search, sort, too few peers', (s) => {
  for (const [lang, width] of [
    ['zh', 1440],
    ['en', 390],
    ['en', 1440],
    ['zh', 390],
  ] as const) {
    it(`shows every column header whole and unique, the full name on focus (${lang}, ${width} px)`, async () => {
      const t = await s.open(`#/coverage${lang === 'en' ? '?lang=en' : ''}`, {
        viewport: { width, height: 900 },
      });
      const { page } = t;
      await settle(page);
      const headers = await page.$$eval('table.matrix thead th[scope="col"] a', (links) =>
        links.map((a) => {
          const el = a as HTMLElement;
          return {
            text: el.innerText.trim(),
            // Cut: a line of the text lies outside the header cell, or outside its own link box
            // while that box clips (vertical text wraps leftwards, where scrollWidth does not look).
            cut: (() => {
              const range = document.createRange();
              range.selectNodeContents(el);
              const box = el.getBoundingClientRect();
              const cell = el.closest('th')!.getBoundingClientRect();
              const clips = getComputedStyle(el).overflow !== 'visible';
              const outside = (r: DOMRect, b: DOMRect) =>
                r.top < b.top - 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1 || r.right > b.right + 1;
              return Array.from(range.getClientRects()).some(
                (r) => r.width > 0 && (outside(r, cell) || (clips && outside(r, box))),
              );
            })(),
            name: el.getAttribute('aria-label') ?? '',
            // Chrome clipped the last glyph of a vertical name that fits its box exactly ("普法活")
            // under overflow: hidden + ellipsis, though the layout says it fits: nothing may clip.
            clips: getComputedStyle(el).overflow !== 'visible',
          };
        }),
      );
      expect(headers).toHaveLength(40);
      expect(new Set(headers.map((h) => h.text)).size).toBe(40);
      expect(headers.filter((h) => h.cut)).toEqual([]);
      expect(headers.filter((h) => h.clips)).toEqual([]);
      expect(headers.some((h) => h.text.includes('…'))).toBe(false);
      // The accessible name holds the short and the full name.
      const first = headers[0]!;
      expect(first.text).toBe(FULL[lang].short);
      expect(first.name).toContain(FULL[lang].short);
      expect(first.name).toContain(FULL[lang].full);
      // Keyboard focus shows the full name beside the header.
      const link = page.getByRole('link', { name: first.name, exact: true });
      const tip = page.locator('table.matrix thead th .col-tip').first();
      expect(await tip.isVisible()).toBe(false);
      await link.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.innerText()).toContain(FULL[lang].full);
      // And so does the mouse (plus the native title).
      await link.blur();
      await page.locator('table.matrix thead th[scope="col"] a').nth(5).hover();
      const hovered = page.locator('table.matrix thead th .col-tip').nth(5);
      await expect
        .poll(() => hovered.evaluate((el) => getComputedStyle(el).display), { timeout: 3000 })
        .toBe('block');
      expect(await horizontalOverflow(page)).toBe(0);
      expect(t.problems()).toEqual([]);
    });
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`searches and sorts the matrix, both kept in the address (${lang})`, async () => {
      const t = await s.open(`#/coverage${lang === 'en' ? '?lang=en' : ''}`, {
        viewport: { width: 390, height: 900 },
      });
      const { page } = t;
      await settle(page);
      const rowNames = () =>
        page.$$eval('table.matrix tbody th a', (links) => links.map((a) => (a as HTMLElement).innerText));
      // Sort by indicators reported: Baoshan reports 16 of 40, the most (data/observations.csv).
      await page.locator('#matrix-sort').selectOption('coverage');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('msort=coverage-desc');
      expect((await rowNames())[0]).toContain(lang === 'zh' ? AGENCY.baoshan.zh : AGENCY.baoshan.en);
      await page.locator('#matrix-sort-dir').selectOption('asc');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('msort=coverage-asc');
      expect((await rowNames()).at(-1)).toContain(lang === 'zh' ? AGENCY.baoshan.zh : AGENCY.baoshan.en);
      // By one column: a new column starts highest first; agencies without it last.
      await page.locator('#matrix-sort').selectOption('mediation.success_rate');
      await expect
        .poll(() => page.evaluate(() => location.hash))
        .toContain('msort=mediation.success_rate-desc');
      expect(await page.locator('#matrix-sort-dir').inputValue()).toBe('desc');
      // Changning states 95.6 %, Baoshan's 85.8 % is derived: Changning first.
      await expect
        .poll(async () => (await rowNames()).slice(0, 2).join(' | '))
        .toMatch(lang === 'zh' ? /长宁区人民政府 \| 宝山区司法局/ : /Changning.*\| Baoshan/);
      const sorted = page.locator('table.matrix thead th[aria-sort="descending"]');
      expect(await sorted.count()).toBe(1);
      // Search: one agency left, said in words; the address keeps it.
      await page
        .getByLabel(lang === 'zh' ? '按机构名称筛选' : 'Filter agencies by name')
        .fill(lang === 'zh' ? '天津' : 'tianjin');
      await expect.poll(() => rowNames()).toHaveLength(1);
      expect(await visibleText(page)).toContain(
        lang === 'zh' ? '显示 1 / 5 个机构' : '1 of 5 agencies shown',
      );
      const hash = await page.evaluate(() => location.hash);
      expect(decodeURIComponent(hash)).toContain(lang === 'zh' ? 'mq=天津' : 'mq=tianjin');
      await page.reload();
      await settle(page);
      expect(await page.evaluate(() => location.hash)).toBe(hash);
      expect(await rowNames()).toHaveLength(1);
      expect(
        await page.getByLabel(lang === 'zh' ? '按机构名称筛选' : 'Filter agencies by name').inputValue(),
      ).toBe(lang === 'zh' ? '天津' : 'tianjin');
      // A search that finds nothing says so.
      await page.getByLabel(lang === 'zh' ? '按机构名称筛选' : 'Filter agencies by name').fill('zzzz');
      await expect.poll(() => rowNames()).toHaveLength(0);
      expect(await visibleText(page)).toContain(
        lang === 'zh' ? '没有机构名称包含“zzzz”' : 'No agency name contains "zzzz"',
      );
      expect(await horizontalOverflow(page)).toBe(0);
      expect(t.problems()).toEqual([]);
    });

    it(`calls nobody best or worst of two peers: the two zone administrations (${lang})`, async () => {
      const en = lang === 'en';
      const t = await s.open(`#/coverage?type=zone_admin${en ? '&lang=en' : ''}`);
      const { page } = t;
      await settle(page);
      // Both zone administrations report legal opinions (data/observations.csv): before, one
      // was ▲ best and the other ▼ worst 0–20 %.
      const symbols = await page.$$eval('table.matrix tbody td span[aria-hidden="true"]', (els) =>
        els.map((e) => e.textContent),
      );
      expect(symbols).not.toContain('▼');
      expect(symbols).not.toContain('▲');
      expect(symbols).toContain('◇');
      const labels = await page.$$eval('table.matrix tbody td button', (els) =>
        els.map((e) => e.getAttribute('aria-label') ?? ''),
      );
      expect(
        labels.some((l) => l.includes(en ? 'too few peers (2 reporting)' : '同类机构太少（2 家报告）')),
      ).toBe(true);
      expect(labels.join(' ')).not.toMatch(en ? / of 2\b/ : /第 \d+ \/ 2/);
      expect(await visibleText(page)).toContain(
        en ? 'Too few peers (fewer than 3 report it)' : '同类机构太少（不足 3 家报告）',
      );

      // The profile says the same instead of "第 1 / 2".
      await page.goto(page.url().replace(/#.*$/, `#/agency/${AGENCY.tianjinPort.id}${en ? '?lang=en' : ''}`));
      await settle(page);
      const profile = await visibleText(page);
      expect(profile).toContain(en ? 'too few peers' : '同类机构太少');
      expect(profile).not.toMatch(en ? /\b\d of 2\b/ : /第 \d \/ 2/);
      expect(t.problems()).toEqual([]);
    });

    it(`has no axe violations with a search and a sort in effect (${lang})`, async () => {
      const t = await s.open(
        `#/coverage?msort=training.sessions-desc&mq=%E5%8C%BA${lang === 'en' ? '&lang=en' : ''}`,
      );
      await settle(t.page);
      await t.page.locator('table.matrix thead th[scope="col"] a').first().focus();
      expect(describeViolations(await axeViolations(t.page))).toEqual([]);
      expect(t.problems()).toEqual([]);
    });
  }
});
