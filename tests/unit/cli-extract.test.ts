import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/domain/schema.ts';
import { describeWithShared, ROOT, sharedPath } from '../shared.ts';
import { OBSERVATION_CSV_HEADER } from './helpers/contract.ts';
import { buildDocx } from './helpers/docx.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';
import { type ExtractRun, runExtractInProcess } from './helpers/runExtractInProcess.ts';

// Our own report, written for these tests: every line carries numbers a rule should pick up.
const REPORT = [
  '东湖区司法局2024年法治政府建设情况报告',
  '一、2024年推进法治政府建设的主要举措和成效',
  '全年共收到行政复议申请156件，受理行政复议案件120件，审结案件98件。',
  '行政机关负责人出庭应诉率达到100%。',
  '各级人民调解组织共受理矛盾纠纷2350件，调解成功2298件。',
  '组织开展普法宣传活动86场，发放宣传资料1.2万份。',
  '举办法治专题培训班12期，参训干部1500人次。',
  '二、存在的不足和原因',
  '基层法治工作力量仍然不足。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '主要负责人专题听取法治工作汇报4次。',
  '四、2025年推进法治政府建设的主要安排',
  '力争行政复议纠错率控制在10%以内。',
].join('\n');

const TIMEOUT = 60_000;

type Run = ExtractRun;
const extract = runExtractInProcess;

type Rec = Record<string, unknown>;
const ndjson = (stdout: string): Rec[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Rec);
const observationsOf = (records: Rec[], report: string) =>
  records.filter((r) => r.type === 'observation' && r.report === report);
const withoutReport = ({ report: _, ...rest }: Rec) => rest;
const valuesOnly = (r: Rec) => ({
  indicator: r.indicator,
  value: r.value,
  unit: r.unit,
  qualifier: r.qualifier,
  text: r.text,
});
const csv = (text: string) => Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false }).data;
const stderrLines = (run: Run) => run.stderr.split('\n').filter((line) => line !== '');

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-extract-'));
  const crlf = REPORT.replaceAll('\n', '\r\n');
  writeFileSync(at('utf8.txt'), encodeUtf8(REPORT));
  writeFileSync(at('gbk.txt'), encodeGbk(REPORT));
  writeFileSync(at('utf16le.txt'), encodeUtf16(REPORT, 'le'));
  writeFileSync(at('utf16be.txt'), encodeUtf16(crlf, 'be'));
  writeFileSync(at('bom-crlf.txt'), encodeUtf8(crlf, true));
  const html = `<html><head><meta charset="gb2312"><title>报告</title></head><body>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<div class="article">${REPORT.split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('\n')}</div>
<div>扫一扫在手机打开当前页</div><div class="footer">版权所有 东湖区人民政府</div></body></html>`;
  writeFileSync(at('page-gbk.html'), encodeGbk(html));
  writeFileSync(at('report.docx'), await buildDocx(REPORT.split('\n')));
  writeFileSync(at('corrupt.docx'), encodeUtf8('PK\u0003\u0004 this is not a zip'));
  writeFileSync(at('binary.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
  writeFileSync(at('notes.pdf'), encodeUtf8('%PDF-1.4'));

  mkdirSync(at('tree', 'm'), { recursive: true });
  for (const name of ['b.txt', 'a.txt', 'Z.txt', '.hidden.txt', 'notes.csv', 'm/c.htm']) {
    writeFileSync(at('tree', name), encodeUtf8(name.endsWith('.htm') ? `<p>${REPORT}</p>` : REPORT));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('extract command: the same report in any encoding gives the same values', () => {
  let records: Rec[];
  beforeAll(async () => {
    const run = await extract(
      at('utf8.txt'),
      at('gbk.txt'),
      at('utf16le.txt'),
      at('utf16be.txt'),
      at('bom-crlf.txt'),
      at('page-gbk.html'),
      at('report.docx'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    records = ndjson(run.stdout);
  }, TIMEOUT);

  it('finds observations in the UTF-8 original', () => {
    expect(observationsOf(records, 'utf8.txt').length).toBeGreaterThan(0);
  });

  it.each(['gbk.txt', 'utf16le.txt'])('%s: identical observations, offsets included', (name) => {
    const original = observationsOf(records, 'utf8.txt').map(withoutReport);
    expect(observationsOf(records, name).map(withoutReport)).toEqual(original);
  });

  it.each(['utf16be.txt', 'bom-crlf.txt'])(
    '%s (CRLF): identical values, offsets into the text as decoded, CR included',
    (name) => {
      const original = observationsOf(records, 'utf8.txt').map(valuesOnly);
      const crlf = observationsOf(records, name);
      expect(crlf.map(valuesOnly)).toEqual(original);
      const decoded = REPORT.replaceAll('\n', '\r\n');
      for (const o of crlf) {
        expect(decoded.slice(o.start as number, o.end as number)).toBe(o.text);
        const evidenceStart = o.evidence_start as number;
        expect(decoded.slice(evidenceStart, evidenceStart + (o.evidence as string).length)).toBe(o.evidence);
      }
    },
  );

  it.each(['page-gbk.html', 'report.docx'])('%s: identical values and words', (name) => {
    const original = observationsOf(records, 'utf8.txt').map(valuesOnly);
    expect(observationsOf(records, name).map(valuesOnly)).toEqual(original);
  });

  it('writes one report record before the observations of each file, named by base name', () => {
    const order = records.map((r) => `${r.type}:${r.report}`);
    const reports = records.filter((r) => r.type === 'report').map((r) => r.report);
    expect(reports).toEqual([
      'utf8.txt',
      'gbk.txt',
      'utf16le.txt',
      'utf16be.txt',
      'bom-crlf.txt',
      'page-gbk.html',
      'report.docx',
    ]);
    for (const name of reports) {
      const first = order.indexOf(`report:${name}`);
      const observations = order.flatMap((o, i) => (o === `observation:${name}` ? [i] : []));
      expect(observations.every((i) => i > first)).toBe(true);
      expect(observations.every((i) => !order.slice(first + 1, i).some((o) => o.startsWith('report:')))).toBe(
        true,
      );
    }
  });

  it('reports the detected encoding and the same character count', () => {
    const report = (name: string) => records.find((r) => r.type === 'report' && r.report === name)!;
    expect(report('gbk.txt').encoding).toBe('gb18030');
    expect(report('utf16be.txt').encoding).toBe('utf-16be');
    expect(report('utf8.txt').chars).toBe(REPORT.length);
    // The decoded text keeps its CRLF line ends: one more character per line break.
    expect(report('bom-crlf.txt').chars).toBe(REPORT.replaceAll('\n', '\r\n').length);
  });

  it('keeps every field of the contract, with offsets into the decoded text', () => {
    for (const o of observationsOf(records, 'utf8.txt')) {
      expect(Object.keys(o)).toEqual(
        expect.arrayContaining([
          'report',
          'indicator',
          'value',
          'unit',
          'qualifier',
          'derived',
          'text',
          'start',
          'end',
          'evidence',
          'section',
          'scope',
          'yoy_pct',
          'yoy_points',
          'confidence',
        ]),
      );
      expect(REPORT.slice(o.start as number, o.end as number)).toBe(o.text);
    }
  });
});

describe('extract command: unreadable files', () => {
  it(
    'names each bad file on one stderr line, still processes the good one, exits 1',
    async () => {
      const missing = at('no-such-report.txt');
      const run = await extract(
        at('corrupt.docx'),
        at('utf8.txt'),
        missing,
        at('binary.txt'),
        at('notes.pdf'),
      );
      expect(run.code).toBe(1);
      const lines = stderrLines(run);
      expect(lines).toHaveLength(4);
      expect(lines[0]).toContain(at('corrupt.docx'));
      expect(lines[0]).toContain('cannot read .docx');
      expect(lines[1]).toContain(missing);
      expect(lines[1]).toContain('no such file');
      expect(lines[2]).toContain(at('binary.txt'));
      expect(lines[2]).toContain('binary file');
      expect(lines[3]).toContain(at('notes.pdf'));
      expect(lines[3]).toContain('cannot read .pdf: the file is damaged');
      const records = ndjson(run.stdout);
      expect(records.filter((r) => r.type === 'report').map((r) => r.report)).toEqual(['utf8.txt']);
    },
    TIMEOUT,
  );
});

describe('extract command: usage errors exit 2 with usage on stderr and nothing on stdout', () => {
  it.each([
    ['no PATH', []],
    ['unknown format', ['--format', 'xml', 'x.txt']],
    ['unknown option', ['--verbose', 'x.txt']],
    ['--format without a value', ['x.txt', '--format']],
    ['--out together with --format', ['--out', 'd', '--format', 'csv', 'x.txt']],
  ])(
    '%s',
    async (_name, args) => {
      const run = await extract(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('usage: npm run --silent extract --');
    },
    TIMEOUT,
  );
});

describe('extract command: folders', () => {
  it(
    'walks folders recursively in code-unit order, skipping hidden and non-report files',
    async () => {
      const run = await extract(at('tree'));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const reports = ndjson(run.stdout).filter((r) => r.type === 'report');
      expect(reports.map((r) => r.report)).toEqual(['Z.txt', 'a.txt', 'b.txt', 'c.htm']);
    },
    TIMEOUT,
  );
});

describe('extract command: output formats', () => {
  let expected: Rec[];
  beforeAll(async () => {
    expected = ndjson((await extract(at('utf8.txt'), at('gbk.txt'))).stdout);
  }, TIMEOUT);

  it(
    '--format csv: one CSV of observations with a header, values as in ndjson',
    async () => {
      const run = await extract('--format', 'csv', at('utf8.txt'), at('gbk.txt'));
      expect(run.code).toBe(0);
      const [header, ...rows] = csv(run.stdout);
      expect(header).toEqual(OBSERVATION_CSV_HEADER);
      const observations = expected.filter((r) => r.type === 'observation');
      expect(rows).toHaveLength(observations.length);
      rows.forEach((row, i) => {
        const o = observations[i]!;
        const cell = (name: string) => row[header!.indexOf(name)];
        expect(cell('report')).toBe(o.report);
        expect(cell('indicator')).toBe(o.indicator);
        expect(Number(cell('value'))).toBe(o.value);
        expect(cell('text')).toBe(o.text);
        expect(cell('derived')).toBe(String(o.derived));
      });
    },
    TIMEOUT,
  );

  it(
    '--format json: one document with every report and observation',
    async () => {
      const run = await extract('--format', 'json', at('utf8.txt'), at('gbk.txt'));
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout) as { reports: Rec[]; observations: Rec[] };
      const strip = ({ type: _, ...rest }: Rec) => rest;
      expect(doc.reports).toEqual(expected.filter((r) => r.type === 'report').map(strip));
      expect(doc.observations).toEqual(expected.filter((r) => r.type === 'observation').map(strip));
    },
    TIMEOUT,
  );

  it(
    '--out DIR: writes reports.csv and observations.csv with the dataset columns, nothing on stdout',
    async () => {
      const out = at('dataset');
      const run = await extract('--out', out, at('utf8.txt'), at('gbk.txt'));
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      const [reportHeader, ...reports] = csv(readFileSync(join(out, 'reports.csv'), 'utf8'));
      const [obsHeader, ...observations] = csv(readFileSync(join(out, 'observations.csv'), 'utf8'));
      expect(reportHeader).toEqual(TABLES.reports.map((c) => c.name));
      expect(obsHeader).toEqual(TABLES.observations.map((c) => c.name));
      const rcol = (row: string[], name: string) => row[reportHeader!.indexOf(name)];
      // Report ids are the file names without extension, as in data/; the file column keeps the name.
      expect(reports.map((r) => rcol(r, 'report_id'))).toEqual(['utf8', 'gbk']);
      expect(reports.map((r) => rcol(r, 'file'))).toEqual(['utf8.txt', 'gbk.txt']);
      expect(reports.map((r) => rcol(r, 'origin'))).toEqual(['extracted', 'extracted']);
      expect(reports.map((r) => rcol(r, 'chars'))).toEqual([String(REPORT.length), String(REPORT.length)]);

      const expectedObs = expected.filter((r) => r.type === 'observation');
      expect(observations).toHaveLength(expectedObs.length);
      const ocol = (row: string[], name: string) => row[obsHeader!.indexOf(name)];
      const ids = observations.map((row) => ocol(row, 'obs_id'));
      expect(new Set(ids).size).toBe(ids.length);
      observations.forEach((row, i) => {
        const o = expectedObs[i]!;
        expect(ocol(row, 'report_id')).toBe(String(o.report).replace(/\.txt$/, ''));
        expect(Number(ocol(row, 'value'))).toBe(o.value);
        expect(ocol(row, 'origin')).toBe(o.derived ? 'derived' : 'extracted');
      });
    },
    TIMEOUT,
  );
});

describe('npm run --silent extract', () => {
  it(
    'prints nothing but records on stdout',
    () => {
      const run = spawnSync('npm', ['run', '--silent', 'extract', '--', at('utf8.txt'), at('report.docx')], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        const record = JSON.parse(line) as Rec;
        expect(['report', 'observation']).toContain(record.type);
      }
    },
    TIMEOUT,
  );
});

describeWithShared('extract command on the shared corpus folder', () => {
  it(
    'reads every report, skips the non-report files, and its offsets point into each file',
    async () => {
      const corpus = sharedPath('corpus');
      const run = await extract(corpus);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const records = ndjson(run.stdout);
      const names = readdirSync(corpus)
        .filter((name) => /\.(txt|html?|docx)$/i.test(name))
        .sort();
      expect(records.filter((r) => r.type === 'report').map((r) => r.report)).toEqual(names);
      for (const o of records.filter((r) => r.type === 'observation')) {
        const text = readFileSync(join(corpus, o.report as string), 'utf8');
        expect(text.slice(o.start as number, o.end as number)).toBe(o.text);
      }
    },
    TIMEOUT,
  );
});
