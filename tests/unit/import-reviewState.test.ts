// The review reducer and the layer it builds: pending and rejected values stay out of the
// dataset, accepted ones enter marked imported, corrections are manual and keep the original,
// agencies are matched or created, and everything merges onto the bundled dataset.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_USER_LAYER,
  type ImportedDatasetBatch,
  reviewCounts,
  reviewedObservations,
  type UserLayer,
  userDatasetLayers,
} from '../../src/data/importLayer.ts';
import { mergeDatasets } from '../../src/data/mergeDatasets.ts';
import { type ReviewAction, reviewReducer } from '../../src/data/reviewState.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';
import { extracted, JINCHUAN_TEXT, NO_KNOWN, QINGPU_TEXT } from './helpers/importFixtures.ts';

const base = miniDataset();
const known = { agencies: base.agencies, reports: base.reports };

function run(layer: UserLayer, ...actions: ReviewAction[]): UserLayer {
  return actions.reduce(reviewReducer, layer);
}

async function withJinchuan(): Promise<UserLayer> {
  return run(EMPTY_USER_LAYER, {
    type: 'addReports',
    reports: [await extracted('金川区2023.txt', JINCHUAN_TEXT)],
    known,
  });
}

describe('adding extracted reports', () => {
  it('creates a new agency with facts guessed from the text, and leaves every value pending', async () => {
    const layer = await withJinchuan();
    expect(layer.agencies).toEqual([
      expect.objectContaining({
        nameZh: '金川区市场监督管理局',
        district: '金川区',
        type: 'functional_dept',
        origin: 'imported',
      }),
    ]);
    const [r] = layer.reports;
    expect(r!.report.agencyId).toBe(layer.agencies[0]!.id);
    expect(r!.extracted.every((o) => o.agencyId === layer.agencies[0]!.id)).toBe(true);
    expect(reviewCounts(r!)).toEqual({ total: 7, pending: 7, accepted: 0, rejected: 0, corrected: 0 });
    expect(reviewedObservations(r!)).toEqual([]);
  });

  it('links a report to a known agency by name', async () => {
    const layer = run(EMPTY_USER_LAYER, {
      type: 'addReports',
      reports: [
        await extracted('bs.txt', '宝山区司法局2024年度法治政府建设情况报告\n全年审核规范性文件30件。'),
      ],
      known,
    });
    expect(layer.agencies).toEqual([]);
    expect(layer.reports[0]!.report.agencyId).toBe('sh-baoshan-justice');
  });

  it('shares one new agency between two reports of it, and replaces a re-imported file in place', async () => {
    const a = await extracted('青浦1.txt', QINGPU_TEXT);
    const b = await extracted('青浦2.txt', QINGPU_TEXT.replace('30件', '31件'));
    let layer = run(EMPTY_USER_LAYER, { type: 'addReports', reports: [a, b], known });
    expect(layer.agencies).toHaveLength(1);
    expect(new Set(layer.reports.map((r) => r.report.agencyId)).size).toBe(1);
    layer = run(layer, { type: 'decide', reportId: '青浦1', status: 'accepted' });
    const again = await extracted('青浦1.txt', QINGPU_TEXT.replace('30件', '32件'));
    layer = run(layer, { type: 'addReports', reports: [again], known });
    expect(layer.reports.map((r) => r.report.id)).toEqual(['青浦1', '青浦2']);
    expect(layer.reports[0]!.decisions).toEqual({});
    expect(layer.reports[0]!.extracted.map((o) => o.value)).toContain(32);
  });

  it('gives a different file with the same name stem its own id, renaming value ids and inputs', async () => {
    const txt = await extracted('报告.txt', JINCHUAN_TEXT);
    const html = await extracted('报告.html', `<p>${JINCHUAN_TEXT.replaceAll('\n', '</p><p>')}</p>`);
    const layer = run(EMPTY_USER_LAYER, { type: 'addReports', reports: [txt, html], known: NO_KNOWN });
    expect(layer.reports.map((r) => r.report.id)).toEqual(['报告', '报告-2']);
    const second = layer.reports[1]!;
    expect(second.extracted.every((o) => o.id.startsWith('报告-2#') && o.reportId === '报告-2')).toBe(true);
    const derived = second.extracted.find((o) => o.derived)!;
    expect(derived.inputs.every((i) => i.startsWith('报告-2#'))).toBe(true);
  });

  it('falls back to the year before the import when the text names none, and to the file name for the agency', async () => {
    const r = await extracted('无标题.txt', '全年审核规范性文件9件。', '2025-03-01T00:00:00Z');
    const layer = run(EMPTY_USER_LAYER, { type: 'addReports', reports: [r], known: NO_KNOWN });
    expect(layer.reports[0]!.report.year).toBe(2024);
    expect(layer.agencies[0]!.nameZh).toBe('无标题');
  });
});

describe('review decisions', () => {
  it('accepts, rejects and resets values; only accepted ones enter the dataset, marked imported', async () => {
    let layer = await withJinchuan();
    const ids = layer.reports[0]!.extracted.map((o) => o.id);
    layer = run(
      layer,
      { type: 'decide', reportId: '金川区2023', observationIds: [ids[0]!, ids[1]!], status: 'accepted' },
      { type: 'decide', reportId: '金川区2023', observationIds: [ids[2]!], status: 'rejected' },
      { type: 'decide', reportId: '金川区2023', observationIds: [ids[1]!], status: 'pending' },
    );
    const r = layer.reports[0]!;
    expect(reviewCounts(r)).toMatchObject({ accepted: 1, rejected: 1, pending: 5 });
    expect(reviewedObservations(r).map((o) => [o.id, o.origin])).toEqual([[ids[0], 'imported']]);
  });

  it('"accept the rest" keeps rejections; derived values stay marked derived', async () => {
    let layer = await withJinchuan();
    const first = layer.reports[0]!.extracted[0]!.id;
    layer = run(
      layer,
      { type: 'decide', reportId: '金川区2023', observationIds: [first], status: 'rejected' },
      { type: 'decide', reportId: '金川区2023', status: 'accepted', onlyPending: true },
    );
    const values = reviewedObservations(layer.reports[0]!);
    expect(values).toHaveLength(6);
    expect(values.find((o) => o.derived)?.origin).toBe('derived');
  });

  it('a correction is manual and keeps the extracted value; restoring it is an acceptance', async () => {
    let layer = await withJinchuan();
    const o = layer.reports[0]!.extracted.find((x) => x.indicator === 'training.participants')!;
    layer = run(layer, {
      type: 'correct',
      reportId: '金川区2023',
      observationId: o.id,
      value: 565,
      qualifier: 'exact',
    });
    expect(reviewedObservations(layer.reports[0]!)[0]).toMatchObject({
      id: o.id,
      value: 565,
      qualifier: 'exact',
      origin: 'manual',
      originalValue: 560,
      evidence: o.evidence,
    });
    layer = run(layer, {
      type: 'correct',
      reportId: '金川区2023',
      observationId: o.id,
      value: 560,
      qualifier: 'more_than',
    });
    expect(layer.reports[0]!.decisions[o.id]).toEqual({ status: 'accepted' });
  });

  it('ignores unknown reports, unknown values and non-finite corrections', async () => {
    const layer = await withJinchuan();
    const o = layer.reports[0]!.extracted[0]!;
    expect(run(layer, { type: 'decide', reportId: 'nope', status: 'accepted' })).toBe(layer);
    expect(
      run(layer, {
        type: 'correct',
        reportId: '金川区2023',
        observationId: o.id,
        value: Number.NaN,
        qualifier: 'exact',
      }),
    ).toBe(layer);
    const same = run(layer, {
      type: 'decide',
      reportId: '金川区2023',
      observationIds: ['x#9'],
      status: 'accepted',
    });
    expect(same.reports[0]!.decisions).toEqual({});
  });
});

describe('editing the report facts', () => {
  it('renames a new agency in place and keeps its id', async () => {
    let layer = await withJinchuan();
    const id = layer.agencies[0]!.id;
    layer = run(layer, {
      type: 'editReport',
      reportId: '金川区2023',
      changes: {
        agencyName: '金川区市场监管局',
        region: '甘肃省',
        district: '金川区',
        agencyType: 'functional_dept',
        year: 2024,
      },
      known,
    });
    expect(layer.agencies).toEqual([
      expect.objectContaining({ id, nameZh: '金川区市场监管局', region: '甘肃省', origin: 'imported' }),
    ]);
    expect(layer.reports[0]!.report.year).toBe(2024);
    layer = run(layer, { type: 'decide', reportId: '金川区2023', status: 'accepted' });
    expect(reviewedObservations(layer.reports[0]!).every((o) => o.year === 2024 && o.agencyId === id)).toBe(
      true,
    );
  });

  it('links to a known agency when given its name, dropping the unused new one', async () => {
    let layer = await withJinchuan();
    layer = run(layer, {
      type: 'editReport',
      reportId: '金川区2023',
      changes: { agencyName: '宝山区司法局' },
      known,
    });
    expect(layer.agencies).toEqual([]);
    expect(layer.reports[0]!.report.agencyId).toBe('sh-baoshan-justice');
    expect(layer.reports[0]!.extracted.every((o) => o.agencyId === 'sh-baoshan-justice')).toBe(true);
  });

  it('a bundled agency corrected by hand becomes a manual override; the bundled record is not touched', async () => {
    let layer = run(EMPTY_USER_LAYER, {
      type: 'addReports',
      reports: [
        await extracted('bs.txt', '宝山区司法局2024年度法治政府建设情况报告\n全年审核规范性文件30件。'),
      ],
      known,
    });
    layer = run(layer, { type: 'editReport', reportId: 'bs', changes: { district: '宝山区（试）' }, known });
    expect(layer.agencies).toEqual([
      expect.objectContaining({ id: 'sh-baoshan-justice', district: '宝山区（试）', origin: 'manual' }),
    ]);
    const merged = mergeDatasets(base, ...userDatasetLayers(layer));
    expect(merged.agencies.find((a) => a.id === 'sh-baoshan-justice')?.origin).toBe('manual');
    expect(base.agencies.find((a) => a.id === 'sh-baoshan-justice')?.district).toBe('宝山区');
  });

  it('creates a new agency when a shared one is renamed, and refuses impossible years', async () => {
    const a = await extracted('青浦1.txt', QINGPU_TEXT);
    const b = await extracted('青浦2.txt', QINGPU_TEXT);
    let layer = run(EMPTY_USER_LAYER, { type: 'addReports', reports: [a, b], known });
    layer = run(layer, {
      type: 'editReport',
      reportId: '青浦2',
      changes: { agencyName: '青浦区城管执法局', year: 1800 },
      known,
    });
    expect(layer.agencies.map((x) => x.nameZh).sort()).toEqual(['青浦区司法局', '青浦区城管执法局'].sort());
    expect(layer.reports[1]!.report.year).toBe(2024);
  });
});

describe('layers onto the bundled dataset', () => {
  it('merges dataset-file batches first, then reviewed reports; removing and reset empty it again', async () => {
    let layer = await withJinchuan();
    const batch: ImportedDatasetBatch = {
      id: 'b1',
      files: ['agencies.csv'],
      importedAt: '2025-04-02T00:00:00Z',
      tables: { agencies: [{ ...base.agencies[0]!, nameEn: 'renamed by a file' }] },
      issues: [],
    };
    layer = run(
      layer,
      { type: 'addDatasetBatch', batch },
      { type: 'decide', reportId: '金川区2023', status: 'accepted' },
    );
    const merged = mergeDatasets(base, ...userDatasetLayers(layer));
    expect(merged.agencies[0]!.nameEn).toBe('renamed by a file');
    expect(merged.reports.at(-1)).toMatchObject({ id: '金川区2023', origin: 'imported' });
    expect(merged.observations.filter((o) => o.reportId === '金川区2023')).toHaveLength(7);
    expect(merged.agencies.map((a) => a.id)).toContain(layer.agencies[0]!.id);

    layer = run(
      layer,
      { type: 'removeReport', reportId: '金川区2023' },
      { type: 'removeDatasetBatch', id: 'b1' },
    );
    expect(layer).toEqual(EMPTY_USER_LAYER);
    expect(run(await withJinchuan(), { type: 'reset' })).toBe(EMPTY_USER_LAYER);
  });

  it('a re-imported bundled report replaces the bundled values only by those accepted', async () => {
    const text = '宝山区司法局2024年度法治政府建设情况报告\n全年审核规范性文件30件，组织法治培训4场。';
    let layer = run(EMPTY_USER_LAYER, {
      type: 'addReports',
      reports: [await extracted('r-bs.txt', text)],
      known,
    });
    expect(layer.reports[0]!.report.agencyId).toBe('sh-baoshan-justice');
    const ids = layer.reports[0]!.extracted.map((o) => o.id);
    layer = run(layer, { type: 'decide', reportId: 'r-bs', observationIds: [ids[0]!], status: 'accepted' });
    const merged = mergeDatasets(base, ...userDatasetLayers(layer));
    expect(merged.observations.filter((o) => o.reportId === 'r-bs').map((o) => [o.value, o.origin])).toEqual([
      [30, 'imported'],
    ]);
    expect(merged.reports.find((r) => r.id === 'r-bs')?.origin).toBe('imported');
  });
});

describe('when a report enters the views', () => {
  it('a report nobody has reviewed yet changes nothing: bundled values of the same report stay', async () => {
    const text = '宝山区司法局2024年度法治政府建设情况报告\n全年审核规范性文件30件，组织法治培训4场。';
    let layer = run(
      EMPTY_USER_LAYER,
      { type: 'addReports', reports: [await extracted('r-bs.txt', text)], known },
      { type: 'addReports', reports: [await extracted('金川区2023.txt', JINCHUAN_TEXT)], known },
    );
    expect(mergeDatasets(base, ...userDatasetLayers(layer))).toEqual(base);

    // The first decision brings the report in: its reviewed values replace the bundled ones.
    const first = layer.reports[0]!.extracted[0]!.id;
    layer = run(layer, { type: 'decide', reportId: 'r-bs', observationIds: [first], status: 'rejected' });
    const merged = mergeDatasets(base, ...userDatasetLayers(layer));
    expect(merged.reports.find((r) => r.id === 'r-bs')?.origin).toBe('imported');
    expect(merged.observations.filter((o) => o.reportId === 'r-bs')).toEqual([]);
    // The new agency of the unreviewed report is still not listed.
    expect(merged.agencies).toHaveLength(base.agencies.length);
  });

  it('a hand correction of a known agency shows at once', async () => {
    let layer = run(EMPTY_USER_LAYER, {
      type: 'addReports',
      reports: [
        await extracted('bs.txt', '宝山区司法局2024年度法治政府建设情况报告\n全年审核规范性文件30件。'),
      ],
      known,
    });
    layer = run(layer, {
      type: 'editReport',
      reportId: 'bs',
      changes: { agencyType: 'district_gov' },
      known,
    });
    const merged = mergeDatasets(base, ...userDatasetLayers(layer));
    expect(merged.agencies.find((a) => a.id === 'sh-baoshan-justice')).toMatchObject({
      type: 'district_gov',
      origin: 'manual',
    });
    expect(merged.reports).toEqual(base.reports);
  });
});
