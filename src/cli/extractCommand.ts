// `npm run --silent extract -- [--format ndjson|csv|json] [--out DIR] [--candidates] PATH...` as a function of its
// arguments and outputs, so tests run it in-process. Contract: ../shared/spec/extract-cli.md — only
// records go to stdout; each problem is one line on stderr naming the file; one file's failure never
// stops the others; exit 0, 1 (some file failed, or the output failed) or 2 (usage).
import { parseArgs } from 'node:util';
import { extractFiles } from './extractFiles.ts';
import { csvSink, datasetSink, jsonSink, ndjsonSink, type Sink } from './extractSinks.ts';
import { listInputFiles } from './listInputFiles.ts';
import { OutputError, type OutputStream } from './outputStream.ts';
import { printable } from './printable.ts';

const USAGE = `usage: npm run --silent extract -- [--format ndjson|csv|json] [--out DIR] [--candidates] PATH...

  PATH            report files (.txt, .html, .htm, .docx) or folders (walked recursively)
  --format FMT    ndjson (default): a report record then its observations, one JSON object per line
                  csv: one CSV of observations with a header
                  json: one JSON document {"reports": [...], "observations": [...]}
  --out DIR       write DIR/reports.csv and DIR/observations.csv (dataset tables) instead of stdout
  --candidates    also write the numbers not emitted, for a reviewer: candidate records after each
                  report's observations (ndjson), or a "candidates" list (json)
`;

const FORMATS = ['ndjson', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export interface CommandIo {
  stdout: OutputStream;
  /** One message line, without its line end. */
  stderr(line: string): void;
}

interface Run {
  format: Format;
  outDir: string | null;
  candidates: boolean;
  paths: string[];
}

type Parsed = Run | { help: true } | { error: string };

function parse(argv: readonly string[]): Parsed {
  let values: { format?: string; out?: string; candidates?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        candidates: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  const format = values.format ?? 'ndjson';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { error: `unknown --format "${format}" (expected ${FORMATS.join(', ')})` };
  }
  if (values.out !== undefined && values.format !== undefined) {
    return { error: '--out writes dataset CSV files; it cannot be combined with --format' };
  }
  if (values.out === '') return { error: '--out needs a directory' };
  // Candidates are records, not rows of the observations table.
  if (values.candidates && (values.out !== undefined || format === 'csv')) {
    return { error: '--candidates needs --format ndjson or json' };
  }
  if (positionals.length === 0) return { error: 'no PATH given' };
  return {
    format: format as Format,
    outDir: values.out ?? null,
    candidates: values.candidates === true,
    paths: positionals,
  };
}

function sinkFor(run: Run, stdout: OutputStream): Promise<Sink> | Sink {
  if (run.outDir !== null) return datasetSink(run.outDir);
  if (run.format === 'csv') return csvSink(stdout);
  if (run.format === 'json') return jsonSink(stdout, run.candidates);
  return ndjsonSink(stdout);
}

const outputFailed = (io: CommandIo, error: OutputError) =>
  io.stderr(`extract: cannot write ${printable(error.destination)}: ${printable(error.message)}`);

const internal = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runExtract(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parse(argv);
  if ('help' in parsed) {
    await io.stdout.write(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`extract: ${printable(parsed.error)}`);
    for (const line of USAGE.trimEnd().split('\n')) io.stderr(line);
    return 2;
  }
  let sink: Sink;
  try {
    // Before any input is read: a --out that cannot be written fails at once.
    sink = await sinkFor(parsed, io.stdout);
  } catch (error) {
    if (error instanceof OutputError) {
      outputFailed(io, error);
      return 1;
    }
    throw error;
  }
  const seen = new Map<string, string>();
  let failed = false;
  try {
    const options = parsed.candidates ? { candidates: true } : {};
    for await (const outcome of extractFiles(await listInputFiles(parsed.paths), options)) {
      if (!outcome.ok) {
        failed = true;
        io.stderr(`extract: ${printable(outcome.path)}: ${printable(outcome.reason)}`);
        continue;
      }
      const { name, path } = outcome.file;
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        io.stderr(`extract: warning: ${printable(path)} has the same report name as ${printable(earlier)}`);
      } else seen.set(name, path);
      try {
        await sink.file(outcome.file);
      } catch (error) {
        if (error instanceof OutputError) throw error;
        // A writer bug on one report must not cost the user the others.
        failed = true;
        io.stderr(`extract: ${printable(path)}: cannot write its records: ${printable(internal(error))}`);
      }
    }
    await sink.end();
  } catch (error) {
    if (error instanceof OutputError) {
      outputFailed(io, error);
      return 1;
    }
    throw error;
  }
  return failed ? 1 : 0;
}
