// Module worker: extracts reports off the page's thread, file by file, reporting progress. A file
// that fails is reported with its reason and the others go on. mammoth (for .docx) is imported
// by ingest on first use, so it is only ever loaded here.
import { setPdfCMapLoader } from '../../ingest/index.ts';
import { extractImportFile, ImportFileError } from './extractImportFile.ts';
import type { ExtractMessage, ExtractRequest } from './workerProtocol.ts';

// The project's lib is DOM (not WebWorker); this is all of the worker scope we use.
const scope = self as unknown as {
  postMessage(message: ExtractMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractRequest>) => void): void;
};

// pdf.js's CMaps (for PDFs with non-embedded Chinese fonts) as files of this site: only their
// addresses are in this bundle, a CMap is fetched when a PDF needs it. Never inlined as data:
// addresses, which the CSP (connect-src 'self') would not let fetch() read.
const CMAP_URLS = new Map(
  Object.entries(
    import.meta.glob<string>('/node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

setPdfCMapLoader(async (file) => {
  const url = CMAP_URLS.get(file);
  if (!url) throw new Error(`no CMap ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`CMap ${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
});

function post(message: ExtractMessage): void {
  scope.postMessage(message);
}

function reasonOf(error: unknown): string {
  if (error instanceof ImportFileError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function run(request: ExtractRequest): Promise<void> {
  const { jobId, files, importedAt } = request;
  const started = performance.now();
  const total = files.length;
  for (let index = 0; index < total; index++) {
    const file = files[index]!;
    post({ type: 'progress', jobId, done: index, total, current: file.name });
    const t0 = performance.now();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const report = await extractImportFile(file.name, bytes, importedAt);
      post({ type: 'result', jobId, index, name: file.name, ok: true, report, ms: performance.now() - t0 });
    } catch (error) {
      post({
        type: 'result',
        jobId,
        index,
        name: file.name,
        ok: false,
        reason: reasonOf(error),
        kind: error instanceof ImportFileError ? error.kind : 'internal',
        ms: performance.now() - t0,
      });
    }
  }
  post({ type: 'progress', jobId, done: total, total, current: null });
  post({ type: 'done', jobId, ms: performance.now() - started });
}

scope.addEventListener('message', (event) => {
  if (event.data?.type === 'extract') void run(event.data);
});
