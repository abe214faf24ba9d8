// A big dataset file is read off the main thread: while a 100,000-row observations CSV is parsed
// the page runs no long task (Long Tasks API), the rows arrive in pieces and are stored in
// pieces; merging them into every view afterwards is spread over short tasks as well.
import { expect, it } from 'vitest';
import { readDataCsv, settle } from './contract.ts';
import { downloadOf } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const HEADER =
  'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,text,start,end,evidence,evidence_start,section,scope,yoy_pct,yoy_points,confidence,origin,inputs,original_value';

/** Invented observations of one bundled report (values and wording made up). */
function bigCsv(rows: number): string {
  const r = readDataCsv('reports.csv')[0]!;
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const v = (i % 997) + 1;
    lines.push(
      `${r.report_id}#big${i},${r.report_id},${r.agency_id},${r.year},publicity.events,${v},项,exact,false,${v}项,0,3,虚构的第${i}条示例句子，共${v}项。,0,achievements,,,,0.5,imported,,`,
    );
  }
  return `${lines.join('\n')}\n`;
}

interface Probe {
  __file: File;
  __long: { start: number; ms: number }[];
}

describeBrowser('big dataset files', (s) => {
  it('a 100,000-row CSV is parsed without a long task on the page, and every row is kept', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const csv = bigCsv(100_000);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // The file is made in the page and handed to the input there: Playwright's setInputFiles
    // decodes a big file in the page in one long task of its own, which is not the app's.
    await page.evaluate((text) => {
      (window as unknown as Probe).__file = new File([text], 'observations.csv', { type: 'text/csv' });
    }, csv);
    const t0 = Date.now();
    await page.evaluate(() => {
      const w = window as unknown as Probe;
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ start: e.startTime, ms: Math.round(e.duration) });
      }).observe({ type: 'longtask' });
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-files"]')!;
      const files = new DataTransfer();
      files.items.add(w.__file);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.locator('.file-ok').filter({ hasText: 'observations.csv' }).waitFor({ timeout: 60_000 });
    const ms = Date.now() - t0;
    await expect.poll(() => page.locator('.batch').innerText()).toMatch(/100,000/);
    // Let the views take the new rows and the write finish.
    await page.waitForTimeout(1500);
    const { long, parsed } = await page.evaluate(() => ({
      long: (window as unknown as Probe).__long,
      parsed: performance.getEntriesByName('datasets-parsed').at(-1)?.startTime ?? null,
    }));
    // The task that takes the last piece in (and holds the mark) already belongs to the merge.
    const during = long.filter((l) => parsed !== null && l.start + l.ms < parsed).map((l) => l.ms);
    const after = long.filter((l) => parsed !== null && l.start + l.ms >= parsed).map((l) => l.ms);
    console.log(
      `[import] 100,000-row CSV (${(csv.length / 1e6).toFixed(1)} MB) in ${ms} ms; tasks over 50 ms while parsing: ${JSON.stringify(during)}, after: ${JSON.stringify(after)}`,
    );
    // Parsed by the dataset worker, not on the page.
    expect(workers.some((u) => /datasetWorker/.test(u))).toBe(true);
    expect(parsed).not.toBeNull();
    // The target is 100 ms, met on a quiet machine; the bound leaves room for a shared CI machine
    // (2 cores, several jobs) that stretches short tasks. Parsing on the page took over 1 s.
    expect(Math.max(0, ...during)).toBeLessThan(250);
    // The same bound after parsing: the merge onto the bundled dataset runs in slices. It was one
    // task of 60-120 ms (up to 325 ms under load) on the 2-core test machine.
    expect(Math.max(0, ...after)).toBeLessThan(250);

    // After a reload (the stored batch is merged in slices before the views show anything), the
    // dataset holds every bundled observation and every imported row, each once.
    await page.goto(`${s.server().url}#/import`);
    await settle(page);
    await expect.poll(() => page.locator('.batch').innerText()).toMatch(/100,000/);
    const out = (await downloadOf(page, /observations\.csv/)).text;
    expect(out.match(/#big\d+,/g)).toHaveLength(100_000);
    for (const o of readDataCsv('observations.csv')) expect(out).toContain(`\n${o.obs_id},`);
    expect(t.problems()).toEqual([]);
  }, 120_000);
});
