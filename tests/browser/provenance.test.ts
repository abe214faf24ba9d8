// The scenario of issue 11: a dataset CSV whose one good row has the obs_id of the FTZ bonded area's
// 普法活动 22 项 but says 30 (with origin "extracted" and a sentence the report does not contain).
// The import lists the conflict; after "use file", 30 项 is the file's claim, not verified — never
// 报告直接给出 — in the table, the provenance dialog, the chart CSV and the citation; the Embed panel
// says embeds show the published data only; the report's 22 项 stays visible in the dialog.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AGENCY, readDataCsv, rowsWith, settle } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import {
  axeViolations,
  csvRows,
  describeViolations,
  download,
  horizontalOverflow,
  svgInfo,
} from './share-helpers.ts';
import { type BrowserSuite, describeBrowser } from './suite.ts';

const HEADER =
  'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,text,start,end,evidence,evidence_start,section,scope,yoy_pct,yoy_points,confidence,origin,inputs,original_value,alternatives';
const FILE = '普法补录.csv';

/** The bundled observation the file row collides with (data/observations.csv). */
function bundled() {
  const row = readDataCsv('observations.csv').find(
    (r) => r.agency_id === AGENCY.ftzBonded.id && r.indicator === 'publicity.events',
  );
  if (!row)
    throw new Error('data/observations.csv has no 普法活动 of the FTZ bonded area: run `npm run data`');
  return row;
}

function scenarioCsv(): string {
  const b = bundled();
  // An invented sentence, offsets of its own: the file claims it, nothing shows the report says it.
  const row = `${b.obs_id},${b.report_id},${b.agency_id},2024,publicity.events,30,项,exact,false,30项,4,7,全年开展30项普法活动。,0,achievements,,,,0.9,extracted,,,`;
  return [HEADER, row, ''].join('\r\n');
}

const WORDS = {
  zh: {
    q: '',
    useFile: '使用文件数值',
    badge: '导入文件',
    origin: `从数据文件导入：${FILE}`,
    claim: `由 ${FILE} 声称`,
    unverified: '未核实',
    stated: '报告直接给出',
    csv: '下载 CSV',
    svg: '下载 SVG',
    legend: '导入 = 本地导入的数据，不是已发布报告的数值',
    localSource: '+ 1 份本地导入',
    originColumn: '来源类型',
    agencyColumn: '机构',
    cite: '引用',
    citeFrom: `据本地导入的数据文件 ${FILE}（未经报告核实）`,
    embed: '嵌入',
    publishedOnly: '嵌入只显示已发布的数据',
    close: '关闭',
    reportValue: /报告给出的数值 22 项 未显示/,
    agency: AGENCY.ftzBonded.zh,
  },
  en: {
    q: '?lang=en',
    useFile: 'Use file value',
    badge: 'imported file',
    origin: `imported from a dataset file: ${FILE}`,
    claim: `claimed by ${FILE}`,
    unverified: 'not verified',
    stated: 'stated in the report',
    csv: 'Download CSV',
    svg: 'Download SVG',
    legend: 'imported = data imported locally, not a value of a published report',
    localSource: '+ 1 local import',
    originColumn: 'Origin',
    agencyColumn: 'Agency',
    cite: 'Cite',
    citeFrom: `According to the locally imported dataset file ${FILE} (not verified against a report)`,
    embed: 'Embed',
    publishedOnly: 'An embed shows the published data only',
    close: 'Close',
    reportValue: /The report’s value 22 \S+ is not shown/,
    agency: AGENCY.ftzBonded.en,
  },
} as const;

async function importAndChooseFile(s: BrowserSuite, page: Page, w: (typeof WORDS)['zh' | 'en']) {
  await page.goto(`${s.server().url}#/import${w.q}`);
  await settle(page);
  await importFiles(page, [upload(FILE, scenarioCsv(), 'text/csv')]);
  const conflicts = page.getByTestId('dataset-conflicts');
  await conflicts.waitFor();
  const listed = await conflicts.innerText();
  // The conflict is listed with both values before anything is replaced.
  expect(listed).toMatch(/22/);
  expect(listed).toMatch(/30/);
  // The list fits a phone: no sideways scrolling.
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('radio', { name: w.useFile }).check();
  await expect.poll(() => page.getByRole('radio', { name: w.useFile }).isChecked()).toBe(true);
}

// Chinese on a desktop, English on a phone.
for (const [lang, width] of [
  ['zh', 1440],
  ['en', 390],
] as const) {
  describeBrowser(`a dataset file's value never passes for the report's (${lang}, ${width} px)`, (s) => {
    it('lists the conflict, and after "use file" marks 30 项 as the file’s unverified claim everywhere', async () => {
      const w = WORDS[lang];
      const t = await s.open(`#/${w.q}`, { viewport: { width, height: 900 } });
      const { page } = t;
      await settle(page);
      await importAndChooseFile(s, page, w);

      // The table: 30 项 with the file's mark, its claim and verification on the badge.
      await page.goto(`${s.server().url}#/indicator/publicity.events${w.q}`);
      await settle(page);
      const row = rowsWith(page, w.agency).first();
      await expect.poll(() => row.innerText()).toMatch(/30/);
      expect(await row.innerText()).toContain(w.badge);
      const title = await row.locator('.badge-imported').first().getAttribute('title');
      expect(title).toContain(w.claim);
      expect(title).toContain(w.unverified);

      // The provenance dialog: origin in words with the file, not verified, the report's 22 kept.
      await row.locator('.value-button').first().click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByTestId('provenance-origin').innerText()).toContain(w.origin);
      const verification = await dialog.getByTestId('provenance-verification').innerText();
      expect(verification).toContain(w.claim);
      expect(verification).toContain(w.unverified);
      expect(await dialog.getByTestId('provenance-conflict').innerText()).toMatch(w.reportValue);
      const dialogText = await dialog.innerText();
      expect(dialogText).not.toContain(w.stated);
      expect(await dialog.locator('textarea').first().inputValue()).toContain(w.citeFrom);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      // The dialog fits the screen and needs no sideways scrolling of its own.
      expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      expect((await dialog.boundingBox())!.x + (await dialog.boundingBox())!.width).toBeLessThanOrEqual(
        width,
      );
      await dialog.getByRole('button', { name: w.close }).click();

      // The chart CSV: the origin column says who claims it.
      const rows = csvRows((await download(page, w.csv)).data.toString('utf8'));
      const head = rows[0]!;
      const ftz = rows.find((r) => r[head.indexOf(w.agencyColumn)]!.includes(w.agency))!;
      expect(ftz[head.indexOf(w.originColumn)]).toBe(
        lang === 'zh'
          ? `${w.origin}；${w.claim}；${w.unverified}`
          : `${w.origin}; ${w.claim}; ${w.unverified}`,
      );

      // The SVG image carries the legend entry for imported values.
      const svg = await svgInfo(page, (await download(page, w.svg)).data.toString('utf8'));
      expect(svg.text.replace(/\s+/g, '')).toContain(w.legend.replace(/\s+/g, ''));
      // Its source line counts the file apart from the published reports.
      expect(svg.text.replace(/\s+/g, '')).toContain(w.localSource.replace(/\s+/g, ''));

      // The citation of the chart: the FTZ value cites the file.
      await page.getByRole('button', { name: w.cite, exact: true }).click();
      const select = page.locator('.share-panel select');
      const option = await select.locator('option', { hasText: w.agency }).first().getAttribute('value');
      await select.selectOption(option!);
      expect(await page.locator('.share-panel textarea').first().inputValue()).toContain(w.citeFrom);

      // The Embed panel says an embed shows the published data only.
      await page.getByRole('button', { name: w.embed, exact: true }).click();
      expect(await page.getByTestId('embed-published-only').innerText()).toContain(w.publishedOnly);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      expect(t.problems()).toEqual([]);
    });

    it('the dialog lists the other values the report gives for the indicator, qualifiers kept', async () => {
      const w = WORDS[lang];
      const t = await s.open(`#/indicator/publicity.materials${w.q}`, { viewport: { width, height: 900 } });
      await settle(t.page);
      // Tianjin port's report gives 4000 张 and also 700余本 (data/observations.csv, alternatives).
      await rowsWith(t.page, lang === 'zh' ? AGENCY.tianjinPort.zh : AGENCY.tianjinPort.en)
        .first()
        .locator('.value-button')
        .first()
        .click();
      const alternatives = t.page.getByRole('dialog').getByTestId('provenance-alternatives');
      expect(await alternatives.innerText()).toMatch(
        lang === 'zh' ? /^同一报告还报告了：>700 本$/ : /^also reported: >700\b/,
      );
      expect(t.problems()).toEqual([]);
    });
  });
}
