// `npm run extract` in-process for tests: its exit status, what it wrote to standard output, and its
// message lines (a child process per case cost about a second each).
import { runExtract } from '../../../src/cli/extractCommand.ts';
import { memoryOutput } from './memoryOutput.ts';

export interface ExtractRun {
  code: number;
  stdout: string;
  /** The message lines joined, each ending with "\n", as a terminal would show them. */
  stderr: string;
}

export async function runExtractInProcess(...args: string[]): Promise<ExtractRun> {
  const stdout = memoryOutput();
  let stderr = '';
  const code = await runExtract(args, {
    stdout,
    stderr: (line) => {
      stderr += `${line}\n`;
    },
  });
  return { code, stdout: stdout.text(), stderr };
}
