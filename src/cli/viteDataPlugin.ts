// Vite plugin (Node only) that makes the dataset part of the site: in dev it serves data/** at
// <base>data/…, in build it copies the dataset files into dist/data/. The app fetches relative
// URLs, so the built site works at any sub-path and never asks for anything outside itself.
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export interface DataPluginOptions {
  /** Folder holding the dataset (default: data/ under the project root). */
  dir?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Top-level dataset files copied into the build; synthetic/ is copied whole when present. */
function isDatasetFile(name: string): boolean {
  return name.endsWith('.csv') || name === 'meta.json';
}

export function dataPlugin(options: DataPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dataDir = '';
  let outDir = 'dist';
  return {
    name: 'fazhi-data',
    configResolved(config) {
      root = config.root;
      // FAZHI_DATA_DIR lets a developer point the dev server at a scratch dataset (e.g. .tmp/data)
      // without touching data/, which only the extractor writes.
      dataDir = resolve(root, options.dir ?? process.env.FAZHI_DATA_DIR ?? 'data');
      outDir = resolve(root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        // Only the site's own data/ folder: /src/data/*.ts is source code the dev server must serve.
        let path: string;
        try {
          path = decodeURIComponent(url);
        } catch {
          return next(); // a malformed escape is not a data file; let Vite answer it
        }
        const match = /^\/data\/(.+)$/.exec(path);
        if (!match?.[1]) return next();
        const file = normalize(join(dataDir, match[1]));
        // Refuse anything that would escape the data folder (../ tricks).
        if (relative(dataDir, file).startsWith('..') || !file.startsWith(dataDir + sep)) return next();
        if (!existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`not found: data/${match[1]}`);
          return;
        }
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    // writeBundle rather than emitFile: the synthetic dataset can be hundreds of MB and need
    // not pass through the bundler's memory.
    writeBundle() {
      if (!existsSync(dataDir)) {
        this.warn(`no dataset folder at ${relative(root, dataDir)}; the site will show a load error`);
        return;
      }
      const target = join(outDir, 'data');
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(dataDir)) {
        const from = join(dataDir, name);
        if (statSync(from).isFile() && isDatasetFile(name)) cpSync(from, join(target, name));
      }
      const synthetic = join(dataDir, 'synthetic');
      if (existsSync(synthetic) && statSync(synthetic).isDirectory()) {
        cpSync(synthetic, join(target, 'synthetic'), { recursive: true });
      }
    },
  };
}
