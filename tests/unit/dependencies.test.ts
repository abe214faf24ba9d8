// The dependency direction drawn in the README, enforced on the source tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../shared.ts';

const SRC = join(ROOT, 'src');

/** Which src/ folders each folder may import from. */
const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  format: ['domain'],
  extract: ['domain'],
  ingest: ['domain'],
  charts: ['domain', 'format'],
  data: ['domain', 'format'],
  state: ['domain'],
  app: ['domain', 'format', 'extract', 'ingest', 'charts', 'data', 'state', 'app'],
  cli: ['domain', 'format', 'extract', 'ingest', 'charts', 'data', 'state', 'cli'],
};
/** Folders that must run in Node, the browser and a Web Worker alike. */
const PURE = ['domain', 'format', 'extract', 'ingest', 'charts', 'data', 'state'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

describe('dependency direction', () => {
  const all = files(SRC);

  it('knows every src folder', () => {
    const folders = new Set(all.map((f) => relative(SRC, f).split('/')[0]!).filter((f) => !f.includes('.')));
    expect([...folders].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it.each(Object.keys(ALLOWED))('src/%s imports only what the README allows', (folder) => {
    const bad: string[] = [];
    for (const file of all.filter((f) => relative(SRC, f).startsWith(`${folder}/`))) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(SRC, join(file, '..', spec)).split('/')[0]!;
        if (target.startsWith('..')) bad.push(`${relative(ROOT, file)} → ${spec} (outside src)`);
        else if (target !== folder && !ALLOWED[folder]!.includes(target))
          bad.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(PURE)('src/%s is pure: no React, no node:*, no DOM globals', (folder) => {
    const bad: string[] = [];
    for (const file of all.filter((f) => relative(SRC, f).startsWith(`${folder}/`))) {
      const text = readFileSync(file, 'utf8');
      for (const spec of importsOf(file)) {
        if (/^(react|react-dom|echarts-for-react)(\/|$)|^node:|^(fs|path|os|child_process)$/.test(spec)) {
          bad.push(`${relative(ROOT, file)} imports ${spec}`);
        }
      }
      // Code (not comments) touching the DOM.
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/\b(document|window|localStorage|indexedDB|navigator)\s*[.[]/.test(code)) {
        bad.push(`${relative(ROOT, file)} uses a DOM global`);
      }
    }
    expect(bad).toEqual([]);
  });
});
