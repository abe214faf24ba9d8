// The dependency direction drawn in the README ("How the pieces fit"), enforced on the source tree.
// tsconfig.leaf.json is the other half: it type-checks the leaves without DOM or Node types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SourceImport, scanSource } from '../scanSource.ts';
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
const PURE = ['domain', 'format', 'extract', 'ingest', 'charts', 'data', 'state'] as const;
/** npm packages a pure folder may load at run time; anything else (react, echarts, node:*) is refused. */
const PACKAGES: Record<(typeof PURE)[number], readonly string[]> = {
  domain: [],
  format: [],
  extract: [],
  // Each reads bytes in Node and in the extraction worker alike, loaded lazily: mammoth (.docx),
  // pdfjs-dist (text .pdf, its legacy build for Node 20), cfb (.doc's compound file) and fflate
  // (counting what a .docx or .pdf inflates to before anything is inflated for real).
  ingest: ['mammoth', 'pdfjs-dist', 'cfb', 'fflate'],
  charts: [],
  // papaparse reads a CSV string; no file or stream API is used.
  data: ['papaparse'],
  state: [],
};
/** Packages whose types a pure folder may import (`import type`): erased, so nothing is loaded. */
const TYPE_PACKAGES: Record<(typeof PURE)[number], readonly string[]> = {
  domain: [],
  format: [],
  extract: [],
  ingest: [],
  charts: ['echarts'],
  data: [],
  state: [],
};
/** Globals of one host only: the DOM, a Web Worker or Node. A leaf must not name them. */
const HOST_GLOBALS = [
  'window',
  'document',
  'self',
  'DOMParser',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'XMLHttpRequest',
  'postMessage',
  'importScripts',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
];
const BARE_GLOBAL = new RegExp(`(?<![\\w$.])(${HOST_GLOBALS.join('|')})\\b(?!\\s*:(?!:))`, 'g');
const VIA_GLOBAL_THIS = new RegExp(
  `\\bglobalThis\\s*(?:\\??\\.\\s*|\\[\\s*['"\`])(${HOST_GLOBALS.join('|')})\\b`,
  'g',
);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const packageOf = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** What breaks the rules in one file, as "path:line what" (empty when nothing does). */
function violations(file: string, text: string): string[] {
  const rel = relative(ROOT, file);
  const folder = relative(SRC, file).split('/')[0]!;
  const { bare, code, imports } = scanSource(text);
  const bad: string[] = [];
  const at = (imp: SourceImport, what: string) => bad.push(`${rel}:${imp.line} ${what}`);
  const pure = (PURE as readonly string[]).includes(folder) ? (folder as (typeof PURE)[number]) : null;
  for (const imp of imports) {
    const shown = imp.kind === 'dynamic' ? `import(${imp.computed ? `${imp.spec}…` : imp.spec})` : imp.spec;
    if (imp.computed && !imp.spec.includes('/')) {
      at(imp, `${shown}: a computed import() whose target folder cannot be read`);
      continue;
    }
    if (imp.spec.startsWith('.')) {
      const target = relative(SRC, join(file, '..', imp.spec)).split('/')[0]!;
      if (target.startsWith('..')) at(imp, `${shown} (outside src)`);
      else if (target !== folder && !ALLOWED[folder]?.includes(target))
        at(imp, `${shown}: src/${folder} may not import src/${target}`);
      continue;
    }
    if (!pure) continue;
    const pkg = packageOf(imp.spec);
    if (imp.typeOnly && TYPE_PACKAGES[pure].includes(pkg)) continue;
    if (!PACKAGES[pure].includes(pkg)) {
      at(
        imp,
        TYPE_PACKAGES[pure].includes(pkg)
          ? `${shown}: only \`import type\` from ${pkg} in src/${folder} (it would load ${pkg} at run time)`
          : `${shown}: src/${folder} is pure and may not load ${pkg}`,
      );
    }
  }
  if (pure) {
    for (const m of bare.matchAll(BARE_GLOBAL)) {
      bad.push(`${rel}:${lineOf(bare, m.index)} uses ${m[1]} (not in a Web Worker and Node alike)`);
    }
    for (const m of code.matchAll(VIA_GLOBAL_THIS)) {
      bad.push(
        `${rel}:${lineOf(code, m.index)} uses globalThis.${m[1]} (not in a Web Worker and Node alike)`,
      );
    }
  }
  return bad;
}

describe('reading imports', () => {
  const specs = (text: string) =>
    scanSource(text).imports.map((i) => `${i.kind}${i.typeOnly ? ' type' : ''} ${i.spec}`);

  it('finds every form of import and re-export', () => {
    const text = [
      "import Papa from 'papaparse';",
      "import * as ec from 'echarts';",
      "import './styles.css';",
      'import {\n  a,\n  type B,\n} from "../domain/a.ts";',
      "import type { EChartsOption } from 'echarts';",
      "export * from './b.ts';",
      "export { c } from './c.ts';",
      "export type { D } from './d.ts';",
      "export * as e from './e.ts';",
      "const f = await import('./f.ts');",
      'const g = import(`../app/g.ts`);',
    ].join('\n');
    expect(specs(text)).toEqual([
      'static papaparse',
      'static echarts',
      'side-effect ./styles.css',
      'static ../domain/a.ts',
      'static type echarts',
      're-export ./b.ts',
      're-export ./c.ts',
      're-export type ./d.ts',
      're-export ./e.ts',
      'dynamic ./f.ts',
      'dynamic ../app/g.ts',
    ]);
  });

  it('reads a template-string import() up to its first substitution and marks it computed', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    const [imp] = scanSource('const m = await import(`../app/views/${name}.tsx`);').imports;
    expect(imp).toMatchObject({ spec: '../app/views/', kind: 'dynamic', computed: true });
    expect(scanSource('await import(moduleName);').imports[0]).toMatchObject({ spec: '', computed: true });
  });

  it('ignores imports inside comments, strings, templates and regular expressions', () => {
    const text = [
      "// import React from 'react';",
      "/* import { x } from '../app/x.ts'; */",
      'const hint = "import \'react\'";',
      'const doc = `export * from "node:fs"`;',
      "const re = /import\\('x'\\)/;",
      "const ok = 'window.document';",
    ].join('\n');
    expect(scanSource(text).imports).toEqual([]);
    expect(violations(join(SRC, 'domain', 'x.ts'), text)).toEqual([]);
  });

  it('keeps substitutions of a template literal as code', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    const text = 'const s = `${document.title} and ${`${window.name}`}`;';
    expect(violations(join(SRC, 'format', 'x.ts'), text)).toEqual([
      'src/format/x.ts:1 uses document (not in a Web Worker and Node alike)',
      'src/format/x.ts:1 uses window (not in a Web Worker and Node alike)',
    ]);
  });

  it('refuses runtime echarts in src/charts but not its types', () => {
    const file = join(SRC, 'charts', 'x.ts');
    expect(violations(file, "import type { EChartsOption } from 'echarts';")).toEqual([]);
    expect(violations(file, "import * as ec from 'echarts';")).toEqual([
      'src/charts/x.ts:1 echarts: only `import type` from echarts in src/charts (it would load echarts at run time)',
    ]);
    expect(violations(file, "import { type EChartsOption, graphic } from 'echarts/core';")).toHaveLength(1);
  });

  it('refuses host globals in a leaf, also through globalThis, but allows properties and keys of that name', () => {
    const file = join(SRC, 'extract', 'x.ts');
    expect(
      violations(file, 'const p = new DOMParser();\nself.postMessage(1);\nglobalThis.document;'),
    ).toEqual([
      'src/extract/x.ts:1 uses DOMParser (not in a Web Worker and Node alike)',
      'src/extract/x.ts:2 uses self (not in a Web Worker and Node alike)',
      'src/extract/x.ts:3 uses globalThis.document (not in a Web Worker and Node alike)',
    ]);
    expect(violations(file, "const w = globalThis['window'];")).toHaveLength(1);
    expect(violations(file, 'const o = { document: 1, self: 2 };\no.document = o.self;')).toEqual([]);
    // The app may use the DOM.
    expect(violations(join(SRC, 'app', 'x.ts'), 'document.title = "x";')).toEqual([]);
  });
});

describe('dependency direction', () => {
  const all = files(SRC);
  const scanned = all.map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('type-checks every pure folder under tsconfig.leaf.json, without DOM or Node types', () => {
    const leaf = JSON.parse(readFileSync(join(ROOT, 'tsconfig.leaf.json'), 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] };
      include: string[];
    };
    expect(leaf.compilerOptions.lib).toEqual(['ES2023']);
    expect(leaf.compilerOptions.types).toEqual([]);
    // src/ingest is listed file by file: only the readers that are pure today (see the README).
    const missing = PURE.filter(
      (folder) => !leaf.include.some((p) => p === `src/${folder}` || p.startsWith(`src/${folder}/`)),
    );
    expect(missing).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.typecheck).toContain('-p tsconfig.leaf.json');
    expect(pkg.scripts.typecheck).toContain('-p tsconfig.app.json');
  });

  it('knows every src folder', () => {
    // src/types holds only declarations (the leaf globals, a narrow papaparse): no code, no imports.
    const code = all.filter((f) => !relative(SRC, f).startsWith('types/'));
    expect(all.filter((f) => relative(SRC, f).startsWith('types/') && !f.endsWith('.d.ts'))).toEqual([]);
    const folders = new Set(code.map((f) => relative(SRC, f).split('/')[0]!).filter((f) => !f.includes('.')));
    expect([...folders].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('reads the imports of the source tree (a reader that finds none would pass anything)', () => {
    const perFolder = new Map<string, number>();
    for (const { file, text } of scanned) {
      const folder = relative(SRC, file).split('/')[0]!;
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + scanSource(text).imports.length);
    }
    for (const folder of Object.keys(ALLOWED))
      expect(perFolder.get(folder) ?? 0, `src/${folder}`).toBeGreaterThan(0);
    expect([...perFolder.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
  });

  it.each(Object.keys(ALLOWED))(
    'src/%s imports only what the README allows and, if pure, names no host global',
    (folder) => {
      const bad = scanned
        .filter(({ file }) => relative(SRC, file).startsWith(`${folder}/`))
        .flatMap(({ file, text }) => violations(file, text));
      expect(bad).toEqual([]);
    },
  );
});
