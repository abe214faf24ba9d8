// When the extraction worker dies inside a file (out of memory on a file no cap caught …), that
// file is listed as failed with the reason, a new worker is started for the files after it, and
// the import finishes: the page never depends on one worker surviving.
import { afterEach, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/app/import/workerClient.ts';
import type { ExtractMessage, ExtractRequest } from '../../src/app/import/workerProtocol.ts';
import type { ExtractedReportInput } from '../../src/data/reviewState.ts';

const started: FakeWorker[] = [];

/** Reads files in order like the real worker; "dies" (onerror) on any file named crash*. */
class FakeWorker {
  onmessage: ((event: MessageEvent<ExtractMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    started.push(this);
  }
  postMessage(request: ExtractRequest): void {
    setTimeout(() => this.run(request), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  private send(message: ExtractMessage): void {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<ExtractMessage>);
  }
  private run({ jobId, files }: ExtractRequest): void {
    files.forEach((file, index) => {
      if (this.terminated) return;
      this.send({ type: 'progress', jobId, done: index, total: files.length, current: file.name });
      if (file.name.startsWith('crash')) {
        this.terminated = true;
        this.onerror?.({ message: 'Out of memory', preventDefault: () => undefined } as ErrorEvent);
      }
      const report = { name: file.name } as unknown as ExtractedReportInput;
      this.send({ type: 'result', jobId, index, name: file.name, ok: true, report, ms: 1 });
    });
    this.send({ type: 'done', jobId, ms: 1 });
  }
}

const realWorker = globalThis.Worker;
afterEach(() => {
  globalThis.Worker = realWorker;
  started.length = 0;
});

describe('extractFiles (worker client)', () => {
  it('lists the file the worker died on, restarts it, and reads the rest', async () => {
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    const files = ['a.txt', 'crash.docx', 'b.txt', 'crash2.pdf', 'c.txt'].map((n) => new File(['x'], n));
    const summary = await extractFiles(files, '2025-03-01T08:00:00.000Z');
    expect(summary.cancelled).toBe(false);
    expect(summary.outcomes.map((o) => [o.name, o.ok, o.ok ? null : o.reason])).toEqual([
      ['a.txt', true, null],
      ['crash.docx', false, 'Out of memory'],
      ['b.txt', true, null],
      ['crash2.pdf', false, 'Out of memory'],
      ['c.txt', true, null],
    ]);
    // One worker for the start, one after each death; every one of them is ended.
    expect(started).toHaveLength(3);
    expect(started.every((w) => w.terminated)).toBe(true);
  });
});
