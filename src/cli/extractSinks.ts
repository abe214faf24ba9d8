// Where `npm run extract` writes its records. Every sink streams: a file's records go out in chunks of
// about CHUNK characters as they are made, so neither a report with a million values nor a run over
// many thousand reports ever builds one string or one array of everything.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvHeader, csvLine } from '../data/serializeDataset.ts';
import { TABLE_FILES } from '../domain/schema.ts';
import { reportIdForFile, toRecords } from '../extract/toRecords.ts';
import { csvRow } from '../format/csvCell.ts';
import { candidateRecord } from './candidateRecord.ts';
import { type OutputStream, outputError, outputStream } from './outputStream.ts';
import {
  type ExtractedFile,
  OBSERVATION_CSV_COLUMNS,
  observationCsvCells,
  observationLine,
  observationRecord,
  reportRecord,
} from './records.ts';

export interface Sink {
  file(file: ExtractedFile): Promise<void>;
  end(): Promise<void>;
}

const CHUNK = 1 << 16;

/** Collects short strings and writes them in chunks, waiting for the output to drain. */
class ChunkWriter {
  private pending = '';
  constructor(private readonly out: OutputStream) {}
  async add(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= CHUNK) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    await this.out.write(text);
  }
}

export function ndjsonSink(out: OutputStream): Sink {
  const writer = new ChunkWriter(out);
  return {
    async file(f) {
      await writer.add(`${JSON.stringify(reportRecord(f))}\n`);
      for (const o of f.result.observations) await writer.add(observationLine(f.name, o));
      // Present only when asked for (--candidates): after the report's observations.
      for (const c of f.result.candidates ?? [])
        await writer.add(`${JSON.stringify(candidateRecord(f.name, c))}\n`);
      await writer.flush();
    },
    end: () => writer.flush(),
  };
}

export function csvSink(out: OutputStream): Sink {
  const writer = new ChunkWriter(out);
  let started = false;
  const header = async () => {
    if (!started) await writer.add(`${csvRow(OBSERVATION_CSV_COLUMNS)}\n`);
    started = true;
  };
  return {
    async file(f) {
      await header();
      for (const o of f.result.observations) await writer.add(`${csvRow(observationCsvCells(f, o))}\n`);
      await writer.flush();
    },
    async end() {
      await header();
      await writer.flush();
    },
  };
}

/** A temporary file that collects one JSON array's items, to be copied out after the reports. */
async function spooledArray(dir: string, name: string) {
  const path = join(dir, `${name}.json`);
  const stream = outputStream(path, createWriteStream(path), true);
  const writer = new ChunkWriter(stream);
  let count = 0;
  return {
    add: (item: unknown) => writer.add(`${count++ === 0 ? '' : ','}${JSON.stringify(item)}`),
    async copyTo(out: OutputStream) {
      await writer.flush();
      await stream.close();
      for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK })) {
        await out.write(chunk as string);
      }
    },
  };
}

/**
 * `{"reports":[…],"observations":[…]}` (and `"candidates":[…]` with --candidates): reports stream
 * out as they come; observations and candidates, which the document puts after every report, wait
 * in temporary files rather than in memory.
 */
export async function jsonSink(out: OutputStream, withCandidates = false): Promise<Sink> {
  const writer = new ChunkWriter(out);
  const dir = await mkdtemp(join(tmpdir(), 'extract-json-'));
  const observations = await spooledArray(dir, 'observations');
  const candidates = withCandidates ? await spooledArray(dir, 'candidates') : null;
  let reports = 0;
  await writer.add('{"reports":[');
  return {
    async file(f) {
      const { type: _r, ...report } = reportRecord(f);
      await writer.add(`${reports++ === 0 ? '' : ','}${JSON.stringify(report)}`);
      for (const o of f.result.observations) {
        const { type: _o, ...observation } = observationRecord(f.name, o);
        await observations.add(observation);
      }
      for (const c of f.result.candidates ?? []) {
        const { type: _c, ...candidate } = candidateRecord(f.name, c);
        await candidates?.add(candidate);
      }
    },
    async end() {
      try {
        await writer.add('],"observations":[');
        await writer.flush();
        await observations.copyTo(out);
        if (candidates) {
          await out.write('],"candidates":[');
          await candidates.copyTo(out);
        }
        await out.write(']}\n');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * `--out DIR`: reports.csv and observations.csv in the dataset's columns. Both files are created
 * (and so checked) before any input is read, so a bad --out costs nothing.
 */
export async function datasetSink(dir: string): Promise<Sink> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw outputError(dir, error);
  }
  const openTable = async (table: 'reports' | 'observations') => {
    const path = join(dir, TABLE_FILES[table]);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'w');
    } catch (error) {
      throw outputError(path, error);
    }
    const stream = outputStream(path, handle.createWriteStream(), true);
    const writer = new ChunkWriter(stream);
    await writer.add(`${csvHeader(table)}\n`);
    return { stream, writer };
  };
  const reports = await openTable('reports');
  const observations = await openTable('observations');
  return {
    async file(f) {
      // Without a catalogue of agencies, the agency id is the name the report gives itself.
      const records = toRecords(f.result, {
        reportId: reportIdForFile(f.name),
        agencyId: f.result.report.agency,
        file: f.name,
      });
      await reports.writer.add(`${csvLine('reports', records.report)}\n`);
      for (const o of records.observations) await observations.writer.add(`${csvLine('observations', o)}\n`);
    },
    async end() {
      for (const table of [reports, observations]) {
        await table.writer.flush();
        await table.stream.close();
      }
    },
  };
}
