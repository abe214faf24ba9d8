// One indicator, several values in one report: the value the rule chooses carries the others as
// `alternatives` (../shared/spec/extract-cli.md), every value stays an observation, units stay as
// written, and sub-counts, derived values and targets are never another reading of the total.
// The sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { MAX_ALTERNATIVES } from '../../src/extract/refiners/chooseAmongValues.ts';
import { toRecords } from '../../src/extract/toRecords.ts';

const HEAD = '某区司法局2024年法治政府建设工作报告\n一、主要成效\n';
const of = (text: string, indicator: string, includeTargets = false) =>
  extractReport(HEAD + text, { includeTargets }).observations.filter((o) => o.indicator === indicator);

describe('alternatives', () => {
  it('6场 and 2期 of training: the sessions in 场 are chosen, the classes in 期 ride along as written', () => {
    const text = '全年举办法治专题培训6场，组织法治轮训班2期。';
    const obs = of(text, 'training.sessions');
    expect(obs.map((o) => [o.value, o.unit])).toEqual([
      [6, '场'],
      [2, '期'],
    ]);
    const start = HEAD.length + text.indexOf('2期');
    expect(obs[0]!.alternatives).toEqual([
      { value: 2, unit: '期', qualifier: 'exact', text: '2期', start, end: start + 2 },
    ]);
    expect(obs[1]!.alternatives).toBeUndefined();
  });

  it('人次 and 人 survive as written; the person-times are chosen over a head count', () => {
    const obs = of(
      '全年组织干部职工参加法治培训860人次。全年共有320人参加法治培训。',
      'training.participants',
    );
    expect(obs.map((o) => [o.value, o.unit])).toEqual([
      [860, '人次'],
      [320, '人'],
    ]);
    expect(obs[0]!.alternatives?.map((a) => [a.value, a.unit, a.text])).toEqual([[320, '人', '320人']]);
  });

  it('keeps the qualifier of an approximate alternative', () => {
    const obs = of('全年举办法治培训12场。局属单位举办法治培训近10场。', 'training.sessions');
    expect(obs[0]!.value).toBe(12);
    expect(obs[0]!.alternatives?.map((a) => [a.value, a.qualifier])).toEqual([[10, 'nearly']]);
  });

  it('a sub-count after 其中 is not an alternative of the total', () => {
    const obs = of('共办理代表建议和政协提案40件，其中人大代表建议25件。', 'proposals.handled');
    expect(obs.map((o) => [o.value, o.scope])).toEqual([
      [40, null],
      [25, '其中（分项）'],
    ]);
    expect(obs.every((o) => o.alternatives === undefined)).toBe(true);
  });

  it('a target of the next-year plan is not an alternative of a result, even when targets are asked for', () => {
    const text = '全年举办法治培训6场。\n二、下一步工作计划\n力争举办法治培训10场。';
    const obs = of(text, 'training.sessions', true);
    expect(obs.map((o) => o.value)).toEqual([6, 10]);
    expect(obs.every((o) => o.alternatives === undefined)).toBe(true);
  });

  it('a derived rate is not an alternative of a stated one, nor the other way round', () => {
    const text = '全年受理矛盾纠纷200件，调解成功180件。';
    const rates = of(text, 'mediation.success_rate');
    expect(rates.map((o) => [o.value, o.derived])).toEqual([[90, true]]);
    expect(rates[0]!.alternatives).toBeUndefined();
  });

  it(`lists at most ${MAX_ALTERNATIVES}, the first in text order; every value stays an observation`, () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i + 1}街道举办法治培训${i + 1}场。`).join('');
    const obs = of(text, 'training.sessions');
    expect(obs).toHaveLength(30);
    const chosen = obs.filter((o) => o.alternatives !== undefined);
    expect(chosen).toHaveLength(1);
    // Same confidence and unit everywhere: the largest value is chosen.
    expect(chosen[0]!.value).toBe(30);
    expect(chosen[0]!.alternatives!.map((a) => a.value)).toEqual(
      Array.from({ length: MAX_ALTERNATIVES }, (_, i) => i + 1),
    );
  });

  it('the dataset record carries them, and an empty list when there is nothing to choose from', () => {
    const result = extractReport(
      `${HEAD}全年举办法治专题培训6场，组织法治轮训班2期。全年受理行政复议案件57件。`,
    );
    const { observations } = toRecords(result, { reportId: 'r', agencyId: 'a', file: 'r.txt' });
    const sessions = observations.find((o) => o.indicator === 'training.sessions' && o.value === 6)!;
    expect(sessions.alternatives.map((a) => a.text)).toEqual(['2期']);
    expect(observations.find((o) => o.indicator === 'reconsideration.accepted')!.alternatives).toEqual([]);
  });
});
