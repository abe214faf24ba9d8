// An OutputStream that keeps what the command writes, chunk by chunk, for in-process tests.
import type { OutputStream } from '../../../src/cli/outputStream.ts';

export function memoryOutput(): OutputStream & { chunks: string[]; text(): string } {
  const chunks: string[] = [];
  return {
    name: 'standard output',
    chunks,
    text: () => chunks.join(''),
    async write(chunk) {
      chunks.push(chunk);
    },
    async close() {},
  };
}
