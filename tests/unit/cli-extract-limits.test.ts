// The finding behind the caps: a 500 MB-inflating .docx made the command run out of heap after
// 110 s (exit 134) and never reach the next file. Now it is one line on stderr, in seconds, and
// the next file is processed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../shared.ts';
import { encodeUtf8 } from './helpers/gbk.ts';
import { buildDocxBomb } from './helpers/zipBomb.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract command: bounded work per file', () => {
  it('refuses a decompression bomb in seconds with one line naming it, then reads the next file', () => {
    const bomb = join(dir, 'a-bomb.docx');
    const next = join(dir, 'b-next.txt');
    writeFileSync(bomb, buildDocxBomb(500));
    writeFileSync(next, encodeUtf8('某区司法局2024年法治政府建设情况报告\n全年受理行政复议案件37件。'));
    const t0 = Date.now();
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/extract.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      // Far below what inflating the bomb would need: the refusal must not depend on a big heap.
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=256' },
    });
    const seconds = (Date.now() - t0) / 1000;
    expect(run.status).toBe(1);
    expect(seconds).toBeLessThan(30);
    const errors = run.stderr.split('\n').filter((l) => l !== '');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(bomb);
    expect(errors[0]).toMatch(/inflate to more than 50 MB/);
    const records = run.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.type === 'report').map((r) => r.report)).toEqual(['b-next.txt']);
    expect(records.find((r) => r.type === 'observation')).toMatchObject({
      indicator: 'reconsideration.accepted',
      value: 37,
    });
  }, 60_000);
});
