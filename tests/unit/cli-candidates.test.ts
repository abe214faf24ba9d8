// `--candidates`: candidate records after a report's observations, as ../shared/spec/extract-cli.md
// specifies them; none without the flag. The report is our own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtractInProcess as extract } from './helpers/runExtractInProcess.ts';

const REPORT = [
  '南岭区司法局2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '全年受理行政复议案件120件。',
  '行政机关负责人出庭应诉率百分之一千。',
  '机关食堂新购餐桌37张。',
].join('\n');

const TIMEOUT = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'cli-candidates-'));
const file = join(dir, 'nanling.txt');
writeFileSync(file, REPORT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('extract --candidates', () => {
  it(
    'writes candidate records after the report and its observations, with the fields of the contract',
    async () => {
      const run = await extract('--candidates', file);
      expect(run.code).toBe(0);
      const records = lines(run.stdout);
      expect(records.map((r) => r.type)).toEqual(['report', 'observation', 'candidate', 'candidate']);
      const [rate, tables] = records.slice(2);
      const at = REPORT.indexOf('百分之一千');
      expect(rate).toEqual({
        type: 'candidate',
        report: 'nanling.txt',
        value: 1000,
        unit: '%',
        qualifier: 'exact',
        text: '百分之一千',
        start: at,
        end: at + 5,
        evidence: '行政机关负责人出庭应诉率百分之一千。',
        section: 'achievements',
        suggestions: [{ indicator: 'litigation.head_appearance_rate', score: expect.any(Number) }],
        reason: 'implausible',
        detail: 'a rate above 100 %',
      });
      // No detail when there is nothing more to say.
      expect(tables).toEqual(
        expect.objectContaining({ text: '37张', reason: 'no_indicator', suggestions: [] }),
      );
      expect(tables).not.toHaveProperty('detail');
    },
    TIMEOUT,
  );

  it(
    'writes none without the flag, and the same observations either way',
    async () => {
      const without = lines((await extract(file)).stdout);
      expect(without.some((r) => r.type === 'candidate')).toBe(false);
      const withFlag = lines((await extract('--candidates', file)).stdout).filter(
        (r) => r.type !== 'candidate',
      );
      expect(withFlag).toEqual(without);
    },
    TIMEOUT,
  );

  it(
    'adds a candidates list to --format json',
    async () => {
      const doc = JSON.parse((await extract('--format', 'json', '--candidates', file)).stdout) as Record<
        string,
        unknown[]
      >;
      expect(doc.candidates?.map((c) => (c as { text: string }).text)).toEqual(['百分之一千', '37张']);
      expect(JSON.parse((await extract('--format', 'json', file)).stdout)).not.toHaveProperty('candidates');
    },
    TIMEOUT,
  );

  it.each([
    ['csv', ['--format', 'csv']],
    ['--out', ['--out', join(dir, 'out')]],
  ])(
    'refuses %s (candidates are records, not table rows) with exit 2',
    async (_name, args) => {
      const run = await extract('--candidates', ...args, file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('extract: --candidates needs --format ndjson or json');
    },
    TIMEOUT,
  );
});
