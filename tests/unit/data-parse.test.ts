import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../../src/data/datasetIssue.ts';
import { parseDatasetJson, parseDatasetTables, tableForFileName } from '../../src/data/parseDatasetTables.ts';
import { serializeDatasetCsv } from '../../src/data/serializeDataset.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';

const AGENCIES_HEADER = 'agency_id,name_zh,name_en,region,district,agency_type,origin';
const REPORTS_HEADER =
  'report_id,agency_id,file,title,agency_text,year,published,issuer,achievements,shortcomings,first_responsible_duties,next_year_plan,chars,origin';
const OBS_HEADER =
  'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,text,start,end,evidence,evidence_start,section,scope,yoy_pct,yoy_points,confidence,origin,inputs,original_value,alternatives';

const agencies = [AGENCIES_HEADER, 'a1,宝山区司法局,Baoshan,上海市,宝山区,justice_bureau,extracted'].join(
  '\n',
);
const reports = [
  REPORTS_HEADER,
  'r1,a1,002.txt,报告,宝山区司法局,2024,,宝山区司法局,yes,yes,yes,no,1200,extracted',
].join('\n');

const brief = (issues: DatasetIssue[]) => issues.map((i) => [i.file, i.line, i.column, i.severity]);

function parse(observations: string, extra: { agencies?: string; reports?: string } = {}) {
  return parseDatasetTables([
    { fileName: 'agencies.csv', table: 'agencies', text: extra.agencies ?? agencies },
    { fileName: 'reports.csv', table: 'reports', text: extra.reports ?? reports },
    { fileName: 'observations.csv', table: 'observations', text: observations },
  ]);
}

describe('parseDatasetTables', () => {
  it('reads a valid file: typed values, booleans in every spelling, lists, empty optionals', () => {
    const { dataset, errors } = parse(
      [
        OBS_HEADER,
        'o1,r1,a1,2024,reconsideration.accepted,932,件,exact,false,932件,10,14,受理932件,8,achievements,,,,0.9,extracted,,',
        'o2,r1,a1,2024,mediation.success_rate,85.81,%,exact,1,,0,0,,0,other,人民调解,-2.5,,,derived,o3|o4,',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(dataset.reports[0]!.sections).toEqual({
      achievements: true,
      shortcomings: true,
      first_responsible_duties: true,
      next_year_plan: false,
    });
    expect(dataset.reports[0]!.published).toBeNull();
    expect(
      dataset.observations.map((o) => [o.id, o.value, o.derived, o.scope, o.yoyPct, o.confidence, o.inputs]),
    ).toEqual([
      ['o1', 932, false, null, null, 0.9, []],
      ['o2', 85.81, true, '人民调解', -2.5, 1, ['o3', 'o4']],
    ]);
    // No indicators file: the built-in catalogue is used.
    expect(dataset.indicators).toEqual(INDICATORS);
  });

  it('drops invalid rows with one issue per bad cell, on the line the row starts (multi-line cells counted)', () => {
    const text = [
      OBS_HEADER, // line 1
      'o1,r1,a1,2024,reconsideration.accepted,932,件,exact,false,"932件',
      '（跨行）",10,14,"受理',
      '932件",8,achievements,,,,0.9,extracted,,', // o1 spans lines 2–4
      '', // line 5: blank
      'o2,r1,a1,20x4,reconsideration.accepted,abc,件,roughly,maybe,,,,,,achievements,,,,,extracted,,', // line 6
      'o3,r1,a1,2024,no.such.indicator,1,件,exact,false,,,,,,achievements,,,,,extracted,,', // line 7
      'o4,r9,a1,2024,reconsideration.accepted,1,件,exact,false,,,,,,achievements,,,,,extracted,,', // line 8
      'o1,r1,a1,2024,reconsideration.accepted,1,件,exact,false,,,,,,achievements,,,,,extracted,,', // line 9
    ].join('\n');
    const { dataset, errors } = parse(text);
    expect(dataset.observations.map((o) => o.id)).toEqual(['o1']);
    expect(dataset.observations[0]!.text).toBe('932件\n（跨行）');
    expect(brief(errors)).toEqual([
      ['observations.csv', 6, 'year', 'error'],
      ['observations.csv', 6, 'value', 'error'],
      ['observations.csv', 6, 'qualifier', 'error'],
      ['observations.csv', 6, 'derived', 'error'],
      ['observations.csv', 7, 'indicator', 'error'],
      ['observations.csv', 8, 'report_id', 'error'],
      ['observations.csv', 9, 'obs_id', 'error'],
    ]);
    expect(errors[0]).toMatchObject({ key: 'data.issue.cellNotInt', params: { value: '20x4' } });
    expect(errors[6]).toMatchObject({
      key: 'data.issue.duplicateIdLine',
      params: { id: 'o1', line: 2, file: 'observations.csv' },
    });
    expect(errors[6]!.message).toBe('duplicate id "o1" (first at line 2 of observations.csv); row dropped');
  });

  it('strips a BOM and reads CRLF line ends', () => {
    const crlf = `\uFEFF${[AGENCIES_HEADER, 'a1,宝山区司法局,Baoshan,上海市,宝山区,justice_bureau,extracted', 'a2,x,,上海市,,district_gov,manual'].join('\r\n')}\r\n`;
    const { dataset, errors } = parseDatasetTables([
      { fileName: 'agencies.csv', table: 'agencies', text: crlf },
    ]);
    expect(errors).toEqual([]);
    expect(dataset.agencies.map((a) => [a.id, a.origin, a.district])).toEqual([
      ['a1', 'extracted', '宝山区'],
      ['a2', 'manual', ''],
    ]);
  });

  it('warns once about unknown columns and about absent optional ones; a missing required column drops the file', () => {
    const extra = parseDatasetTables([
      {
        fileName: 'agencies.csv',
        table: 'agencies',
        text: `${AGENCIES_HEADER},note,color\na1,甲,,上海市,,district_gov,extracted,x,y\n`,
      },
    ]);
    expect(brief(extra.errors)).toEqual([['agencies.csv', 1, 'note', 'warning']]);
    expect(extra.errors[0]).toMatchObject({
      key: 'data.issue.unknownColumns',
      params: { count: 2, names: 'note, color' },
      message: '2 unknown columns ignored: note, color',
    });
    expect(extra.dataset.agencies).toHaveLength(1);

    const optionalAbsent = parseDatasetTables([
      {
        fileName: 'agencies.csv',
        table: 'agencies',
        text: 'agency_id,name_zh,region,agency_type,origin\na1,甲,上海市,district_gov,extracted\n',
      },
    ]);
    expect(brief(optionalAbsent.errors)).toEqual([
      ['agencies.csv', 1, 'name_en', 'warning'],
      ['agencies.csv', 1, 'district', 'warning'],
    ]);
    expect(optionalAbsent.dataset.agencies[0]!.nameEn).toBe('');

    const requiredAbsent = parseDatasetTables([
      { fileName: 'agencies.csv', table: 'agencies', text: 'agency_id,name_zh\na1,甲\na2,乙\n' },
    ]);
    expect(requiredAbsent.dataset.agencies).toEqual([]);
    expect(
      requiredAbsent.errors.filter((e) => e.severity === 'error').map((e) => [e.column, e.key, e.params]),
    ).toEqual([
      ['region', 'data.issue.requiredColumnMissing', { count: 2 }],
      ['agency_type', 'data.issue.requiredColumnMissing', { count: 2 }],
      ['origin', 'data.issue.requiredColumnMissing', { count: 2 }],
    ]);
    expect(requiredAbsent.errors.find((e) => e.severity === 'error')!.message).toBe(
      'required column missing; all 2 rows of this file dropped',
    );
  });

  it('reports rows with too many cells and unreadable quoting', () => {
    const { dataset, errors } = parseDatasetTables([
      {
        fileName: 'agencies.csv',
        table: 'agencies',
        text: `${AGENCIES_HEADER}\na1,甲,,上海市,,district_gov,extracted,surplus\na2,乙,,上海市,,district_gov,extracted\n`,
      },
    ]);
    expect(dataset.agencies.map((a) => a.id)).toEqual(['a2']);
    expect(brief(errors)).toEqual([['agencies.csv', 2, null, 'error']]);
  });

  it('cross-checks references: report → agency, observation → report of the same agency, year mismatch warns', () => {
    const { dataset, errors } = parse(
      [
        OBS_HEADER,
        'o1,r1,zz,2024,reconsideration.accepted,1,件,exact,false,,,,,,achievements,,,,,extracted,,',
        'o2,r1,a1,2023,reconsideration.accepted,1,件,exact,false,,,,,,achievements,,,,,extracted,,',
      ].join('\n'),
      { reports: `${reports}\nr2,nobody,x.txt,,,2024,,,yes,yes,yes,yes,,extracted` },
    );
    expect(dataset.reports.map((r) => r.id)).toEqual(['r1']);
    expect(dataset.observations.map((o) => o.id)).toEqual(['o2']);
    expect(brief(errors)).toEqual([
      ['observations.csv', 2, 'agency_id', 'error'],
      ['observations.csv', 3, 'year', 'warning'],
      ['reports.csv', 3, 'agency_id', 'error'],
    ]);
  });

  it('checks references against a context when a table is not among the inputs, and says so when it cannot', () => {
    const base = miniDataset();
    const obsText = [
      OBS_HEADER,
      'n1,r-bs,sh-baoshan-justice,2024,review.contracts,12,件,exact,false,,,,,,achievements,,,,,imported,,',
    ].join('\n');
    const withContext = parseDatasetTables([{ fileName: 'o.csv', table: 'observations', text: obsText }], {
      context: base,
    });
    expect(withContext.errors).toEqual([]);
    expect(withContext.dataset.observations).toHaveLength(1);
    const without = parseDatasetTables([{ fileName: 'o.csv', table: 'observations', text: obsText }]);
    expect(without.dataset.observations).toHaveLength(1);
    expect(without.errors.map((e) => [e.file, e.severity, e.key])).toEqual([
      ['agencies.csv', 'warning', 'data.issue.noAgenciesTable'],
      ['reports.csv', 'warning', 'data.issue.noReportsTable'],
    ]);
  });

  it('reads what serializeDatasetCsv writes for the mini dataset, without issues', () => {
    const ds = miniDataset();
    const files = serializeDatasetCsv(ds);
    const back = parseDatasetTables(
      (['indicators', 'agencies', 'reports', 'observations'] as const).map((table) => ({
        fileName: `${table}.csv`,
        table,
        text: files[table],
      })),
      { meta: ds.meta },
    );
    expect(back.errors).toEqual([]);
    expect(back.dataset).toEqual(ds);
  });

  it.each([
    ['observations.csv', 'observations'],
    ['data/agencies.csv', 'agencies'],
    ['C:\\x\\Reports.CSV', 'reports'],
    ['indicators.json', 'indicators'],
    ['notes.csv', null],
  ])('tableForFileName(%s) → %s', (name, table) => {
    expect(tableForFileName(name)).toBe(table);
  });
});

describe('parseDatasetJson', () => {
  it('validates items like rows, numbering them from 1, accepting typed values and CSV-style strings', () => {
    const json = {
      meta: { source: 'my-upload', extractedAt: '2025-02-01' },
      agencies: [
        { agency_id: 'a1', name_zh: '甲', region: '上海市', agency_type: 'district_gov', origin: 'imported' },
        { agency_id: 'a2', name_zh: '乙', region: '上海市', agency_type: 'district_gov', origin: 'nope' },
        'not an object',
      ],
      reports: [
        {
          report_id: 'r1',
          agency_id: 'a1',
          file: 'r1.txt',
          year: '2024',
          achievements: true,
          shortcomings: 'yes',
          first_responsible_duties: 1,
          next_year_plan: false,
          origin: 'imported',
          extra: 1,
        },
      ],
      observations: [
        {
          obs_id: 'o1',
          report_id: 'r1',
          agency_id: 'a1',
          year: 2024,
          indicator: 'review.contracts',
          value: 350,
          unit: '件',
          qualifier: 'more_than',
          derived: false,
          section: 'achievements',
          origin: 'imported',
          inputs: ['x', 'y'],
        },
      ],
      bogus: [],
    };
    const { dataset, errors } = parseDatasetJson(JSON.stringify(json), 'upload.json');
    expect(dataset.agencies.map((a) => a.id)).toEqual(['a1']);
    expect(dataset.reports[0]!.sections).toEqual({
      achievements: true,
      shortcomings: true,
      first_responsible_duties: true,
      next_year_plan: false,
    });
    expect(dataset.observations[0]!.inputs).toEqual(['x', 'y']);
    expect(dataset.meta).toMatchObject({ source: 'my-upload', extractedAt: '2025-02-01' });
    expect(errors.map((e) => [e.line, e.lineKind, e.column, e.severity, e.table, e.key, e.params])).toEqual([
      [0, 'item', 'bogus', 'warning', undefined, 'data.issue.unknownKeys', { names: 'bogus' }],
      [3, 'item', null, 'error', 'agencies', 'data.issue.itemNotObject', {}],
      [
        2,
        'item',
        'origin',
        'error',
        'agencies',
        'data.issue.cellNotInValues',
        { value: 'nope', values: 'extracted, derived, manual, imported, synthetic' },
      ],
      [0, 'item', 'extra', 'warning', 'reports', 'data.issue.unknownColumns', { count: 1, names: 'extra' }],
    ]);
    // One JSON file holds every table: the English text names the one concerned.
    expect(errors.map((e) => e.message)).toEqual([
      'unknown keys ignored: bogus',
      'agencies: item is not an object; dropped',
      'agencies: "nope" is not one of extracted, derived, manual, imported, synthetic; row dropped',
      'reports: 1 unknown column ignored: extra',
    ]);
  });

  it('reports a syntax error with its line', () => {
    const { dataset, errors } = parseDatasetJson('{\n "agencies": [\n  {,}\n ]\n}', 'bad.json');
    expect(dataset.agencies).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'bad.json',
      line: 3,
      severity: 'error',
      key: 'data.issue.jsonInvalid',
    });
  });

  it('rejects a top level that is not an object', () => {
    expect(parseDatasetJson([], 'x.json').errors[0]!.key).toBe('data.issue.jsonNotObject');
  });
});
