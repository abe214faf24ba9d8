// The built site loads from a sub-path of a plain static server, shows its Chinese title and asks
// nothing of any other origin.
import { expect, it } from 'vitest';
import { hasCjk } from './harness.ts';
import { describeBrowser } from './suite.ts';

describeBrowser('built dashboard under a sub-path', (s) => {
  it('loads index.html and its assets from the sub-path with no errors and no outside request', async () => {
    const t = await s.open('#/');
    const { page } = t;
    await expect.poll(() => page.title()).toBe('法治政府建设指标看板');
    const heading = page.getByRole('heading', { level: 1 }).first();
    await heading.waitFor({ state: 'visible' });
    const text = (await heading.textContent()) ?? '';
    expect(text).toContain('法治政府建设指标看板');
    expect(hasCjk(text)).toBe(true);

    const served = s.server().requests;
    expect(served.length).toBeGreaterThan(1); // index.html and at least its entry script
    expect(served.filter((r) => r.path.includes('/assets/')).length).toBeGreaterThan(0);
    for (const r of served) expect(r.path.startsWith(s.server().subPath), r.path).toBe(true);
    expect(t.requests.length).toBeGreaterThan(0);
    expect(t.offOrigin).toEqual([]);
    expect(t.problems()).toEqual([]);
  });
});
