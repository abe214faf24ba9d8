// axe-core finds no accessibility violation on any address of the contract, in Chinese or English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contractRoutes, settle } from './contract.ts';
import { ROOT } from './harness.ts';
import { describeBrowser } from './suite.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

describeBrowser('accessibility (axe-core)', (s) => {
  for (const route of contractRoutes()) {
    for (const lang of ['zh', 'en'] as const) {
      const hash = lang === 'zh' ? route.hash : `${route.hash}${route.hash.includes('?') ? '&' : '?'}lang=en`;
      it(`${hash} has no axe violations`, async () => {
        const t = await s.open(hash);
        await settle(t.page);
        expect(await t.page.evaluate(() => document.documentElement.lang)).toMatch(
          lang === 'zh' ? /^zh/ : /^en/,
        );
        // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays on.
        await t.page.evaluate(AXE_SOURCE);
        const violations = await t.page.evaluate(async () => {
          const axe = (
            globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: unknown[] }> } }
          ).axe;
          return (await axe.run(document)).violations as AxeViolation[];
        });
        const summary = violations.map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary ?? ''})`,
        );
        expect(summary).toEqual([]);
        expect(t.problems()).toEqual([]);
      });
    }
  }
});
