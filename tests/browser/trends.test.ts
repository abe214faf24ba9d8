// Trends over the years on the synthetic national set (?dataset=synthetic, 2020–2024): the agency
// profile's small multiples (a gap where a year is not reported, never 0; a table alternative), the
// indicator's trend view (the focused agency against the median and quartiles of its type, the
// basis stated), the change from the previous year computed from the data and marked derived, and
// the rank movement — in Chinese at 1440 px and in English at 390 px, axe-core clean.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { settle } from './contract.ts';
import { ROOT } from './harness.ts';
import { inkPixels } from './ink.ts';
import { describeBrowser } from './suite.ts';

const SYNTHETIC = join(ROOT, 'data', 'synthetic');
/**
 * A justice bureau with a report in each of the five years (so a missing value is 未报告, not 无报告),
 * read from the synthetic files (the generator may leave a year without a report).
 */
function agencyWithEveryYear(): string {
  if (!existsSync(join(SYNTHETIC, 'reports.csv'))) return 'syn-0002';
  const years = new Map<string, Set<number>>();
  for (const line of readFileSync(join(SYNTHETIC, 'reports.csv'), 'utf8').split('\n').slice(1)) {
    const cells = line.split(',');
    if (!cells[1]) continue;
    if (!years.has(cells[1])) years.set(cells[1], new Set());
    years.get(cells[1])!.add(Number(cells[5]));
  }
  const bureaus = readFileSync(join(SYNTHETIC, 'agencies.csv'), 'utf8')
    .split('\n')
    .filter((l) => l.split(',')[5] === 'justice_bureau')
    .map((l) => l.split(',')[0]!);
  return bureaus.find((id) => years.get(id)?.size === 5) ?? 'syn-0002';
}
const AGENCY = agencyWithEveryYear();
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Expectations {
  nameZh: string;
  nameEn: string;
  /** Justice bureaus in the whole set: the trend's basis with no filter. */
  peers: number;
  /** Indicators the agency reports in some year. */
  drawn: number;
  /** One indicator reported in some years, with a first or last year not reported. */
  gap: { zh: string; en: string; year: number; reportedYear: number };
}

/** What the synthetic files say about the agency, read without the app's code. */
function expectations(): Expectations {
  const agencies = readFileSync(join(SYNTHETIC, 'agencies.csv'), 'utf8').split('\n').slice(1);
  const row = agencies.find((l) => l.startsWith(`${AGENCY},`))!.split(',');
  const peers = agencies.filter((l) => l.split(',')[5] === 'justice_bureau').length;
  // The names come before any quoted cell (definitions), so a plain split reads them.
  const indicators = readFileSync(join(SYNTHETIC, 'indicators.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(','));
  const header = readFileSync(join(SYNTHETIC, 'indicators.csv'), 'utf8').split('\n')[0]!.split(',');
  const zhCol = header.indexOf('name_zh');
  const enCol = header.indexOf('name_en');
  const years = new Map<string, Set<number>>();
  for (const line of readFileSync(join(SYNTHETIC, 'observations.csv'), 'utf8').split('\n')) {
    if (!line.startsWith(`${AGENCY}-`)) continue;
    const [, , agency, year, indicator] = line.split(',');
    if (agency !== AGENCY) continue;
    if (!years.has(indicator!)) years.set(indicator!, new Set());
    years.get(indicator!)!.add(Number(year));
  }
  // A true gap: a year the agency has a report for that gives no value for the indicator (a year
  // without any report says 无报告 / no report, a different thing).
  const reportYears = new Set(
    readFileSync(join(SYNTHETIC, 'reports.csv'), 'utf8')
      .split('\n')
      .filter((l) => l.split(',')[1] === AGENCY)
      .map((l) => Number(l.split(',')[5])),
  );
  const gapYearOf = (ys: Set<number>) => [2020, 2024].find((y) => reportYears.has(y) && !ys.has(y));
  const [gapId, gapYears] = [...years].find(([, ys]) => gapYearOf(ys) !== undefined)!;
  const cells = indicators.find((c) => c[0] === gapId)!;
  return {
    nameZh: row[1]!,
    nameEn: row[2]!,
    peers,
    drawn: years.size,
    gap: {
      zh: cells[zhCol]!,
      en: cells[enCol]!.replace(/^"|"$/g, ''),
      year: gapYearOf(gapYears)!,
      reportedYear: [...gapYears][0]!,
    },
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations as { id: string; nodes: { target: unknown }[] }[];
  });
  return violations.map((v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`);
}

const horizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// The browser tests' global setup writes data/synthetic before the build, so it is always here.
const x = expectations();
describeBrowser('trends over the years (synthetic set)', (s) => {
  it('agency profile (zh, 1440 px): small multiples 2020–2024 with gaps, table, computed change, rank movement', async () => {
    const t = await s.open(`#/agency/${AGENCY}?dataset=synthetic`, {
      viewport: { width: 1440, height: 900 },
    });
    const { page } = t;
    await settle(page, 60_000);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: '历年数值（2020–2024 年）' }),
    });
    await expect
      .poll(() => section.locator('.small-multiples .chart-canvas[role="img"]').count(), {
        timeout: 20_000,
      })
      .toBe(x.drawn);
    const gapChart = section
      .locator('li.small-multiple', { hasText: x.gap.zh })
      .first()
      .locator('.chart-canvas[role="img"]');
    const label = (await gapChart.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`${x.gap.year} 年 未报告`);
    expect(label).toMatch(/5 个年份中 \d 个有数值/);
    // The lines are drawn (the line chart's code arrives in a lazy chunk).
    await expect
      .poll(async () => Math.max(...(await inkPixels(page))), { timeout: 20_000 })
      .toBeGreaterThan(50);

    // The table alternative: the gap year says 未报告 (never 0); a reported year has its number.
    await section.getByRole('button', { name: '表格' }).click();
    const row = section.locator('tr', {
      has: page.getByRole('rowheader', { name: x.gap.zh, exact: true }),
    });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells).toHaveLength(5);
    expect(cells[x.gap.year - 2020]).toBe('未报告');
    expect(cells[x.gap.reportedYear - 2020]).toMatch(/\d/);

    const values = page.locator('section[aria-labelledby="agency-values"]');
    expect(await values.innerText()).toMatch(/较上年 [+-−]?[\d,.]+(%| 个百分点)（推算/);
    expect(await values.locator('.rank-move').first().innerText()).toMatch(
      /^(↑ [\d–]+ 位|↓ [\d–]+ 位|名次不变|↓ \d+ 至 ↑ \d+ 位之间)$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(t.problems()).toEqual([]);
  });

  it('agency profile (en, 390 px): fits, English labels, derived change and movement in words', async () => {
    const t = await s.open(`#/agency/${AGENCY}?dataset=synthetic&lang=en`, {
      viewport: { width: 390, height: 844 },
    });
    const { page } = t;
    await settle(page, 60_000);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Values over the years (2020–2024)' }),
    });
    await expect
      .poll(() => section.locator('.small-multiples .chart-canvas[role="img"]').count(), {
        timeout: 20_000,
      })
      .toBe(x.drawn);
    const label =
      (await section
        .locator('li.small-multiple', { hasText: x.gap.en })
        .first()
        .locator('.chart-canvas[role="img"]')
        .getAttribute('aria-label')) ?? '';
    expect(label).toContain(`not reported in ${x.gap.year}`);
    const values = await page.locator('section[aria-labelledby="agency-values"]').innerText();
    expect(values).toMatch(/[+-−]?[\d,.]+(%| pts) vs previous year \(derived/);
    expect(values).toMatch(
      /\b(up [\d–]+ places?|down [\d–]+ places?|same place|between down \d+ and up \d+ places)\b/,
    );
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(t.problems()).toEqual([]);
  });

  for (const [lang, width, heading] of [
    ['zh', 390, '历年数值（2020–2024 年）'],
    ['en', 1440, 'Values over the years (2020–2024)'],
  ] as const) {
    it(`agency profile (${lang}, ${width} px): every small chart drawn, nothing scrolls sideways`, async () => {
      const t = await s.open(`#/agency/${AGENCY}?dataset=synthetic${lang === 'en' ? '&lang=en' : ''}`, {
        viewport: { width, height: 900 },
      });
      const { page } = t;
      await settle(page, 60_000);
      const section = page.locator('section', { has: page.getByRole('heading', { name: heading }) });
      await expect
        .poll(() => section.locator('.small-multiples .chart-canvas[role="img"] canvas').count(), {
          timeout: 20_000,
        })
        .toBe(x.drawn);
      expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
      expect(t.problems()).toEqual([]);
    });
  }

  for (const lang of ['zh', 'en'] as const) {
    const width = lang === 'zh' ? 1440 : 390;
    it(`indicator trend (${lang}, ${width} px): the focused agency over the distribution of its type, basis stated; the table's change is derived`, async () => {
      const hash = `#/indicator/reconsideration.accepted?dataset=synthetic&chart=trend&focus=${AGENCY}${lang === 'en' ? '&lang=en' : ''}`;
      const t = await s.open(hash, { viewport: { width, height: 900 } });
      const { page } = t;
      await settle(page, 60_000);
      const panel = page.locator('section[aria-labelledby="trend-title"]');
      const chart = panel.locator('.chart-canvas[role="img"]');
      await expect.poll(() => chart.count(), { timeout: 20_000 }).toBe(1);
      const label = (await chart.getAttribute('aria-label')) ?? '';
      expect(label).toContain(lang === 'zh' ? `${x.nameZh}（关注）` : `${x.nameEn} (focused)`);
      expect(label).toContain(lang === 'zh' ? '中位数' : 'median');
      const basis =
        lang === 'zh'
          ? `同类机构（司法局）${x.peers.toLocaleString('en')} 家的中位数与四分位区间`
          : `Median and interquartile range of the ${x.peers.toLocaleString('en')} agencies of the same type (Justice bureau`;
      expect(await panel.innerText()).toContain(basis);
      await expect
        .poll(async () => Math.max(...(await inkPixels(page))), { timeout: 20_000 })
        .toBeGreaterThan(500);
      // The numbers by year, as a table.
      await panel.locator('summary').click();
      const years = await panel.locator('tbody th[scope="row"]').allInnerTexts();
      expect(years).toEqual(['2020', '2021', '2022', '2023', '2024']);
      expect(await panel.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);

      // The ranking table beside it: the change computed from 2023 and 2024, marked derived.
      const table = page.locator('section[aria-labelledby="ranking-title"] table');
      // Filled in once the view has settled (the year before is ranked after the switch).
      await expect
        .poll(() => table.innerText(), { timeout: 10_000 })
        .toMatch(lang === 'zh' ? /（推算/ : /\(derived/);
      const text = await table.innerText();
      expect(text).toMatch(
        lang === 'zh' ? /较上年 [+-−]?[\d,.]+%（推算/ : /[+-−]?[\d,.]+% vs previous year \(derived/,
      );
      expect(text).toMatch(lang === 'zh' ? /[↑↓] [\d–]+ 位|名次不变/ : /(up|down) [\d–]+ places?|same place/);
      expect(t.problems()).toEqual([]);
    });
  }

  it('the trend embeds on its own (embed=1): the chart, its source and what the symbols mean', async () => {
    const t = await s.open(
      `#/indicator/reconsideration.accepted?dataset=synthetic&chart=trend&focus=${AGENCY}&embed=1`,
      { viewport: { width: 390, height: 700 } },
    );
    const { page } = t;
    await settle(page, 60_000);
    const chart = page.locator('.chart-canvas[role="img"]');
    await expect.poll(() => chart.count(), { timeout: 20_000 }).toBe(1);
    expect(await chart.getAttribute('aria-label')).toContain(`${x.nameZh}（关注）`);
    const text = await page.locator('#root').innerText();
    expect(text).toContain('受理行政复议案件（2020–2024 年）');
    expect(text).toContain(`同类机构（司法局）${x.peers.toLocaleString('en')} 家`);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(t.problems()).toEqual([]);
  });
});
