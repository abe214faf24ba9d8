// npm run --silent extract -- [--format ndjson|csv|json] [--out DIR] PATH...
// The process around runExtract: real standard output and error, and the exit status. Anything
// unexpected still ends as one line on stderr and exit 1, never a stack trace.
import { runExtract } from './extractCommand.ts';
import { outputStream } from './outputStream.ts';
import { printable } from './printable.ts';

const stdout = outputStream('standard output', process.stdout, false);
const stderr = (line: string) => {
  try {
    process.stderr.write(`${line}\n`);
  } catch {
    // Nowhere left to say it.
  }
};
// A closed stderr must not turn into an uncaught exception either.
process.stderr.on('error', () => undefined);

runExtract(process.argv.slice(2), { stdout, stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    stderr(`extract: internal error: ${printable(error instanceof Error ? error.message : String(error))}`);
    process.exitCode = 1;
  },
);
