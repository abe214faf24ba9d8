// The ndjson writer: a report line, then each observation as JSON.stringify of the record the
// contract describes, field for field, including nulls, quotes and line breaks inside the evidence.
import { describe, expect, it } from 'vitest';
import { ndjsonSink } from '../../src/cli/extractSinks.ts';
import type { ExtractedFile } from '../../src/cli/records.ts';
import { observationRecord, reportRecord } from '../../src/cli/records.ts';
import { extractReport } from '../../src/extract/index.ts';
import { memoryOutput } from './helpers/memoryOutput.ts';

const TEXT = [
  '某县司法局2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '全年受理行政复议案件120件，同比增长12.5%；审结"疑难"案件98件。',
  '行政机关负责人出庭应诉率为96.5%，同比提高3.2个百分点。',
  '截至11月底，通过“诉调对接”机制受理纠纷300余件，调解成功280件。',
].join('\n');

function file(text: string): ExtractedFile {
  return {
    path: '/x/某县.txt',
    name: '某县.txt',
    read: { text, encoding: 'utf-8', format: 'txt' } as ExtractedFile['read'],
    result: extractReport(text),
  };
}

describe('ndjsonSink', () => {
  it('writes the report, then each observation as JSON.stringify(observationRecord(…))', async () => {
    const f = file(TEXT);
    expect(f.result.observations.length).toBeGreaterThan(4);
    const expected = [
      JSON.stringify(reportRecord(f)),
      ...f.result.observations.map((o) => JSON.stringify(observationRecord(f.name, o))),
    ];
    const out = memoryOutput();
    const sink = ndjsonSink(out);
    await sink.file(f);
    await sink.end();
    expect(out.text()).toBe(`${expected.join('\n')}\n`);
  });
});
