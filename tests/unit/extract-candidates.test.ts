// Numbers with a measure word that are not emitted go to the reviewer; negative-rule numbers and
// stated changes do not. The sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

const REPORT = [
  '2024年法治政府建设年度报告',
  '一、主要成效',
  '全年受理行政复议案件120件，同比增长15%。',
  '机关食堂新购餐桌37张。',
  '拨打12348热线咨询，第3次会议。',
  '行政机关负责人出庭应诉率百分之一千。',
  '二、下一步工作',
  '力争培训干部2000人次。',
].join('\n');

describe('extractReport candidates', () => {
  const r = extractReport(REPORT, { candidates: true });
  const texts = (r.candidates ?? []).map((c) => c.text);

  it('are returned only when asked for', () => {
    expect(extractReport(REPORT).candidates).toBeUndefined();
    expect(extractReport(REPORT).observations).toEqual(r.observations);
  });

  it('leave out what was emitted, stated changes and what a negative rule excludes', () => {
    expect(r.observations.map((o) => o.text)).toEqual(['120件']);
    expect(texts).not.toContain('120件');
    expect(texts).not.toContain('15%');
    expect(texts.some((t) => t.includes('12348') || t.includes('3次'))).toBe(false);
  });

  it('give text, offsets into the original, sentence and section', () => {
    for (const c of r.candidates ?? []) {
      expect(REPORT.slice(c.start, c.end)).toBe(c.text);
      expect(REPORT.slice(c.evidenceStart, c.evidenceStart + c.evidence.length)).toBe(c.evidence);
      expect(c.evidence).toContain(c.text);
    }
    const plan = r.candidates?.find((c) => c.text === '2000人次');
    expect(plan).toMatchObject({
      value: 2000,
      unit: '人次',
      section: 'next_year_plan',
      reason: 'low_confidence',
      detail: 'a target or plan, not a result',
      evidence: '力争培训干部2000人次。',
    });
    expect(plan?.suggestions[0]?.indicator).toBe('training.participants');
  });

  it('say no_indicator, with no suggestion, when no rule fits', () => {
    expect(r.candidates?.find((c) => c.text === '37张')).toMatchObject({
      reason: 'no_indicator',
      suggestions: [],
      detail: null,
    });
  });

  it('offer at most three suggestions, best first, scores in [0, 1]', () => {
    for (const c of r.candidates ?? []) {
      expect(c.suggestions.length).toBeLessThanOrEqual(3);
      const scores = c.suggestions.map((s) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
      expect(new Set(c.suggestions.map((s) => s.indicator)).size).toBe(c.suggestions.length);
    }
  });

  it('suggest an indicator whose cue is near but whose topic words are missing, as low confidence', () => {
    // 调解成功率 needs a sentence about disputes or mediation; this one names neither.
    const c = extractReport('2024年报告\n一、主要成效\n全年成功率为98%。', { candidates: true }).candidates;
    expect(c).toMatchObject([{ text: '98%', reason: 'low_confidence' }]);
    expect(c?.[0]?.suggestions.map((s) => s.indicator)).toContain('mediation.success_rate');
  });
});

describe('candidates dropped by a refiner say which step dropped them', () => {
  it.each([
    ['2021年以来，累计受理行政复议案件300件。', '300件', 'a figure of another year or period'],
    ['力争受理行政复议案件300件。', '300件', 'a target or plan, not a result'],
  ])('%s', (sentence, text, detail) => {
    const r = extractReport(`2024年法治政府建设年度报告\n一、主要成效\n${sentence}`, { candidates: true });
    expect(r.observations).toEqual([]);
    expect(r.candidates).toMatchObject([{ text, reason: 'low_confidence', detail }]);
    expect(r.candidates?.[0]?.suggestions[0]?.indicator).toBe('reconsideration.accepted');
  });

  it('a duplicate in the same sentence is no candidate: its value is emitted', () => {
    const r = extractReport(
      '2024年报告\n一、主要成效\n按期转送率、按期受理率、按期办结率均保持100%，信访事项依法办理。',
      { candidates: true },
    );
    expect(r.observations.length).toBeGreaterThan(0);
    expect(r.candidates?.filter((c) => c.text === '100%')).toEqual([]);
  });
});
