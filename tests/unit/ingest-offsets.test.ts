// Offsets index the text as decoded (../shared/spec/extract-cli.md): whatever the encoding and the
// line ends of a file, slicing its decoded text at an observation's offsets gives the observation's
// words and evidence, and the values are those of the same report with plain LF line ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { readReportBytes } from '../../src/ingest/readReport.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';

// Invented report lines, each with values some rule reads.
const LINES = [
  '某县司法局2024年法治政府建设情况报告',
  '一、2024年推进法治政府建设的主要举措和成效',
  '全年共收到行政复议申请86件，受理行政复议案件72件，审结案件65件。',
  '行政机关负责人出庭应诉率达到100%。',
  '各级人民调解组织受理矛盾纠纷1200余件，调解成功1150件。',
  '开展普法宣传活动45场，发放宣传资料3000份。',
  '举办法治培训班6期，参训干部800人次。',
  '二、存在的不足和原因',
  '基层法治力量仍较薄弱。',
];

const ENCODINGS = {
  'utf-8': (t: string) => encodeUtf8(t),
  'utf-8 BOM': (t: string) => encodeUtf8(t, true),
  'utf-16le BOM': (t: string) => encodeUtf16(t, 'le'),
  'utf-16be BOM': (t: string) => encodeUtf16(t, 'be'),
  gbk: (t: string) => encodeGbk(t),
} as const;

const valuesOf = (text: string) =>
  extractReport(text).observations.map((o) => [o.indicator, o.value, o.qualifier, o.text] as const);

describe('offsets into the decoded text, any encoding and line ends', () => {
  it('slicing the decoded text at each offset gives the words and the evidence', async () => {
    const plain = LINES.join('\n');
    const expected = valuesOf(plain);
    expect(expected.length).toBeGreaterThan(6);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), {
          minLength: LINES.length - 1,
          maxLength: LINES.length - 1,
        }),
        fc.constantFrom(...(Object.keys(ENCODINGS) as (keyof typeof ENCODINGS)[])),
        async (ends, encoding) => {
          const text = LINES.map((line, i) => line + (ends[i] ?? '')).join('');
          const read = await readReportBytes('report.txt', ENCODINGS[encoding](text));
          expect(read.text).toBe(text);
          const { observations } = extractReport(read.text);
          for (const o of observations) {
            expect(read.text.slice(o.start, o.end)).toBe(o.text);
            expect(read.text.slice(o.evidenceStart, o.evidenceStart + o.evidence.length)).toBe(o.evidence);
          }
          expect(observations.map((o) => [o.indicator, o.value, o.qualifier, o.text] as const)).toEqual(
            expected,
          );
        },
      ),
      { seed: 20261204, numRuns: 120 },
    );
  });
});
