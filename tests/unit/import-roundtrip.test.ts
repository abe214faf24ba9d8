// Property: whatever a person decides in the review (accept, reject, correct with any finite value
// and qualifier, move a report to another agency or year), the dataset the dashboard then shows
// exports to CSV or JSON and reads back through the import with no loss and no issue — imported,
// manual and derived origins and originalValue included — in every encoding a spreadsheet saves.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsvFiles, exportJsonFile } from '../../src/data/exportDataset.ts';
import { importDatasetFiles } from '../../src/data/importDatasetFiles.ts';
import { EMPTY_USER_LAYER, type UserLayer, userDatasetLayers } from '../../src/data/importLayer.ts';
import { mergeDatasets } from '../../src/data/mergeDatasets.ts';
import { type ExtractedReportInput, type ReviewAction, reviewReducer } from '../../src/data/reviewState.ts';
import { type Dataset, QUALIFIERS } from '../../src/domain/types.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';
import { extracted, JINCHUAN_TEXT, QINGPU_TEXT } from './helpers/importFixtures.ts';

fc.configureGlobal({ seed: 42, numRuns: 120 });

const base = miniDataset();
const known = { agencies: base.agencies, reports: base.reports };
let inputs: ExtractedReportInput[] = [];

beforeAll(async () => {
  inputs = [await extracted('金川区2023.txt', JINCHUAN_TEXT), await extracted('r-bs.txt', QINGPU_TEXT)];
});

const decision = fc.oneof(
  fc.constant({ kind: 'pending' as const }),
  fc.constant({ kind: 'accepted' as const }),
  fc.constant({ kind: 'rejected' as const }),
  fc.record({
    kind: fc.constant('corrected' as const),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    qualifier: fc.constantFrom(...QUALIFIERS),
  }),
);

const edit = fc.record({
  agencyName: fc.option(
    fc.constantFrom('宝山区司法局', '金川区市场监管局', '长宁区', '=HYPERLINK("x")', '某县,某局'),
    {
      nil: undefined,
    },
  ),
  region: fc.option(fc.constantFrom('上海市', '甘肃省', '+区域', ''), { nil: undefined }),
  year: fc.option(fc.integer({ min: 1900, max: 3100 }), { nil: undefined }),
});

type Decision = typeof decision extends fc.Arbitrary<infer D> ? D : never;
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function layerFrom(decisions: Decision[], edits: Edit[]): UserLayer {
  let layer = reviewReducer(EMPTY_USER_LAYER, { type: 'addReports', reports: inputs, known });
  let k = 0;
  layer.reports.forEach((r, ri) => {
    const actions: ReviewAction[] = [];
    for (const o of r.extracted) {
      const d = decisions[k++ % decisions.length]!;
      const reportId = r.report.id;
      if (d.kind === 'corrected') {
        actions.push({
          type: 'correct',
          reportId,
          observationId: o.id,
          value: d.value,
          qualifier: d.qualifier,
        });
      } else {
        actions.push({ type: 'decide', reportId, observationIds: [o.id], status: d.kind });
      }
    }
    const e = edits[ri % edits.length]!;
    actions.push({ type: 'editReport', reportId: r.report.id, changes: e, known });
    layer = actions.reduce(reviewReducer, layer);
  });
  return layer;
}

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gbk-crlf';

function encode(text: string, encoding: Encoding): Uint8Array {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  switch (encoding) {
    case 'utf-8':
      return encodeUtf8(body);
    case 'utf-8-bom':
      return encodeUtf8(body, true);
    case 'utf-16le':
      return encodeUtf16(body, 'le');
    case 'gbk-crlf':
      // A spreadsheet on Chinese Windows: GBK and CRLF row ends (no cell here holds a line break).
      return encodeGbk(body.replaceAll('\n', '\r\n'));
  }
}

function tablesOf(ds: Dataset) {
  return {
    indicators: ds.indicators,
    agencies: ds.agencies,
    reports: ds.reports,
    observations: ds.observations,
  };
}

const arbitrary = fc.tuple(
  fc.array(decision, { minLength: 1, maxLength: 12 }),
  fc.array(edit, { minLength: 1, maxLength: 2 }),
  fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'gbk-crlf'),
);

describe('export → import round trip of the reviewed dataset (fast-check, seed 42)', () => {
  it('CSV files (one per table)', () => {
    fc.assert(
      fc.property(arbitrary, ([decisions, edits, encoding]) => {
        const merged = mergeDatasets(base, ...userDatasetLayers(layerFrom(decisions, edits)));
        const files = Object.values(exportCsvFiles(merged)).map((f) => ({
          name: f.name,
          bytes: encode(f.text, encoding),
        }));
        const back = importDatasetFiles(files, { indicators: [], agencies: [], reports: [] });
        expect(back.issues).toEqual([]);
        expect(back.tables).toEqual(tablesOf(merged));
      }),
    );
  });

  it('one JSON file', () => {
    fc.assert(
      fc.property(arbitrary, ([decisions, edits, encoding]) => {
        const merged = mergeDatasets(base, ...userDatasetLayers(layerFrom(decisions, edits)));
        const json = exportJsonFile(merged);
        const back = importDatasetFiles(
          [{ name: json.name, bytes: encode(json.text, encoding === 'gbk-crlf' ? 'utf-8' : encoding) }],
          { indicators: [], agencies: [], reports: [] },
        );
        expect(back.issues).toEqual([]);
        expect(back.tables).toEqual(tablesOf(merged));
      }),
    );
  });

  it('covers what it claims: imported, manual and derived values with originalValue occur', () => {
    const origins = new Set<string>();
    let withOriginal = 0;
    fc.assert(
      fc.property(arbitrary, ([decisions, edits]) => {
        const merged = mergeDatasets(base, ...userDatasetLayers(layerFrom(decisions, edits)));
        for (const o of merged.observations) {
          origins.add(o.origin);
          if (o.originalValue !== null) withOriginal++;
        }
      }),
    );
    expect([...origins].sort()).toEqual(['derived', 'extracted', 'imported', 'manual']);
    expect(withOriginal).toBeGreaterThan(0);
  });
});
