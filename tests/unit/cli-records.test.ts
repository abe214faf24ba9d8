// The command's records are built from the schema's observation columns; what other tools rely on
// is the contract (../shared/spec/extract-cli.md): these field names, in this order, with these
// values. The expected lists are written from the contract, not from the code.
import { describe, expect, it } from 'vitest';
import { ndjsonSink } from '../../src/cli/extractSinks.ts';
import type { ExtractedFile } from '../../src/cli/records.ts';
import { OBSERVATION_CSV_COLUMNS, observationCsvCells } from '../../src/cli/records.ts';
import { extractReport } from '../../src/extract/index.ts';
import { OBSERVATION_CSV_HEADER } from './helpers/contract.ts';
import { memoryOutput } from './helpers/memoryOutput.ts';

const TEXT = [
  '某县司法局2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '全年受理行政复议案件120件，同比增长12.5%；审结"疑难"案件98件。',
  '行政机关负责人出庭应诉率为96.5%，同比提高3.2个百分点。',
].join('\n');

function file(text: string): ExtractedFile {
  return {
    path: '/x/某县.txt',
    name: '某县.txt',
    read: { text, encoding: 'utf-8', format: 'txt' } as ExtractedFile['read'],
    result: extractReport(text),
  };
}

const OBSERVATION_FIELDS = [
  'type',
  'report',
  'indicator',
  'value',
  'unit',
  'qualifier',
  'derived',
  'text',
  'evidence',
  'start',
  'end',
  'section',
  'scope',
  'yoy_pct',
  'yoy_points',
  'confidence',
  'evidence_start',
  'rule',
];

describe('the ndjson writer', async () => {
  const f = file(TEXT);
  const out = memoryOutput();
  const sink = ndjsonSink(out);
  await sink.file(f);
  await sink.end();
  const lines = out.text().split('\n');
  const records = lines.slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes a report line, then one line per observation, each ending in a line break', () => {
    expect(lines.at(-1)).toBe('');
    expect(records[0]).toMatchObject({
      type: 'report',
      report: '某县.txt',
      agency: '某县司法局',
      year: 2024,
    });
    expect(records.slice(1).every((r) => r.type === 'observation')).toBe(true);
  });

  it("keeps the contract's fields in its order, nulls included", () => {
    for (const r of records.slice(1)) expect(Object.keys(r)).toEqual(OBSERVATION_FIELDS);
  });

  it('gives the stated value, its words and offsets, and the change beside it', () => {
    const accepted = records.find((r) => r.indicator === 'reconsideration.accepted');
    // 全年受理行政复议案件 is 10 characters after the two heading lines (20 + 1 and 9 + 1).
    expect(accepted).toMatchObject({
      value: 120,
      unit: '件',
      qualifier: 'exact',
      derived: false,
      text: '120件',
      start: 41,
      end: 45,
      evidence_start: 31,
      section: 'achievements',
      scope: null,
      yoy_pct: 12.5,
      yoy_points: null,
    });
    const rate = records.find((r) => r.indicator === 'litigation.head_appearance_rate');
    expect(rate).toMatchObject({ value: 96.5, unit: '%', yoy_pct: null, yoy_points: 3.2 });
    for (const r of records.slice(1)) {
      expect(TEXT.slice(r.start as number, r.end as number)).toBe(r.text);
    }
  });
});

describe('--format csv', () => {
  it("has the report's agency and year, then the contract's fields in schema order, then the rule", () => {
    expect(OBSERVATION_CSV_COLUMNS).toEqual(OBSERVATION_CSV_HEADER);
    const f = file(TEXT);
    const o = f.result.observations.find((x) => x.indicator === 'reconsideration.accepted')!;
    const cells = observationCsvCells(f, o);
    const cell = (name: string) => cells[OBSERVATION_CSV_COLUMNS.indexOf(name)];
    expect([cell('report'), cell('agency'), cell('year'), cell('value'), cell('derived')]).toEqual([
      '某县.txt',
      '某县司法局',
      2024,
      120,
      false,
    ]);
    expect(cell('scope')).toBeNull();
  });
});

describe('alternatives (contract: only when the report gives more than one value)', async () => {
  const text = [
    '某县司法局2024年法治政府建设情况报告',
    '一、主要举措和成效',
    '全年举办法治专题培训6场，组织法治轮训班2期。全年受理行政复议案件120件。',
  ].join('\n');
  const f = file(text);
  const out = memoryOutput();
  const sink = ndjsonSink(out);
  await sink.file(f);
  await sink.end();
  const records = out
    .text()
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => r.type === 'observation');

  it('the chosen value carries the others as {value, unit, qualifier, text, start, end}', () => {
    const chosen = records.find((r) => r.indicator === 'training.sessions' && r.value === 6)!;
    const start = text.indexOf('2期');
    expect(chosen.alternatives).toEqual([
      { value: 2, unit: '期', qualifier: 'exact', text: '2期', start, end: start + 2 },
    ]);
    // The alternative is still a record of its own, with its evidence.
    expect(records.find((r) => r.indicator === 'training.sessions' && r.value === 2)).toMatchObject({
      unit: '期',
      text: '2期',
    });
  });

  it('no field at all where there is nothing to choose from', () => {
    const others = records.filter((r) => !(r.indicator === 'training.sessions' && r.value === 6));
    expect(others.length).toBe(2);
    for (const r of others) expect(Object.keys(r)).not.toContain('alternatives');
  });

  it('--format csv holds them as JSON, and an empty cell otherwise', () => {
    const cells = (value: number) =>
      observationCsvCells(
        f,
        f.result.observations.find((o) => o.indicator === 'training.sessions' && o.value === value)!,
      );
    const at = OBSERVATION_CSV_COLUMNS.indexOf('alternatives');
    const start = text.indexOf('2期');
    expect(cells(6)[at]).toBe(
      `[{"value":2,"unit":"期","qualifier":"exact","text":"2期","start":${start},"end":${start + 2}}]`,
    );
    expect(cells(2)[at]).toBe('');
  });
});
