// Where a value came from, whether the report bears it out, and what happens when a dataset file
// meets a report value: the scenario of a file row claiming the FTZ bonded area's 普法活动 22 项 were 30.
import { describe, expect, it } from 'vitest';
import { checkDatasetBatch } from '../../src/app/persist/validateRecord.ts';
import { cellLook } from '../../src/charts/cellLook.ts';
import { rankingCsvRows } from '../../src/charts/chartCsv.ts';
import { compareOption } from '../../src/charts/compareOption.ts';
import { mapOption } from '../../src/charts/mapOption.ts';
import { originMark } from '../../src/charts/originMark.ts';
import { findConflicts } from '../../src/data/datasetConflicts.ts';
import { exportProvenanceCsv } from '../../src/data/exportDataset.ts';
import {
  EMPTY_USER_LAYER,
  type ImportedDatasetBatch,
  type ImportedReport,
  type UserLayer,
  userDatasetLayers,
} from '../../src/data/importLayer.ts';
import { mergeDatasets } from '../../src/data/mergeDatasets.ts';
import { reviewReducer } from '../../src/data/reviewState.ts';
import { valueProvenance } from '../../src/data/valueProvenance.ts';
import { compareAgencies } from '../../src/domain/compare.ts';
import { coverageMatrix } from '../../src/domain/coverage.ts';
import { indexDataset } from '../../src/domain/datasetIndex.ts';
import { districtMapData } from '../../src/domain/districtMap.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import type { Observation } from '../../src/domain/types.ts';
import { NO_PROVENANCE, valueSource } from '../../src/domain/valueSource.ts';
import { type SourceContext, statedNumber, verifyEvidence } from '../../src/domain/verifyEvidence.ts';
import { citationText } from '../../src/format/citation.ts';
import { sourceLine } from '../../src/format/sourceLine.ts';
import { AGENCIES, miniDataset, OBSERVATIONS, REPORTS } from '../fixtures/miniDataset.ts';

const ftz = OBSERVATIONS.find((o) => o.id === 'ftz-3')!; // 22 项, "……22项……"

/** The file row of the scenario: same obs_id, value 30, an invented sentence, origin "extracted". */
const fileRow: Observation = {
  ...ftz,
  value: 30,
  text: '30项',
  start: 10,
  end: 13,
  evidence: '全年开展30项普法活动。',
  evidenceStart: 6,
};

function batch(
  observations: Observation[],
  conflicts?: ImportedDatasetBatch['conflicts'],
): ImportedDatasetBatch {
  return {
    id: 'batch-1',
    files: ['补录.csv'],
    importedAt: '2025-06-01T00:00:00Z',
    tables: { observations },
    issues: [],
    ...(conflicts ? { conflicts } : {}),
  };
}

function shown(layer: UserLayer) {
  const dataset = mergeDatasets(miniDataset(), ...userDatasetLayers(layer));
  const index = indexDataset(dataset);
  const provenance = valueProvenance(layer);
  const ctx: SourceContext = { provenance, observationsOf: (id) => index.observationsByReport.get(id) ?? [] };
  return { dataset, index, provenance, ctx };
}

describe('verifyEvidence', () => {
  const text = '前言。全年开展22项普法活动。结尾。';
  const stated = {
    value: 22,
    unit: '项',
    text: '22项',
    start: 7,
    end: 10,
    evidence: '全年开展22项普法活动。',
    evidenceStart: 3,
  };

  it('reads the number the words state, in base units', () => {
    expect(statedNumber('22项')).toBe(22);
    expect(statedNumber('3.2万人次')).toBe(32000);
    expect(statedNumber('1,613件')).toBe(1613);
    expect(statedNumber('二十二项')).toBeNull();
  });

  it('verifies a sentence found in the full text with its words at their offsets', () => {
    expect(text.slice(3, 3 + stated.evidence.length)).toBe(stated.evidence);
    expect(verifyEvidence(stated, { kind: 'full', text })).toBe('verified');
  });

  it('contradicts a sentence the full text does not contain, or words stating another number', () => {
    expect(
      verifyEvidence(
        { ...stated, evidence: '全年开展30项普法活动。', text: '30项', value: 30 },
        { kind: 'full', text },
      ),
    ).toBe('contradicted');
    // The real sentence and words, but a value of 30: the words say 22.
    expect(verifyEvidence({ ...stated, value: 30 }, { kind: 'full', text })).toBe('contradicted');
  });

  it('checks a bundled report against the sentences of its own values', () => {
    const known = {
      kind: 'sentences' as const,
      sentences: [{ evidence: stated.evidence, evidenceStart: 3 }],
    };
    expect(verifyEvidence(stated, known)).toBe('verified');
    expect(verifyEvidence({ ...stated, value: 30 }, known)).toBe('contradicted');
    // A sentence nobody has seen in the report: unknown, not proven either way.
    expect(verifyEvidence({ ...stated, evidence: '另一句。', evidenceStart: 40 }, known)).toBe('not_checked');
    // Another known sentence stands exactly where this one claims to be.
    expect(verifyEvidence({ ...stated, evidence: '另一句。' }, known)).toBe('contradicted');
  });

  it('leaves a value unchecked when nothing is known or it brings no sentence', () => {
    expect(verifyEvidence(stated, null)).toBe('not_checked');
    expect(verifyEvidence({ ...stated, evidence: '' }, { kind: 'full', text })).toBe('not_checked');
  });
});

describe('file rows against report values', () => {
  it('finds a conflict for the same obs_id with another value, and for the same report and indicator', () => {
    const other: Observation = { ...fileRow, id: 'hand-1' };
    const conflicts = findConflicts([fileRow], miniDataset(), NO_PROVENANCE);
    expect(
      conflicts.map((c) => [c.fileObservationId, c.reportObservation.id, c.reportObservation.value]),
    ).toEqual([['ftz-3', 'ftz-3', 22]]);
    expect(findConflicts([other], miniDataset(), NO_PROVENANCE).map((c) => c.reportObservation.id)).toEqual([
      'ftz-3',
    ]);
    // The same row as the report's (a re-imported export) replaces nothing.
    expect(findConflicts([ftz], miniDataset(), NO_PROVENANCE)).toEqual([]);
  });

  it('keeps the report value until the user chooses, and shows the file value after "use file"', () => {
    const conflicts = findConflicts([fileRow], miniDataset(), NO_PROVENANCE);
    let layer: UserLayer = { ...EMPTY_USER_LAYER, datasets: [batch([fileRow], conflicts)] };
    let view = shown(layer);
    expect(view.index.observationById.get('ftz-3')?.value).toBe(22);
    expect(valueSource(view.index.observationById.get('ftz-3')!, view.provenance).kind).toBe('report');
    expect(view.provenance.conflictOf('ftz-3')).toMatchObject({
      loserFrom: 'file',
      choice: null,
      loser: { value: 30 },
    });

    layer = reviewReducer(layer, { type: 'chooseConflict', batchId: 'batch-1', choice: 'file' });
    view = shown(layer);
    const o = view.index.observationById.get('ftz-3')!;
    expect(o.value).toBe(30);
    // The row says origin "extracted"; it is still the file's claim.
    expect(o.origin).toBe('extracted');
    expect(valueSource(o, view.provenance)).toMatchObject({ kind: 'file', file: { files: ['补录.csv'] } });
    expect(originMark(o, view.provenance).kind).toBe('imported');
    // The report's 22 stays visible, and its sentence is known: the invented one is not verified.
    expect(view.provenance.conflictOf('ftz-3')).toMatchObject({
      loserFrom: 'report',
      choice: 'file',
      loser: { value: 22 },
    });
  });

  it('keeps the report value (as the report’s) when the batch also brings the report record', () => {
    const report = REPORTS.find((r) => r.id === 'r-ftz')!;
    const conflicts = findConflicts([fileRow], miniDataset(), NO_PROVENANCE);
    const withReport = {
      ...batch([fileRow], conflicts),
      tables: { reports: [report], observations: [fileRow] },
    };
    const view = shown({ ...EMPTY_USER_LAYER, datasets: [withReport] });
    const o = view.index.observationById.get('ftz-3')!;
    expect(o.value).toBe(22);
    expect(valueSource(o, view.provenance).kind).toBe('report');
  });

  it('rows beside a report value make one conflict; both stay until the user keeps the report value', () => {
    const rows = [1, 2, 3].map((n): Observation => ({ ...fileRow, id: `hand-${n}`, value: 30 + n }));
    const conflicts = findConflicts(rows, miniDataset(), NO_PROVENANCE);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      fileObservationId: 'hand-1',
      fileCount: 3,
      reportObservation: { id: 'ftz-3' },
    });
    let layer: UserLayer = { ...EMPTY_USER_LAYER, datasets: [batch(rows, conflicts)] };
    // Undecided: nothing in the data is replaced, so both stay (the file rows marked as the file's).
    let view = shown(layer);
    expect(['ftz-3', 'hand-1', 'hand-2', 'hand-3'].every((id) => view.index.observationById.has(id))).toBe(
      true,
    );
    layer = reviewReducer(layer, { type: 'chooseConflict', batchId: 'batch-1', choice: 'report' });
    view = shown(layer);
    expect(view.index.observationById.get('ftz-3')?.value).toBe(22);
    expect(['hand-1', 'hand-2', 'hand-3'].some((id) => view.index.observationById.has(id))).toBe(false);
    expect(view.provenance.conflictOf('ftz-3')).toMatchObject({
      loserFrom: 'file',
      choice: 'report',
      loser: { value: 31 },
    });
  });

  it('removes the report value a file value under another id won over', () => {
    const other: Observation = { ...fileRow, id: 'hand-1' };
    const conflicts = findConflicts([other], miniDataset(), NO_PROVENANCE).map((c) => ({
      ...c,
      choice: 'file' as const,
    }));
    const view = shown({ ...EMPTY_USER_LAYER, datasets: [batch([other], conflicts)] });
    expect(view.index.observationById.has('ftz-3')).toBe(false);
    expect(view.index.observationById.get('hand-1')?.value).toBe(30);
  });

  it('says where each value came from: file, imported report (review complete or not), bundled report', () => {
    const imported: ImportedReport = {
      report: { ...REPORTS.find((r) => r.id === 'r-mh')!, id: 'imp-1', origin: 'imported' },
      extracted: [
        {
          ...OBSERVATIONS.find((o) => o.id === 'mh-1')!,
          id: 'imp-1#1',
          reportId: 'imp-1',
          origin: 'imported',
        },
      ],
      decisions: { 'imp-1#1': { status: 'accepted' } },
      text: '……95%……',
      source: {
        file: '闵行.docx',
        format: 'docx',
        encoding: 'utf-8',
        bytes: 10,
        importedAt: '2025-06-01T00:00:00Z',
      },
    };
    const layer: UserLayer = {
      version: 1,
      agencies: [],
      reports: [imported],
      datasets: [batch([{ ...fileRow, id: 'hand-1' }])],
    };
    const { index, provenance } = shown(layer);
    expect(valueSource(index.observationById.get('hand-1')!, provenance).kind).toBe('file');
    expect(valueSource(index.observationById.get('imp-1#1')!, provenance)).toMatchObject({
      kind: 'importedReport',
      reviewComplete: false,
    });
    // Not yet in the views (nothing decided): its report is not an import the views show.
    const undecided = valueProvenance({ ...layer, reports: [{ ...imported, decisions: {} }] });
    expect(undecided.importedReport('imp-1')).toBeNull();
    const complete = valueProvenance({
      ...layer,
      reports: [{ ...imported, reviewComplete: true } as ImportedReport],
    });
    expect(valueSource(index.observationById.get('imp-1#1')!, complete).reviewComplete).toBe(true);
    expect(valueSource(index.observationById.get('bs-1')!, provenance).kind).toBe('report');
    expect(valueSource(index.observationById.get('bs-4')!, provenance).kind).toBe('derived');
  });
});

describe('the mark travels into words', () => {
  const conflicts = findConflicts([fileRow], miniDataset(), NO_PROVENANCE).map((c) => ({
    ...c,
    choice: 'file' as const,
  }));
  const view = shown({ ...EMPTY_USER_LAYER, datasets: [batch([fileRow], conflicts)] });
  const o = view.index.observationById.get('ftz-3')!;
  const agency = AGENCIES.find((a) => a.id === 'sh-ftz-bonded')!;
  const indicator = view.index.indicatorById.get('publicity.events')!;
  const report = view.index.reportById.get('r-ftz')!;

  it('the chart CSV says the file claims it, not verified — never 报告直接给出', () => {
    const ranking = rankIndicator(view.dataset, 'publicity.events', { year: 2024 });
    const zh = rankingCsvRows(ranking, 'zh', view.ctx);
    const en = rankingCsvRows(ranking, 'en', view.ctx);
    const origin = zh[0]!.indexOf('来源类型');
    const row = zh.find((r) => r.includes(agency.id))!;
    expect(row[origin]).toBe('从数据文件导入：补录.csv；由 补录.csv 声称；未核实');
    expect(en.find((r) => r.includes(agency.id))![en[0]!.indexOf('Origin')]).toBe(
      'imported from a dataset file: 补录.csv; claimed by 补录.csv; not verified',
    );
    expect(row.join()).not.toContain('报告直接给出');
    // Minhang's bundled 30 场 is the report's own, and its sentence bears it out.
    expect(zh.find((r) => r.includes('sh-minhang-economy'))![origin]).toBe('报告直接给出；已核实');
  });

  it('the citation cites the file, not the report, in both languages', () => {
    const source = valueSource(o, view.provenance);
    expect(citationText({ agency, report, indicator, observation: o, source }, 'zh')).toBe(
      '据本地导入的数据文件 补录.csv（未经报告核实），中国（上海）自由贸易试验区管理委员会保税区管理局2024年普法活动30项。',
    );
    expect(citationText({ agency, report, indicator, observation: o, source }, 'en')).toContain(
      'According to the locally imported dataset file 补录.csv (not verified against a report)',
    );
  });

  it('the citation keeps a scope note and says a value was corrected by hand', () => {
    const scoped = { ...o, scope: '全区', origin: 'manual' as const };
    expect(citationText({ agency, report, indicator, observation: scoped }, 'zh')).toBe(
      '据《2024年法治政府建设情况报告》，中国（上海）自由贸易试验区管理委员会保税区管理局2024年普法活动30项（经人工修正）（范围：全区）。',
    );
  });

  it('the source line counts local imports apart from published reports', () => {
    const published = REPORTS.slice(0, 4);
    const local = { ...REPORTS[4]!, id: 'imp-1', origin: 'imported' as const };
    const meta = { extractedAt: null };
    const zh = sourceLine([...published, local], meta, 'zh');
    expect(zh).toContain('4 份 2024 年度法治政府建设报告');
    expect(zh).toContain('+ 1 份本地导入');
    expect(zh).not.toContain('5 份');
    expect(sourceLine([...published, local], meta, 'en')).toContain('+ 1 local import;');
    expect(sourceLine([local], meta, 'en')).toContain('1 local import (not published)');
  });

  it('bars, map districts and coverage cells of the file value are marked imported', () => {
    const comparison = compareAgencies(view.dataset, ['sh-ftz-bonded', 'sh-minhang-economy'], { year: 2024 });
    const option = compareOption(comparison, 'zh', { provenance: view.provenance }) as {
      series: { data: ({ label?: { formatter: string }; itemStyle?: { decal?: unknown } } | string)[] }[];
    };
    const row = comparison.rows.findIndex((r) => r.indicator.id === 'publicity.events');
    const ftzBar = option.series[0]!.data[row] as {
      label: { formatter: string };
      itemStyle: { decal: unknown };
    };
    const mhBar = option.series[1]!.data[row] as { label: { formatter: string }; itemStyle?: unknown };
    expect(ftzBar.label.formatter).toBe('30 项 (导入)');
    expect(ftzBar.itemStyle.decal).not.toBeNull();
    expect(mhBar.label.formatter).toBe('30 场');
    expect(mhBar.itemStyle).toBeUndefined();

    const data = districtMapData(
      view.dataset,
      'publicity.events',
      { year: 2024 },
      { region: '上海市', type: 'zone_admin' },
    )!;
    const map = mapOption(data, 'zh', { provenance: view.provenance }) as {
      series: { data: { name: string; label?: { formatter: string } }[] }[];
    };
    const pudong = map.series.flatMap((x) => x.data).find((d) => d.name === '浦东新区')!;
    expect(pudong.label!.formatter).toContain('(导入)');

    const matrix = coverageMatrix(view.dataset, { year: 2024 });
    const cell = matrix.rows
      .find((r) => r.agency.id === 'sh-ftz-bonded')!
      .cells.find((c) => c.indicatorId === 'publicity.events')!;
    expect(cellLook(cell, view.provenance)).toMatchObject({ symbol: '□', markKey: 'origin.imported' });
    expect(cellLook(cell).markKey).toBeNull();
  });

  it('a stated bundled value carries no mark', () => {
    expect(originMark(view.index.observationById.get('bs-1')!, view.provenance)).toMatchObject({
      kind: 'stated',
      decal: null,
    });
  });
});

describe('conflicts are kept with the batch', () => {
  it('a stored batch with conflicts and a choice is valid, and one stored before conflicts still loads', () => {
    const conflicts = findConflicts([fileRow], miniDataset(), NO_PROVENANCE);
    const stored = JSON.parse(
      JSON.stringify(
        batch(
          [fileRow],
          conflicts.map((c) => ({ ...c, choice: 'file' as const })),
        ),
      ),
    );
    expect(checkDatasetBatch(stored, 'datasets')).toBeNull();
    const old = JSON.parse(JSON.stringify(batch([fileRow])));
    expect(old.conflicts).toBeUndefined();
    expect(checkDatasetBatch(old, 'datasets')).toBeNull();
    const bad = { ...stored, conflicts: [{ ...stored.conflicts[0], choice: 'both' }] };
    expect(checkDatasetBatch(bad, 'datasets')).toMatch(/choice/);
  });

  it('the provenance export names the file, the verification and the value set aside', () => {
    const conflicts = findConflicts([fileRow], miniDataset(), NO_PROVENANCE).map((c) => ({
      ...c,
      choice: 'file' as const,
    }));
    const view = shown({ ...EMPTY_USER_LAYER, datasets: [batch([fileRow], conflicts)] });
    const file = exportProvenanceCsv(view.dataset, view.ctx);
    const lines = file.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'obs_id,source,source_files,verification,conflict_choice,conflict_other_value,conflict_other_from',
    );
    expect(lines).toContain('ftz-3,file,补录.csv,not_checked,file,22,report');
    expect(lines).toContain('bs-1,report,,verified,,,');
    // Baoshan's derived rate stands on its two inputs, both borne out by their sentences.
    expect(lines).toContain('bs-4,derived,,verified,,,');
  });
});
