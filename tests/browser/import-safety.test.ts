// Imported reports are shown as text: script, event-handler and javascript: payloads in an HTML
// report never run, load nothing and open no dialog; the CSP forbids inline script and outside
// requests but lets the extraction worker start. A .docx goes through the worker (mammoth loaded
// on demand).
import { expect, it } from 'vitest';
import { buildDocx } from '../unit/helpers/docx.ts';
import { JINCHUAN_TEXT } from '../unit/helpers/importFixtures.ts';
import { settle } from './contract.ts';
import { importFiles, upload } from './importHelpers.ts';
import { describeBrowser } from './suite.ts';

const EVIL = `<!doctype html><html><head><meta charset="utf-8">
<script>window.__pwned=1</script><script src="https://evil.example/x.js"></script>
<link rel="stylesheet" href="https://evil.example/x.css"><style>body{background:url(https://evil.example/bg.png)}</style>
</head><body onload="window.__pwned=2">
<h1>某某街道办事处2024年法治政府建设情况报告</h1>
<p onclick="window.__pwned=3">一、主要举措和成效</p>
<p>全年审核规范性文件9件。<img src=x onerror="window.__pwned=4;alert(4)"></p>
<p><a href="javascript:window.__pwned=5;alert(5)">组织法治培训3场。</a></p>
<p>&lt;script&gt;window.__pwned=6&lt;/script&gt;&lt;img src=x onerror=alert(6)&gt;</p>
<iframe src="https://evil.example/frame"></iframe><svg><script>window.__pwned=7</script></svg>
<object data="https://evil.example/o"></object><embed src="https://evil.example/e">
</body></html>`;

describeBrowser('imported content is inert', (s) => {
  it('script and event-handler payloads in an imported HTML report do not run', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await settle(page);
    await importFiles(page, [upload('evil.html', EVIL, 'text/html')]);
    const review = page.locator('article[data-report="evil"]');
    await review.waitFor();
    await review.getByRole('button', { name: /采用其余待核对的数值/ }).click();
    // The full text opens with the review (a report of ordinary length).
    await review.getByTestId('full-text').waitFor();
    // Click everything a payload could hide behind: the marks, their links, the evidence.
    for (const mark of await review.locator('mark').all()) await mark.hover();
    await page.goto(`${s.server().url}#/reports/evil`);
    await settle(page);
    const full = page.getByTestId('full-text');
    const text = await full.innerText();
    expect(text).toContain('<script>window.__pwned=6</script>');
    expect(await full.locator('script, img, iframe, object, embed, svg, style, link').count()).toBe(0);
    for (const a of await full.locator('a').all())
      expect(await a.getAttribute('href')).toMatch(/^#\/indicator\//);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(t.offOrigin).toEqual([]);
    expect(t.requests.filter((u) => !u.startsWith(s.server().origin))).toEqual([]);
    expect(t.problems()).toEqual([]);
  });

  it('the CSP forbids inline script and outside requests and allows the worker', async () => {
    const t = await s.open('#/import');
    const csp = await t.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    // An inline script the page did not ship is refused.
    const ran = await t.page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__inline = 1';
      document.body.append(el);
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
  });

  it('a .docx report is read in the worker, mammoth fetched only then', async () => {
    const t = await s.open('#/import');
    const { page } = t;
    await settle(page);
    const before = t.requests.length;
    const docx = await buildDocx(JINCHUAN_TEXT.split('\n'));
    await importFiles(page, [upload('金川区.docx', docx)]);
    expect(await page.getByTestId('file-outcomes').innerText()).toMatch(/金川区\.docx — 7 个数值/);
    const during = t.requests.slice(before);
    expect(during.some((u) => /extractWorker-[\w-]+\.js$/.test(u))).toBe(true);
    // The first page never loads the .docx reader.
    const first = t.requests.slice(0, before).join('\n');
    expect(first).not.toMatch(/extractWorker/);
    expect(t.problems()).toEqual([]);
  });
});
