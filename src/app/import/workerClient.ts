// Runs report extraction in a module worker and reports back file by file. One worker per job:
// cancelling terminates it at once, even in the middle of a long file. When a worker cannot start
// (a browser without module workers), the same code runs on the page between animation frames.
import type { ExtractedReportInput } from '../../data/reviewState.ts';
import type { ExtractMessage, ExtractRequest, FailureKind } from './workerProtocol.ts';

export interface ExtractionProgress {
  done: number;
  total: number;
  /** The file being read now; null when finished. */
  current: string | null;
}

export type FileOutcome =
  | { name: string; ok: true; report: ExtractedReportInput; ms: number }
  | { name: string; ok: false; reason: string; kind: FailureKind; ms: number };

export interface ExtractionSummary {
  outcomes: FileOutcome[];
  cancelled: boolean;
  ms: number;
}

export interface ExtractionCallbacks {
  onProgress?: (progress: ExtractionProgress) => void;
  /** Each file as soon as it is done, in order. */
  onResult?: (outcome: FileOutcome) => void;
  signal?: AbortSignal;
}

let nextJobId = 1;

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module', name: 'extract' });
  } catch {
    return null;
  }
}

/** Runs one worker over `files`; resolves with how many files it finished (it may die early). */
function runWorker(
  worker: Worker,
  files: readonly File[],
  offset: number,
  total: number,
  importedAt: string,
  emit: (outcome: FileOutcome) => void,
  progress: (p: ExtractionProgress) => void,
): Promise<{ finished: number; crash: string | null; started: boolean }> {
  const jobId = nextJobId++;
  return new Promise((resolve) => {
    let finished = 0;
    let started = false;
    worker.onmessage = (event: MessageEvent<ExtractMessage>) => {
      const m = event.data;
      if (m.jobId !== jobId) return;
      started = true;
      if (m.type === 'progress') {
        progress({ done: offset + m.done, total, current: m.current });
      } else if (m.type === 'result') {
        finished++;
        emit(
          m.ok
            ? { name: m.name, ok: true, report: m.report, ms: m.ms }
            : { name: m.name, ok: false, reason: m.reason, kind: m.kind, ms: m.ms },
        );
      } else if (m.type === 'done') {
        resolve({ finished, crash: null, started });
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ finished, crash: event.message || 'the extraction worker stopped', started });
    };
    worker.onmessageerror = () => resolve({ finished, crash: 'a result could not be read', started });
    const request: ExtractRequest = { type: 'extract', jobId, files, importedAt };
    worker.postMessage(request);
  });
}

async function runOnPage(
  files: readonly File[],
  offset: number,
  total: number,
  importedAt: string,
  emit: (outcome: FileOutcome) => void,
  progress: (p: ExtractionProgress) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { extractImportFile, ImportFileError } = await import('./extractImportFile.ts');
  for (let i = 0; i < files.length; i++) {
    if (signal?.aborted) return;
    const file = files[i]!;
    progress({ done: offset + i, total, current: file.name });
    // Let the page paint the progress before the next file blocks it.
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    try {
      const report = await extractImportFile(file.name, new Uint8Array(await file.arrayBuffer()), importedAt);
      emit({ name: file.name, ok: true, report, ms: performance.now() - t0 });
    } catch (error) {
      const refused = error instanceof ImportFileError;
      const reason = refused ? error.message : String(error);
      emit({
        name: file.name,
        ok: false,
        reason,
        kind: refused ? error.kind : 'internal',
        ms: performance.now() - t0,
      });
    }
  }
}

/**
 * Extracts every file; resolves when all are done or the signal aborts (outcomes so far are kept).
 * Never rejects for a bad file: each failure is an outcome with its reason.
 */
export async function extractFiles(
  files: readonly File[],
  importedAt: string,
  callbacks: ExtractionCallbacks = {},
): Promise<ExtractionSummary> {
  const started = performance.now();
  const outcomes: FileOutcome[] = [];
  const total = files.length;
  const { signal } = callbacks;
  const emit = (o: FileOutcome) => {
    outcomes.push(o);
    callbacks.onResult?.(o);
  };
  const progress = (p: ExtractionProgress) => callbacks.onProgress?.(p);
  let current: Worker | null = null;
  const abort = () => current?.terminate();
  signal?.addEventListener('abort', abort);
  try {
    while (outcomes.length < total && !signal?.aborted) {
      const rest = files.slice(outcomes.length);
      current = startWorker();
      if (!current) {
        await runOnPage(rest, outcomes.length, total, importedAt, emit, progress, signal);
        break;
      }
      const cancelled = new Promise<null>((resolve) =>
        signal?.addEventListener('abort', () => resolve(null)),
      );
      const run = await Promise.race([
        runWorker(current, rest, outcomes.length, total, importedAt, emit, progress),
        cancelled,
      ]);
      current.terminate();
      current = null;
      // Finished or cancelled.
      if (!run || run.crash === null) break;
      if (!run.started) {
        // The worker could not even load (blocked or unsupported): do the work here instead.
        await runOnPage(rest, outcomes.length, total, importedAt, emit, progress, signal);
        break;
      }
      // The worker died inside a file (out of memory on a huge file …): that file fails, the rest go on.
      const failed = rest[run.finished];
      if (failed) emit({ name: failed.name, ok: false, reason: run.crash, kind: 'crashed', ms: 0 });
    }
  } finally {
    signal?.removeEventListener('abort', abort);
    current?.terminate();
  }
  const cancelled = signal?.aborted === true && outcomes.length < total;
  if (!cancelled) progress({ done: total, total, current: null });
  return { outcomes, cancelled, ms: performance.now() - started };
}
