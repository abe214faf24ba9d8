// The dataset records are built from the schema's columns; a record must carry exactly the
// table's fields: nothing of the extractor's own (its rule) and nothing left out.
import { describe, expect, it } from 'vitest';
import { FROM_CELLS } from '../../src/data/tableRows.ts';
import { extractReport } from '../../src/extract/index.ts';
import { toRecords } from '../../src/extract/toRecords.ts';

const TEXT = [
  '某区司法局2024年法治政府建设年度报告',
  '一、主要举措和成效',
  '全年受理行政复议案件57件，审结案件51件。',
].join('\n');

const OBSERVATION_FIELDS = [
  'id',
  'reportId',
  'agencyId',
  'year',
  'indicator',
  'value',
  'unit',
  'qualifier',
  'derived',
  'text',
  'start',
  'end',
  'evidence',
  'evidenceStart',
  'section',
  'scope',
  'yoyPct',
  'yoyPoints',
  'confidence',
  'origin',
  'inputs',
  'originalValue',
  'alternatives',
];

describe('dataset records from the schema', () => {
  it('toRecords gives each observation the fields of observations.csv, in column order, and no rule', () => {
    const { report, observations } = toRecords(extractReport(TEXT), {
      reportId: 'r1',
      agencyId: 'a1',
      file: 'r1.txt',
    });
    expect(observations.length).toBeGreaterThan(0);
    for (const o of observations) expect(Object.keys(o)).toEqual(OBSERVATION_FIELDS);
    const accepted = observations.find((o) => o.indicator === 'reconsideration.accepted');
    expect(accepted).toMatchObject({ id: 'r1#1', reportId: 'r1', agencyId: 'a1', year: 2024, value: 57 });
    expect(accepted).toMatchObject({ origin: 'extracted', inputs: [], originalValue: null });
    expect(report.sections).toEqual({
      achievements: true,
      shortcomings: false,
      first_responsible_duties: false,
      next_year_plan: false,
    });
  });

  it('reads empty optional cells as the schema says: "" for text, null where absence means something, confidence 1', () => {
    // Cells in observations.csv column order; undefined = column absent from the file.
    const cells = ['o1', 'r1', 'a1', 2024, 'x.y', 5, '件', 'exact', false, null, null, null, null, null];
    const o = FROM_CELLS.observations([...cells, 'other', null, null, null, null, 'manual', [], null]);
    expect(o).toMatchObject({ text: '', start: 0, evidence: '', scope: null, yoyPct: null, confidence: 1 });
    expect(o).toMatchObject({ section: 'other', origin: 'manual', inputs: [], originalValue: null });
    const r = FROM_CELLS.reports([
      'r1',
      'a1',
      'r1.txt',
      null,
      null,
      2024,
      null,
      null,
      true,
      false,
      true,
      false,
    ]);
    expect(r).toMatchObject({ title: '', published: null, issuer: '', chars: 0 });
    expect(r.sections).toEqual({
      achievements: true,
      shortcomings: false,
      first_responsible_duties: true,
      next_year_plan: false,
    });
  });
});
