// npm run --silent extract -- [--format ndjson|csv|json] [--out DIR] [--candidates] PATH...
// Contract: ../shared/spec/extract-cli.md. Only records go to stdout; problems go to stderr.
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeTableCsv } from '../data/serializeDataset.ts';
import { TABLE_FILES } from '../domain/schema.ts';
import type { Observation, Report } from '../domain/types.ts';
import { reportIdForFile, toRecords } from '../extract/toRecords.ts';
import { csvRow } from '../format/csvCell.ts';
import { type CandidateRecord, candidateLines, candidateRecord } from './candidateRecord.ts';
import { extractFiles } from './extractFiles.ts';
import { listInputFiles } from './listInputFiles.ts';
import {
  type ExtractedFile,
  ndjsonLines,
  OBSERVATION_CSV_COLUMNS,
  type ObservationRecord,
  observationCsvCells,
  observationRecord,
  type ReportRecord,
  reportRecord,
} from './records.ts';

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

interface Sink {
  file(file: ExtractedFile): Promise<void>;
  end(): Promise<void>;
}

async function out(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

function stdoutSink(format: Format, withCandidates: boolean): Sink {
  if (format === 'ndjson')
    return {
      file: (f) => out(ndjsonLines(f) + candidateLines(f.name, f.result.candidates)),
      end: async () => {},
    };
  if (format === 'csv') {
    let started = false;
    const header = async () => {
      if (!started) await out(`${csvRow(OBSERVATION_CSV_COLUMNS)}\n`);
      started = true;
    };
    return {
      async file(f) {
        await header();
        let rows = '';
        for (const o of f.result.observations) rows += `${csvRow(observationCsvCells(f, o))}\n`;
        if (rows) await out(rows);
      },
      end: header,
    };
  }
  const reports: Omit<ReportRecord, 'type'>[] = [];
  const observations: Omit<ObservationRecord, 'type'>[] = [];
  const candidates: Omit<CandidateRecord, 'type'>[] | null = withCandidates ? [] : null;
  return {
    async file(f) {
      const { type: _r, ...report } = reportRecord(f);
      reports.push(report);
      for (const o of f.result.observations) {
        const { type: _o, ...observation } = observationRecord(f.name, o);
        observations.push(observation);
      }
      for (const c of f.result.candidates ?? []) {
        const { type: _c, ...candidate } = candidateRecord(f.name, c);
        candidates?.push(candidate);
      }
    },
    end: () =>
      out(
        `${JSON.stringify(candidates ? { reports, observations, candidates } : { reports, observations })}\n`,
      ),
  };
}

function datasetSink(dir: string): Sink {
  const reports: Report[] = [];
  const observations: Observation[] = [];
  return {
    async file(f) {
      // Without a catalogue of agencies, the agency id is the name the report gives itself.
      const records = toRecords(f.result, {
        reportId: reportIdForFile(f.name),
        agencyId: f.result.report.agency,
        file: f.name,
      });
      reports.push(records.report);
      observations.push(...records.observations);
    },
    async end() {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, TABLE_FILES.reports), serializeTableCsv('reports', reports));
      await writeFile(join(dir, TABLE_FILES.observations), serializeTableCsv('observations', observations));
    },
  };
}

type Parsed =
  | { format: Format; outDir: string | null; candidates: boolean; paths: string[] }
  | { help: true }
  | { error: string };

function parse(argv: string[]): Parsed {
  let values: { format?: string; out?: string; candidates?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
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

async function main(): Promise<number> {
  const parsed = parse(process.argv.slice(2));
  if ('help' in parsed) {
    await out(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`extract: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const inputs = await listInputFiles(parsed.paths);
  const sink =
    parsed.outDir === null ? stdoutSink(parsed.format, parsed.candidates) : datasetSink(parsed.outDir);
  const seen = new Map<string, string>();
  let failed = false;
  for await (const outcome of extractFiles(inputs, parsed.candidates ? { candidates: true } : {})) {
    if (!outcome.ok) {
      failed = true;
      process.stderr.write(`extract: ${outcome.path}: ${outcome.reason}\n`);
      continue;
    }
    const { name, path } = outcome.file;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      process.stderr.write(`extract: warning: ${path} has the same report name as ${earlier}\n`);
    } else seen.set(name, path);
    await sink.file(outcome.file);
  }
  await sink.end();
  return failed ? 1 : 0;
}

// A closed pipe (`| head`) is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
