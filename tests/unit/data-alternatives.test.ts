// The observations column `alternatives` holds a list of objects with free text inside, so a CSV
// cell holds it as JSON; a bad cell is refused with file, line and column, and the other rows stay.
import { describe, expect, it } from 'vitest';
import { parseDatasetJson, parseDatasetTables } from '../../src/data/parseDatasetTables.ts';
import { serializeDatasetCsv } from '../../src/data/serializeDataset.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';

const AGENCIES =
  'agency_id,name_zh,name_en,region,district,agency_type,origin\na1,某区司法局,,上海市,某区,justice_bureau,extracted';
const REPORTS =
  'report_id,agency_id,file,title,agency_text,year,published,issuer,achievements,shortcomings,first_responsible_duties,next_year_plan,chars,origin\n' +
  'r1,a1,r1.txt,报告,某区司法局,2024,,,yes,yes,yes,yes,500,extracted';
const HEADER =
  'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,section,origin,alternatives';

// A CSV cell: quotes doubled, the whole cell quoted.
const cell = (json: string) => `"${json.replaceAll('"', '""')}"`;
const row = (id: string, alternatives: string) =>
  `${id},r1,a1,2024,training.sessions,6,场,exact,false,achievements,extracted,${alternatives}`;

// Errors only: the optional columns left out of HEADER each give a warning.
function parse(...rows: string[]) {
  const { dataset, errors } = parseDatasetTables([
    { fileName: 'agencies.csv', table: 'agencies', text: AGENCIES },
    { fileName: 'reports.csv', table: 'reports', text: REPORTS },
    { fileName: 'observations.csv', table: 'observations', text: [HEADER, ...rows].join('\n') },
  ]);
  return { dataset, errors: errors.filter((e) => e.severity === 'error') };
}

describe('observations.csv: alternatives', () => {
  it('reads a JSON list, with commas and quotes inside the words, and an empty cell as none', () => {
    const json =
      '[{"value":3,"unit":"期","qualifier":"more_than","text":"3期余, \\"班\\"","start":557,"end":559}]';
    const { dataset, errors } = parse(row('o1', cell(json)), row('o2', ''), row('o3', '[]'));
    expect(errors).toEqual([]);
    expect(dataset.observations.map((o) => o.alternatives)).toEqual([
      [{ value: 3, unit: '期', qualifier: 'more_than', text: '3期余, "班"', start: 557, end: 559 }],
      [],
      [],
    ]);
  });

  it.each([
    ['not JSON', '8个|3期', 'expected a JSON list of alternatives'],
    ['not a list', cell('{"value":8}'), 'expected a JSON list of alternatives'],
    [
      'a value that is text',
      cell('[{"value":"8","unit":"个","qualifier":"exact","text":"8个","start":1,"end":3}]'),
      'alternative 1 has an invalid "value"',
    ],
    [
      'an unknown qualifier',
      cell('[{"value":8,"unit":"个","qualifier":"roughly","text":"8个","start":1,"end":3}]'),
      'alternative 1 has an invalid "qualifier"',
    ],
    [
      'end before start',
      cell('[{"value":8,"unit":"个","qualifier":"exact","text":"8个","start":5,"end":3}]'),
      'alternative 1 has an invalid "start/end"',
    ],
  ])(
    '%s: the row is refused naming file, line and column; the good row beside it is kept',
    (_, bad, message) => {
      const { dataset, errors } = parse(row('good', ''), row('bad', bad));
      expect(dataset.observations.map((o) => o.id)).toEqual(['good']);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        file: 'observations.csv',
        line: 3,
        column: 'alternatives',
        severity: 'error',
      });
      expect(errors[0]!.message).toContain(message);
    },
  );

  it('a JSON dataset holds the list itself, checked the same way', () => {
    const observation = (id: string, alternatives: unknown) => ({
      obs_id: id,
      report_id: 'r1',
      agency_id: 'a1',
      year: 2024,
      indicator: 'training.sessions',
      value: 6,
      unit: '场',
      qualifier: 'exact',
      derived: false,
      section: 'achievements',
      origin: 'imported',
      alternatives,
    });
    const alt = { value: 3, unit: '期', qualifier: 'exact', text: '3期', start: 10, end: 12 };
    const json = {
      agencies: [
        {
          agency_id: 'a1',
          name_zh: '某区司法局',
          region: '上海市',
          agency_type: 'justice_bureau',
          origin: 'imported',
        },
      ],
      reports: [
        {
          report_id: 'r1',
          agency_id: 'a1',
          file: 'r1.txt',
          year: 2024,
          achievements: true,
          shortcomings: true,
          first_responsible_duties: true,
          next_year_plan: true,
          origin: 'imported',
        },
      ],
      observations: [observation('o1', [alt]), observation('o2', [{ ...alt, unit: 7 }])],
    };
    const { dataset, errors } = parseDatasetJson(JSON.stringify(json), 'upload.json');
    expect(dataset.observations.map((o) => [o.id, o.alternatives])).toEqual([['o1', [alt]]]);
    expect(errors.map((e) => [e.line, e.column, e.severity])).toEqual([[2, 'alternatives', 'error']]);
    expect(errors[0]!.message).toContain('alternative 1 has an invalid "unit"');
  });

  it('what the writer writes, the reader reads back', () => {
    const mini = miniDataset();
    const alternatives = [
      { value: 8, unit: '个', qualifier: 'exact' as const, text: '=8个,"x"\n', start: 0, end: 2 },
    ];
    const [first, ...rest] = mini.observations;
    const files = serializeDatasetCsv({ ...mini, observations: [{ ...first!, alternatives }, ...rest] });
    const back = parseDatasetTables([
      { fileName: 'indicators.csv', table: 'indicators', text: files.indicators },
      { fileName: 'agencies.csv', table: 'agencies', text: files.agencies },
      { fileName: 'reports.csv', table: 'reports', text: files.reports },
      { fileName: 'observations.csv', table: 'observations', text: files.observations },
    ]);
    expect(back.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(back.dataset.observations[0]!.alternatives).toEqual(alternatives);
  });
});
