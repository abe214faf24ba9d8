// The command finishes whatever happens to one file or to its output (issue: "a command that names
// every failure"): output streams in bounded chunks, a bad --out fails before any input is read, a
// closed pipe or a full disk ends the run with one line and exit 1, and names cannot forge lines.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/extractCommand.ts';
import { printable } from '../../src/cli/printable.ts';
import { ROOT } from '../shared.ts';
import { memoryOutput } from './helpers/memoryOutput.ts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TIMEOUT = 120_000;

// Invented sentences: each gives one mediation count, so a file of n lines gives n observations.
const line = (i: number) => `第${i}批：各调解组织调解纠纷${(i % 97) + 3}件。`;
const report = (n: number) =>
  ['某区司法局2024年法治政府建设情况报告', ...Array.from({ length: n }, (_, i) => line(i + 1))].join('\n');

interface Run {
  code: number;
  chunks: string[];
  stderr: string[];
}

async function extract(...args: string[]): Promise<Run> {
  const stdout = memoryOutput();
  const stderr: string[] = [];
  const code = await runExtract(args, { stdout, stderr: (l) => stderr.push(l) });
  return { code, chunks: stdout.chunks, stderr };
}

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-failures-'));
  writeFileSync(at('small.txt'), report(3));
  writeFileSync(at('a-file'), 'not a folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output streams in bounded chunks', () => {
  it(
    'a report with 15,000 values (under the 20,000 cap): every output chunk stays small, every record is written',
    async () => {
      writeFileSync(at('many.txt'), report(15_000));
      for (const format of ['ndjson', 'csv', 'json']) {
        const run = await extract('--format', format, at('many.txt'));
        expect(run.stderr).toEqual([]);
        expect(run.code).toBe(0);
        // A chunk is about 64 k characters plus at most one record: never the whole file's output.
        expect(Math.max(...run.chunks.map((c) => c.length))).toBeLessThan(70_000);
        const out = run.chunks.join('');
        if (format === 'ndjson')
          expect(out.split('\n').filter((l) => l.includes('"observation"'))).toHaveLength(15_000);
        if (format === 'csv') expect(out.trimEnd().split('\n')).toHaveLength(15_001);
        if (format === 'json')
          expect((JSON.parse(out) as { observations: unknown[] }).observations).toHaveLength(15_000);
      }
    },
    TIMEOUT,
  );

  it(
    '--out with 200,000 values over 10 files: both tables written whole',
    async () => {
      const files = Array.from({ length: 10 }, (_, i) => at(`part${i}.txt`));
      for (const f of files) writeFileSync(f, report(20_000));
      const run = await extract('--out', at('out'), ...files);
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      const observations = readFileSync(at('out', 'observations.csv'), 'utf8').trimEnd().split('\n');
      expect(observations).toHaveLength(200_001);
      expect(readFileSync(at('out', 'reports.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(11);
    },
    TIMEOUT,
  );
});

describe('--out is checked before any input is read', () => {
  it.each([
    ['onto a file', () => at('a-file'), /cannot write .*a-file/],
    ['under a file', () => at('a-file', 'sub'), /cannot write .*a-file/],
    ['under /dev/null', () => '/dev/null/out', /cannot write \/dev\/null/],
  ])('%s: one line, exit 1, no input read', async (_name, out, message) => {
    // The missing input would have its own line if inputs were read first.
    const run = await extract('--out', out(), at('no-such.txt'), at('small.txt'));
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(message);
    expect(run.stderr[0]).not.toMatch(/no-such|at |Error:/);
  });
});

describe('names cannot forge message lines or repaint the terminal', () => {
  it('escapes control characters in a file name', async () => {
    const name = at('evil\nextract: all good\u001b[31m.txt');
    writeFileSync(name, new Uint8Array([0, 1, 2, 3]));
    const run = await extract(name, at('small.txt'));
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain('evil\\nextract: all good\\x1b[31m.txt');
    expect(run.stderr[0]).not.toMatch(/[\n\u001b]/);
  });

  it('printable() escapes C0, C1, DEL, separators and bidi overrides, and nothing else', () => {
    expect(printable('a\tb\rc\u0000d\u007fe\u0085f\u2028g\u202eh')).toBe(
      'a\\tb\\rc\\x00d\\x7fe\\x85f\\u2028g\\u202eh',
    );
    expect(printable('宝山区司法局 report (2024).txt')).toBe('宝山区司法局 report (2024).txt');
  });
});

describe('the real process: closed pipe, full disk, exit status', () => {
  it(
    'a reader that closes the pipe early: exit 1 and one line, no stack trace',
    () => {
      writeFileSync(at('big.txt'), report(15_000));
      const run = spawnSync(
        'bash',
        [
          '-c',
          `"${TSX}" src/cli/extract.ts "$1" | head -c 100 >/dev/null; exit "\${PIPESTATUS[0]}"`,
          '_',
          at('big.txt'),
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(1);
      const lines = run.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toEqual([expect.stringMatching(/^extract: cannot write standard output: .*EPIPE/)]);
    },
    TIMEOUT,
  );

  it(
    'standard output on a full disk (/dev/full): exit 1 and one line naming ENOSPC',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(TSX, ['src/cli/extract.ts', at('small.txt')], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
        });
        expect(run.status).toBe(1);
        const lines = run.stderr.split('\n').filter((l) => l !== '');
        expect(lines).toEqual([expect.stringMatching(/^extract: cannot write standard output: .*ENOSPC/)]);
      } finally {
        closeSync(full);
      }
    },
    TIMEOUT,
  );
});
