// A promise-returning writer over a Node stream. Writes wait for the stream to drain (so output of any
// size streams with bounded memory), and a failed write — a closed pipe, a full disk — rejects with an
// OutputError that names the destination, instead of an 'error' event nobody listens for.
import type { Writable } from 'node:stream';

export interface OutputStream {
  /** What the messages call this output ("standard output", a file path). */
  readonly name: string;
  write(chunk: string): Promise<void>;
  /** Flushes and closes (a no-op for standard output). */
  close(): Promise<void>;
}

export class OutputError extends Error {
  constructor(
    readonly destination: string,
    readonly code: string | undefined,
    reason: string,
  ) {
    super(reason);
    this.name = 'OutputError';
  }
}

const REASONS: Record<string, string> = {
  EPIPE: 'the reader closed the pipe (EPIPE)',
  ENOSPC: 'no space left on the device (ENOSPC)',
  EDQUOT: 'disk quota exceeded (EDQUOT)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOENT: 'no such file or directory',
  EEXIST: 'already exists',
};

export function outputError(destination: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new OutputError(destination, code, reason);
}

export function outputStream(name: string, stream: Writable, ownsStream: boolean): OutputStream {
  let failure: OutputError | null = null;
  // Registered once: a stream that errors between writes must not crash the process.
  stream.on('error', (error) => {
    failure ??= outputError(name, error);
  });
  const waitFor = (event: 'drain' | 'finish') =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('error', fail);
        resolve();
      };
      const fail = (error: unknown) => {
        stream.off(event, done);
        reject(outputError(name, error));
      };
      stream.once(event, done);
      stream.once('error', fail);
    });
  return {
    name,
    async write(chunk) {
      if (failure) throw failure;
      const ok = stream.write(chunk, (error) => {
        if (error) failure ??= outputError(name, error);
      });
      if (!ok) await waitFor('drain');
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      if (!ownsStream) return;
      const finished = waitFor('finish');
      stream.end();
      await finished;
      if (failure) throw failure;
    },
  };
}
