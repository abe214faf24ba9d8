// Dataset files in and out through the page: a broken GBK spreadsheet export (CRLF) lists each bad
// row by file, line and column and keeps the good rows, which show in the views at once; the
// exported JSON and CSV files carry the imported rows; a dataset on another site named in the
// address is refused with a message and never requested, while a same-origin one loads.
import { expect, it } from 'vitest';
import { encodeGbk } from '../unit/helpers/gbk.ts';
import { AGENCY, rowsWith, settle, textOf } from './contract.ts';
import { downloadOf, importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const HEADER =
  'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,text,start,end,evidence,evidence_start,section,scope,yoy_pct,yoy_points,confidence,origin,inputs,original_value,alternatives';

function row(
  id: string,
  value: string,
  indicator = 'review.normative_documents',
  report = '002_e74daa1a8bc6bbfa',
) {
  return `${id},${report},${AGENCY.baoshan.id},2024,${indicator},${value},件,exact,false,,,,手工补录：审核规范性文件,,achievements,,,,,imported,,`;
}

describeBrowser('dataset files through the import page', (s) => {
  it('a broken GBK CSV shows line-numbered errors and keeps its good rows', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const csv = [
      HEADER,
      row('hand-1', '31'),
      row('hand-2', '三十一'),
      row('hand-3', '5', 'no.such_indicator'),
      row('hand-4', '7', 'review.contracts', 'no-such-report'),
      `hand-5,"unclosed`,
      '',
    ].join('\r\n');
    await importFiles(page, [upload('宝山区补录.csv', encodeGbk(csv), 'text/csv')]);
    const issues = page.getByTestId('dataset-issues');
    await issues.waitFor();
    const text = await issues.innerText();
    expect(text).toMatch(/宝山区补录\.csv 第 3 行，“value”列/);
    expect(text).toMatch(/宝山区补录\.csv 第 4 行，“indicator”列/);
    expect(text).toMatch(/宝山区补录\.csv 第 5 行，“report_id”列/);
    expect(text).toMatch(/宝山区补录\.csv 第 6 行/);
    // What is wrong is said in the interface's language too, quoting the cell as it was.
    expect(text).toContain('应为数字，实为“三十一”；此行未导入');
    expect(text).toContain('未知指标“no.such_indicator”；此行未导入');
    expect(text).toContain('无法读取此 CSV 行：引号括起的单元格没有结束引号');
    expect(text).not.toMatch(/row dropped|unreadable|expected/);
    expect(await page.locator('.batch').innerText()).toMatch(/1 个数值/);

    // The good row is in the views at once.
    await page.goto(`${s.server().url}#/indicator/review.normative_documents`);
    await settle(page);
    const baoshan = rowsWith(page, AGENCY.baoshan.zh).first();
    await expect.poll(() => textOf(baoshan)).toMatch(/(^|[^\d.,])31([^\d.,]|$)/);

    // And in the export: JSON and the observations CSV (BOM, same columns as data/).
    await page.goto(`${s.server().url}#/import`);
    await settle(page);
    const json = JSON.parse((await downloadOf(page, /全部数据（JSON）/)).text) as {
      observations: { obs_id: string; value: number }[];
    };
    expect(json.observations.find((o) => o.obs_id === 'hand-1')?.value).toBe(31);
    const csvOut = await downloadOf(page, /observations\.csv/);
    expect(csvOut.name).toMatch(/observations\.csv$/);
    expect(csvOut.text.split(/\r?\n/)[0]!.replace(/^\uFEFF/, '')).toBe(HEADER);
    expect(csvOut.text).toContain('hand-1,002_e74daa1a8bc6bbfa');
    expect(t.problems()).toEqual([]);
  });

  it('an exported JSON imports again without loss of manual values and originals', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const original = JSON.parse((await downloadOf(page, /全部数据（JSON）/)).text) as {
      observations: Record<string, unknown>[];
    };
    const first = original.observations[0]!;
    const edited = {
      ...original,
      observations: [
        { ...first, value: 12345, origin: 'manual', original_value: first.value },
        ...original.observations.slice(1),
      ],
    };
    await importFiles(page, [upload('edited.json', JSON.stringify(edited), 'application/json')]);
    await expect.poll(() => page.locator('.batch').innerText()).toMatch(/所有行都有效/);
    // The edited value would replace the report's: listed as a conflict, replaced once chosen.
    await page.getByTestId('dataset-conflicts').waitFor();
    expect(await page.locator('[data-conflict]').count()).toBe(1);
    await page.getByRole('radio', { name: '使用文件数值' }).check();
    const again = JSON.parse((await downloadOf(page, /全部数据（JSON）/)).text) as typeof edited;
    expect(again.observations).toEqual(edited.observations);
    expect(t.problems()).toEqual([]);
  });

  it('a dataset address on another site is refused with a message and never requested', async () => {
    const t = await s.open('#/?dataset=url&src=https%3A%2F%2Fevil.example%2Fdata%2F');
    await settle(t.page);
    await expect
      .poll(() => t.page.getByTestId('src-refused').innerText())
      .toContain('https://evil.example/data/');
    expect(t.requests.filter((u) => u.includes('evil.example'))).toEqual([]);
    expect(t.offOrigin).toEqual([]);
    expect(t.problems()).toEqual([]);
  });

  it('a dataset address on the same site loads', async () => {
    const t = await s.open(`#/indicator/reconsideration.accepted?dataset=url&src=data%2F`);
    await settle(t.page);
    await expect.poll(() => textOf(rowsWith(t.page, AGENCY.baoshan.zh).first())).toMatch(/932/);
    expect(t.requests.some((u) => u.endsWith('/data/observations.csv'))).toBe(true);
    expect(await t.page.getByTestId('src-refused').count()).toBe(0);
    expect(t.problems()).toEqual([]);
  });
});
