// Property: any valid dataset → CSV (or JSON) → parse → the same dataset, with no issues. Strings
// include spreadsheet formula starts (= + - @ '), commas, quotes, line breaks and Chinese.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson, parseDatasetTables } from '../../src/data/parseDatasetTables.ts';
import { serializeDatasetCsv, serializeDatasetJson } from '../../src/data/serializeDataset.ts';
import { TABLE_NAMES } from '../../src/data/tableRows.ts';
import {
  type Agency,
  type Dataset,
  type Indicator,
  type Observation,
  ORIGINS,
  QUALIFIERS,
  type Report,
  SECTIONS_OR_OTHER,
} from '../../src/domain/types.ts';

fc.configureGlobal({ seed: 42, numRuns: 150 });

const tricky = fc.constantFrom(
  '=SUM(A1:A2)',
  '+1',
  '-1',
  '-5.5',
  '@cmd',
  "'quoted",
  "''=x",
  "'-5",
  'a,b',
  'say "hi"',
  'line\nbreak',
  'crlf\r\nline',
  '\rcr',
  '\tTab',
  '宝山区司法局',
  '受理行政复议申请932件，同比下降3.2%',
  '  spaces  ',
  '1e5',
  '',
);
const text = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.tuple(tricky, fc.string({ unit: 'grapheme', maxLength: 6 }), tricky).map((p) => p.join('')),
);
const required = text.filter((s) => s.trim() !== '');
const nullable = fc.option(
  text.filter((s) => s !== ''),
  { nil: null },
);
const id = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
  .filter((s) => s.trim() !== '' && !s.includes('|'));
const list = fc.array(id, { maxLength: 3 });
const num = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
const origin = fc.constantFrom(...ORIGINS);

const indicator: fc.Arbitrary<Indicator> = fc.record({
  id,
  category: required,
  nameZh: required,
  nameEn: required,
  unit: required,
  altUnits: list,
  comparableUnits: list,
  kind: fc.constantFrom('count' as const, 'rate' as const, 'duration' as const),
  better: fc.constantFrom('higher' as const, 'lower' as const, 'neutral' as const),
  core: fc.boolean(),
  definitionEn: required,
  definitionZh: required,
});

const agency: fc.Arbitrary<Agency> = fc.record({
  id,
  nameZh: required,
  nameEn: text,
  region: required,
  district: text,
  type: required,
  origin,
});

const reportPart = fc.record({
  id,
  agencyIndex: fc.nat(),
  file: required,
  title: text,
  agencyText: text,
  year: fc.integer({ min: 1949, max: 3000 }),
  published: nullable,
  issuer: text,
  sections: fc.record({
    achievements: fc.boolean(),
    shortcomings: fc.boolean(),
    first_responsible_duties: fc.boolean(),
    next_year_plan: fc.boolean(),
  }),
  chars: fc.nat(),
  origin,
});

const observationPart = fc.record({
  id,
  reportIndex: fc.nat(),
  indicatorIndex: fc.nat(),
  value: num,
  unit: required,
  qualifier: fc.constantFrom(...QUALIFIERS),
  derived: fc.boolean(),
  text,
  start: fc.nat(),
  end: fc.nat(),
  evidence: text,
  evidenceStart: fc.nat(),
  section: fc.constantFrom(...SECTIONS_OR_OTHER),
  scope: nullable,
  yoyPct: fc.option(num, { nil: null }),
  yoyPoints: fc.option(num, { nil: null }),
  confidence: num,
  origin,
  inputs: list,
  originalValue: fc.option(num, { nil: null }),
  alternatives: fc.array(
    fc
      .record({
        value: num,
        unit: required,
        qualifier: fc.constantFrom(...QUALIFIERS),
        text,
        start: fc.nat(),
        length: fc.nat(),
      })
      .map(({ length, ...a }) => ({ ...a, end: a.start + length })),
    { maxLength: 3 },
  ),
});

const META: Dataset['meta'] = {
  source: 'imported',
  synthetic: false,
  extractedAt: null,
  extractorVersion: null,
};

const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    indicators: fc.uniqueArray(indicator, { selector: (i) => i.id, minLength: 1, maxLength: 4 }),
    agencies: fc.uniqueArray(agency, { selector: (a) => a.id, minLength: 1, maxLength: 4 }),
    reports: fc.uniqueArray(reportPart, { selector: (r) => r.id, maxLength: 4 }),
    observations: fc.uniqueArray(observationPart, { selector: (o) => o.id, maxLength: 6 }),
  })
  .map(({ indicators, agencies, reports: parts, observations: obsParts }) => {
    const reports: Report[] = parts.map(({ agencyIndex, ...r }) => ({
      ...r,
      agencyId: agencies[agencyIndex % agencies.length]!.id,
    }));
    const observations: Observation[] =
      reports.length === 0
        ? []
        : obsParts.map(({ reportIndex, indicatorIndex, ...o }) => {
            const r = reports[reportIndex % reports.length]!;
            return {
              ...o,
              reportId: r.id,
              agencyId: r.agencyId,
              year: r.year,
              indicator: indicators[indicatorIndex % indicators.length]!.id,
            };
          });
    return { indicators, agencies, reports, observations, meta: META };
  });

describe('dataset round trip (fast-check, seed 42)', () => {
  it('CSV: serializeDatasetCsv → parseDatasetTables gives the same dataset and no issues', () => {
    fc.assert(
      fc.property(dataset, (ds) => {
        const files = serializeDatasetCsv(ds);
        const back = parseDatasetTables(
          TABLE_NAMES.map((table) => ({ fileName: `${table}.csv`, table, text: files[table] })),
          { meta: META },
        );
        expect(back.errors).toEqual([]);
        expect(back.dataset).toEqual(ds);
      }),
    );
  });

  it('JSON: serializeDatasetJson → parseDatasetJson gives the same dataset and no issues', () => {
    fc.assert(
      fc.property(dataset, (ds) => {
        const back = parseDatasetJson(serializeDatasetJson(ds), 'dataset.json');
        expect(back.errors).toEqual([]);
        expect(back.dataset).toEqual(ds);
      }),
    );
  });

  it('CSV files use LF, schema column order, "|" lists, true/false, empty for null', () => {
    const files = serializeDatasetCsv({
      indicators: [],
      agencies: [],
      reports: [],
      observations: [
        {
          id: 'o1',
          reportId: 'r1',
          agencyId: 'a1',
          year: 2024,
          indicator: 'mediation.success_rate',
          value: 85.81,
          unit: '%',
          qualifier: 'exact',
          derived: true,
          text: '=1+1',
          start: 0,
          end: 0,
          evidence: '调解成功率, "约"85.81%\n下一句',
          evidenceStart: 0,
          section: 'achievements',
          scope: null,
          yoyPct: -1.5,
          yoyPoints: null,
          confidence: 0.8,
          origin: 'derived',
          inputs: ['o2', 'o3'],
          originalValue: null,
          alternatives: [
            { value: 8, unit: '个', qualifier: 'more_than', text: '=8个, "余"', start: 3, end: 7 },
          ],
        },
      ],
      meta: META,
    });
    expect(files.observations).toBe(
      'obs_id,report_id,agency_id,year,indicator,value,unit,qualifier,derived,text,start,end,evidence,evidence_start,section,scope,yoy_pct,yoy_points,confidence,origin,inputs,original_value,alternatives\n' +
        'o1,r1,a1,2024,mediation.success_rate,85.81,%,exact,true,\'=1+1,0,0,"调解成功率, ""约""85.81%\n下一句",0,achievements,,-1.5,,0.8,derived,o2|o3,,' +
        '"[{""value"":8,""unit"":""个"",""qualifier"":""more_than"",""text"":""=8个, \\""余\\"""",""start"":3,""end"":7}]"\n',
    );
    expect(files.agencies).toBe('agency_id,name_zh,name_en,region,district,agency_type,origin\n');
  });
});
