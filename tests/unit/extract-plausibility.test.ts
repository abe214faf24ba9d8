// Values that cannot be right are never emitted; each becomes a rejected candidate with its reason.
// The sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { implausibility } from '../../src/extract/plausibility.ts';

const REPORT_HEAD = '2024年法治政府建设年度报告\n一、主要成效\n';
const run = (sentence: string) => extractReport(REPORT_HEAD + sentence, { candidates: true });

describe('implausibility', () => {
  it.each([
    [100, '%'],
    [0, '%'],
    [99.9, '%'],
    [0, '件'],
    [1200, '人次'],
    [12.5, '学时'],
    [8126300, '元'],
    [1234.56, '元'],
    [-3.5, '个百分点'],
    [900_000_000, '人'],
  ])('%d %s may be right', (value, unit) => {
    expect(implausibility(value, unit)).toBeNull();
  });

  it.each([
    [1000, '%', 'a rate above 100 %'],
    [100.01, '%', 'a rate above 100 %'],
    [-5, '%', 'a rate below 0 %'],
    [-5, '件', 'a negative count (件)'],
    [1200.5, '人次', 'a fraction of a whole 人次'],
    [9999999999990000, '件', 'more than 10^9 件'],
    [2e10, '人次', 'more than 10^10 人次'],
    [150, '个百分点', 'a change of more than 100 percentage points'],
  ])('%d %s is rejected: %s', (value, unit, reason) => {
    expect(implausibility(value, unit)).toBe(reason);
  });
});

describe('extractReport: the issue cases give the right value, or no value and a rejected candidate', () => {
  it.each([
    ['全年行政机关负责人出庭应诉率百分之一千。', '百分之一千', 1000, 'a rate above 100 %'],
    ['全年行政机关负责人出庭应诉率为五分之一千。', '五分之一千', 20000, 'a rate above 100 %'],
    [
      '全年受理行政复议案件９９９９９９９９９９９９万件。',
      '９９９９９９９９９９９９万件',
      9999999999990000,
      'more than 10^9 件',
    ],
    ['全年受理行政复议案件-5件。', '-5件', -5, 'a negative count (件)'],
    ['全年受理行政复议案件－5件。', '－5件', -5, 'a negative count (件)'],
    ['组织法治培训，参训干部一千二百点五人次。', '一千二百点五人次', 1200.5, 'a fraction of a whole 人次'],
  ])('%s', (sentence, text, value, detail) => {
    const r = run(sentence);
    expect(r.observations).toEqual([]);
    const c = r.candidates?.find((x) => x.text === text);
    expect(c).toMatchObject({ value, reason: 'implausible', detail });
    // The rules still say what it would have been, for the reviewer.
    expect(c?.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ['全年受理行政复议案件三点二万件。', 'reconsideration.accepted', 32000],
    ['行政机关负责人出庭应诉率达到九十九点九%。', 'litigation.head_appearance_rate', 99.9],
    ['行政机关负责人出庭应诉率达到百分之九十九点九。', 'litigation.head_appearance_rate', 99.9],
  ])('%s reads the decimal whole', (sentence, indicator, value) => {
    expect(run(sentence).observations.map((o) => [o.indicator, o.value])).toEqual([[indicator, value]]);
  });

  it('gives no value for digits broken by spaces, and a candidate saying why', () => {
    const r = run('全年受理行政复议案件 9 3 2 件。');
    expect(r.observations).toEqual([]);
    expect(r.candidates).toMatchObject([
      {
        text: '9 3 2 件',
        reason: 'low_confidence',
        detail: 'digits broken by spaces: one number or several',
      },
    ]);
  });

  it('keeps the sign of a change: 同比增长-3.5% is a fall', () => {
    const [o] = run('全年受理行政复议案件120件，同比增长－3.5%。').observations;
    expect(o).toMatchObject({ indicator: 'reconsideration.accepted', value: 120, yoyPct: -3.5 });
  });

  it.each([
    ['同比增长－3.5%', -3.5],
    ['同比负增长3.5%', -3.5],
    ['同比下降3.5%', -3.5],
    ['同比增长+3.5%', 3.5],
  ])('keeps the sign of a change: %s', (change, pct) => {
    const [o] = run(`全年受理行政复议案件120件，${change}。`).observations;
    expect(o).toMatchObject({ value: 120, yoyPct: pct });
  });

  it('keeps no change when a fall is written with a minus sign (下降-5%: a fall or a rise?)', () => {
    const r = run('全年受理行政复议案件120件，同比下降-5%。');
    expect(r.observations).toMatchObject([{ value: 120, yoyPct: null }]);
    expect(r.candidates).toMatchObject([
      {
        text: '-5%',
        value: -5,
        reason: 'low_confidence',
        detail: 'a fall written with a minus sign: a fall or a rise',
        suggestions: [],
      },
    ]);
  });

  it('attaches no change to a rejected value and derives no rate from it', () => {
    const r = run('人民调解组织受理矛盾纠纷-20件，同比增长5%，调解成功18件。');
    expect(r.observations.some((o) => o.value === -20 || o.indicator === 'mediation.success_rate')).toBe(
      false,
    );
  });
});
