// "未报告" only when true: an imported report nobody has read through yet leaves what it lacks
// "not found yet" (no core-missing flag, a review to do), and after "review complete" the
// indicators it really lacks are not reported and flagged. With the review actions that close the
// gap: a candidate assigned in one action, a value added from a selection of the text.
import { describe, expect, it } from 'vitest';
import { checkStoredReport } from '../../src/app/persist/validateRecord.ts';
import { districtShortValue } from '../../src/charts/mapOption.ts';
import {
  EMPTY_USER_LAYER,
  type ImportedReport,
  isInViews,
  reviewedObservations,
  type UserLayer,
  userDatasetLayers,
} from '../../src/data/importLayer.ts';
import { mergeDatasets } from '../../src/data/mergeDatasets.ts';
import { candidateValue, type ReviewAction, reviewReducer } from '../../src/data/reviewState.ts';
import { absenceOf, isReviewedReport, pendingReviews } from '../../src/domain/absence.ts';
import { compareAgencies } from '../../src/domain/compare.ts';
import { coverageMatrix } from '../../src/domain/coverage.ts';
import { districtMapData } from '../../src/domain/districtMap.ts';
import { weakAreaFlags } from '../../src/domain/flags.ts';
import { agencyProfile } from '../../src/domain/profile.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { readSelection } from '../../src/extract/index.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';
import { extracted } from './helpers/importFixtures.ts';

// Invented: a justice bureau of an invented district. It states reconsideration received (40件),
// publicity events (12场) and case files reviewed; "整改问题7个" is a number the extractor leaves
// as a candidate; "评查案卷370余" has no measure word, so only a reader finds it.
const TEXT = [
  '示例区司法局2024年法治政府建设情况报告',
  '一、主要举措和成效',
  '全年收到行政复议申请40件。',
  '开展普法宣传活动12场，整改问题7个。',
  '全年评查案卷370余，发现问题若干。',
  '二、存在的不足',
  '三、主要负责人履行推进法治建设第一责任人职责情况',
  '四、下一步工作打算',
].join('\n');

const base = miniDataset();
const known = { agencies: base.agencies, reports: base.reports };
const run = (layer: UserLayer, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, layer);

async function imported(): Promise<UserLayer> {
  return run(EMPTY_USER_LAYER, { type: 'addReports', reports: [await extracted('示例区.txt', TEXT)], known });
}

const only = (layer: UserLayer): ImportedReport => layer.reports[0]!;
const merged = (layer: UserLayer): Dataset => mergeDatasets(base, ...userDatasetLayers(layer));
const acceptAll = (layer: UserLayer): UserLayer =>
  run(layer, { type: 'decide', reportId: only(layer).report.id, status: 'accepted' });
const coreMissing = (ds: Dataset, agencyId: string) =>
  weakAreaFlags(ds)
    .filter((f) => f.kind === 'core_missing' && f.agencyId === agencyId)
    .map((f) => f.indicatorId);

describe('candidates and values from the text', () => {
  it('keeps the extractor candidates on the imported report, with suggestions', async () => {
    const r = only(await imported());
    const seven = r.candidates?.find((c) => c.text === '7个');
    expect(seven).toMatchObject({ value: 7, unit: '个', start: TEXT.indexOf('7个') });
    expect(seven?.evidence).toBe('开展普法宣传活动12场，整改问题7个。');
  });

  it('assigns a candidate to an indicator in one action: a manual value with its sentence and offsets', async () => {
    let layer = acceptAll(await imported());
    const r = only(layer);
    const index = r.candidates!.findIndex((c) => c.text === '7个');
    layer = run(layer, {
      type: 'assignCandidate',
      reportId: r.report.id,
      candidate: index,
      indicator: 'publicity.lectures',
    });
    const value = candidateValue(only(layer), only(layer).candidates![index]!);
    expect(value).toMatchObject({
      indicator: 'publicity.lectures',
      value: 7,
      unit: '个',
      qualifier: 'exact',
      origin: 'manual',
      text: '7个',
      start: TEXT.indexOf('7个'),
      end: TEXT.indexOf('7个') + 2,
      evidence: '开展普法宣传活动12场，整改问题7个。',
      evidenceStart: TEXT.indexOf('开展普法'),
    });
    // Once only, and in the dataset as manual.
    const again = run(layer, {
      type: 'assignCandidate',
      reportId: r.report.id,
      candidate: index,
      indicator: 'publicity.events',
    });
    expect(again).toBe(layer);
    const inViews = merged(layer).observations.filter((o) => o.id === value!.id);
    expect(inViews).toEqual([expect.objectContaining({ origin: 'manual', value: 7 })]);
    // Undo takes it back.
    const undone = run(layer, { type: 'removeAdded', reportId: r.report.id, observationId: value!.id });
    expect(only(undone).added).toEqual([]);
  });

  it('reads a selected number as the extractor does (qualifier kept) and adds it as manual', async () => {
    const at = TEXT.indexOf('370余');
    const reading = readSelection(TEXT, at, at + 4);
    expect(reading).toMatchObject({ value: 370, qualifier: 'more_than', unit: '', text: '370余' });
    expect(reading!.evidence).toBe('全年评查案卷370余，发现问题若干。');
    const inside = readSelection(TEXT, TEXT.indexOf('40件'), TEXT.indexOf('40件') + 1);
    expect(inside).toMatchObject({ value: 40, unit: '件', text: '40件' });
    expect(inside!.suggestions[0]?.indicator).toBe('reconsideration.received');

    let layer = await imported();
    const id = only(layer).report.id;
    layer = run(layer, {
      type: 'addValue',
      reportId: id,
      value: { ...reading!, value: 370, unit: '卷', indicator: 'enforcement.case_files_reviewed' },
    });
    const [added] = only(layer).added!;
    expect(added).toMatchObject({
      id: `${id}#m1`,
      value: 370,
      unit: '卷',
      qualifier: 'more_than',
      origin: 'manual',
      text: '370余',
      start: at,
      end: at + 4,
      evidence: '全年评查案卷370余，发现问题若干。',
    });
    // An added value is a decision: the report enters the views with it.
    expect(isInViews(only(layer))).toBe(true);
    expect(reviewedObservations(only(layer)).map((o) => o.id)).toEqual([`${id}#m1`]);
    // Offsets outside the text or a sentence that is not the report's are refused or replaced.
    const outside = run(layer, {
      type: 'addValue',
      reportId: id,
      value: { ...reading!, value: 1, start: TEXT.length, end: TEXT.length + 3, indicator: 'x' },
    });
    expect(outside).toBe(layer);
    const forged = run(layer, {
      type: 'addValue',
      reportId: id,
      value: {
        ...reading!,
        value: 370,
        evidence: '一句报告里没有的话。',
        indicator: 'enforcement.case_files_reviewed',
      },
    });
    expect(only(forged).added![1]!.evidence).toBe('370余');
  });
});

describe('review complete', () => {
  it('is refused while values are pending, undoable, and reopened by a value set back to pending', async () => {
    const layer = await imported();
    const id = only(layer).report.id;
    expect(run(layer, { type: 'setReviewComplete', reportId: id, complete: true })).toBe(layer);
    const done = run(acceptAll(layer), { type: 'setReviewComplete', reportId: id, complete: true });
    expect(only(done).reviewComplete).toBe(true);
    expect(only(run(done, { type: 'setReviewComplete', reportId: id, complete: false })).reviewComplete).toBe(
      false,
    );
    const first = only(done).extracted[0]!.id;
    const reopened = run(done, { type: 'decide', reportId: id, observationIds: [first], status: 'pending' });
    expect(only(reopened).reviewComplete).toBe(false);
  });
});

describe('absence: 未报告 only for a reviewed report', () => {
  it('an unreviewed report: not found yet, no core-missing flag, a review pending', async () => {
    const layer = acceptAll(await imported());
    const ds = merged(layer);
    const r = only(layer).report;
    expect(isReviewedReport(ds, r.id)).toBe(false);
    expect(absenceOf(ds, r.agencyId, 'litigation.head_appearance_rate', 2024)).toBe('unreviewed');
    expect(absenceOf(ds, r.agencyId, 'reconsideration.received', 2024)).toBeNull();
    expect(absenceOf(ds, r.agencyId, 'reconsideration.received', 2023)).toBe('no_report');
    expect(coreMissing(ds, r.agencyId)).toEqual([]);
    expect(pendingReviews(ds)).toEqual([{ agencyId: r.agencyId, reportId: r.id, year: 2024 }]);
    // The bundled reports stay reviewed: their gaps are still not reported and flagged.
    expect(absenceOf(ds, 'sh-minhang-economy', 'reconsideration.accepted', 2024)).toBe('not_reported');
    expect(coreMissing(ds, 'sh-changning').length).toBeGreaterThan(0);

    const ranking = rankIndicator(ds, 'litigation.head_appearance_rate');
    expect(ranking.unreviewed.map((n) => n.agency.id)).toEqual([r.agencyId]);
    expect(ranking.notReported.map((n) => n.agency.id)).not.toContain(r.agencyId);
    const row = coverageMatrix(ds, {}, { indicatorIds: ['litigation.head_appearance_rate'] }).rows.find(
      (x) => x.agency.id === r.agencyId,
    )!;
    expect(row.cells[0]).toMatchObject({ status: 'not_reported', absence: 'unreviewed' });
    const profile = agencyProfile(ds, r.agencyId)!;
    expect(profile.reviewPending).toBe(true);
    const entry = profile.categories
      .flatMap((c) => c.entries)
      .find((e) => e.indicator.id === 'litigation.head_appearance_rate')!;
    expect(entry.absence).toBe('unreviewed');
    expect(profile.flags.filter((f) => f.kind === 'core_missing')).toEqual([]);
    const comparison = compareAgencies(
      ds,
      [r.agencyId, 'sh-minhang-economy'],
      {},
      {
        indicatorIds: ['reconsideration.accepted'],
      },
    );
    expect(comparison.rows[0]!.absences).toEqual(['unreviewed', 'not_reported']);
  });

  it('after review complete: the core indicators it lacks are not reported and flagged', async () => {
    let layer = acceptAll(await imported());
    const r = only(layer).report;
    layer = run(layer, { type: 'setReviewComplete', reportId: r.id, complete: true });
    const ds = merged(layer);
    expect(isReviewedReport(ds, r.id)).toBe(true);
    expect(pendingReviews(ds)).toEqual([]);
    expect(absenceOf(ds, r.agencyId, 'litigation.head_appearance_rate', 2024)).toBe('not_reported');
    const missing = coreMissing(ds, r.agencyId);
    expect(missing).toContain('litigation.head_appearance_rate');
    // What it states is not flagged.
    expect(missing).not.toContain('reconsideration.received');
    expect(
      rankIndicator(ds, 'litigation.head_appearance_rate').notReported.map((n) => n.agency.id),
    ).toContain(r.agencyId);
    expect(agencyProfile(ds, r.agencyId)!.reviewPending).toBe(false);
  });

  it('a report read through with no value at all enters the views, its gaps not reported', async () => {
    const empty = '空白区司法局2024年法治政府建设情况报告\n一、主要举措和成效\n二、存在的不足';
    let layer = run(EMPTY_USER_LAYER, {
      type: 'addReports',
      reports: [await extracted('空白.txt', empty)],
      known,
    });
    const r = only(layer);
    expect(r.extracted).toEqual([]);
    expect(isInViews(r)).toBe(false);
    layer = run(layer, { type: 'setReviewComplete', reportId: r.report.id, complete: true });
    expect(isInViews(only(layer))).toBe(true);
    expect(coreMissing(merged(layer), r.report.agencyId).length).toBeGreaterThan(0);
  });
});

describe('stored reports with and without the review fields', () => {
  it('accepts candidates, added values and reviewComplete, and still loads records without them', async () => {
    let layer = acceptAll(await imported());
    const id = only(layer).report.id;
    const index = only(layer).candidates!.findIndex((c) => c.text === '7个');
    layer = run(
      layer,
      { type: 'assignCandidate', reportId: id, candidate: index, indicator: 'publicity.lectures' },
      { type: 'setReviewComplete', reportId: id, complete: true },
    );
    const { decisions: _, ...stored } = only(layer);
    expect(checkStoredReport(structuredClone(stored), 'r')).toBeNull();
    const { candidates: _c, added: _a, reviewComplete: _r, ...old } = stored;
    expect(checkStoredReport(structuredClone(old), 'r')).toBeNull();
    expect(checkStoredReport({ ...stored, reviewComplete: 'yes' }, 'r')).toBe(
      'r.reviewComplete is not true/false',
    );
    expect(checkStoredReport({ ...stored, candidates: [{ value: 1 }] }, 'r')).toBe(
      'r.candidates[0].unit is not text',
    );
  });
});

describe('the district map', () => {
  it('does not hatch a district "not reported" while its only report is under review', async () => {
    const text = TEXT.replaceAll('示例区', '上海市青浦区');
    let layer = run(EMPTY_USER_LAYER, {
      type: 'addReports',
      reports: [await extracted('青浦.txt', text)],
      known,
    });
    layer = acceptAll(layer);
    const agency = layer.agencies[0]!;
    expect(agency).toMatchObject({ region: '上海市', district: '青浦区', type: 'justice_bureau' });
    const cellOf = (ds: Dataset) =>
      districtMapData(ds, 'litigation.head_appearance_rate', {
        region: '上海市',
        type: 'justice_bureau',
      })!.districts.find((c) => c.district === '青浦区')!;
    const before = cellOf(merged(layer));
    expect(before.status).not.toBe('not_reported');
    expect(before.unreviewed.map((a) => a.id)).toEqual([agency.id]);
    expect(districtShortValue(before, { unit: '%' }, 'zh')).toBe('未提取（待核对）');
    expect(districtShortValue(before, { unit: '%' }, 'en')).toBe('not found yet (unreviewed)');
    layer = run(layer, { type: 'setReviewComplete', reportId: only(layer).report.id, complete: true });
    const after = cellOf(merged(layer));
    expect(after.status).toBe('not_reported');
    expect(districtShortValue(after, { unit: '%' }, 'zh')).toBe('未报告');
  });
});
