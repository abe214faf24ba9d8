// Budget: the JavaScript the first page needs (the entry script, what index.html modulepreloads and
// every chunk those import statically) stays under 300 kB gzip. Lazy chunks (import()) do not count.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { firstPageScripts, staticImports } from './harness.ts';
import { distDir } from './suite.ts';

const BUDGET_BYTES = 300_000;

it('first-page JavaScript is under 300 kB gzip', () => {
  const dist = distDir();
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = firstPageScripts(html);
  expect(queue.length, 'index.html has an entry module script').toBeGreaterThan(0);

  const seen = new Map<string, { raw: number; gzip: number }>();
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    const file = join(dist, rel);
    expect(existsSync(file), `${rel} referenced by the first page exists`).toBe(true);
    const code = readFileSync(file);
    seen.set(rel, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const imp of staticImports(code.toString('utf8'))) {
      if (imp.startsWith('.')) queue.push(relative(dist, join(dirname(file), imp)));
    }
  }
  const total = [...seen.values()].reduce((s, f) => s + f.gzip, 0);
  const lines = [...seen].map(
    ([f, s]) => `  ${f}: ${(s.raw / 1000).toFixed(1)} kB raw, ${(s.gzip / 1000).toFixed(1)} kB gzip`,
  );
  console.log(
    `[bundle] first-page JS: ${(total / 1000).toFixed(1)} kB gzip in ${seen.size} file(s)\n${lines.join('\n')}`,
  );
  expect(total).toBeLessThan(BUDGET_BYTES);
});

it('finds module scripts, preloads and static imports, but not dynamic imports', () => {
  const html =
    '<script type="module" crossorigin src="./assets/index-a1.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/vendor-b2.js"><link rel="stylesheet" href="./assets/x.css">' +
    '<script src="https://cdn.example/x.js"></script>';
  expect(firstPageScripts(html)).toEqual(['assets/index-a1.js', 'assets/vendor-b2.js']);
  expect(
    staticImports('import{a as b}from"./c-1.js";import"./d-2.js";const e=()=>import("./lazy-3.js");'),
  ).toEqual(['./c-1.js', './d-2.js']);
});
