// Numbers that must never become values. Our own sentences; each names the trap it sets.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';

const values = (text: string) => extractReport(text).observations.map((o) => o.value);

describe('never emitted', () => {
  it.each([
    ['years', '2024年，区司法局在2023年工作基础上持续推进普法活动。'],
    ['dates and months', '于2024年3月15日、6月和9月开展普法活动。'],
    ['document numbers', '印发《实施意见》（沪司发〔2024〕34号）规范法律顾问工作。'],
    ['plan periods', '落实《法治政府建设实施纲要（2021—2025年）》和“十四五”规划，深化“八五”普法。'],
    ['ordinals', '开展第四次执法案卷评查，举办第3场普法讲座。'],
    ['rankings', '依法行政考核排名第一，位列全市第2名。'],
    ['anniversaries', '举办综合执法十周年、宪法实施40周年普法活动。'],
    ['hotline numbers', '依托12348公共法律服务热线和12345市民热线提供法律咨询。'],
    ['version numbers', '上线执法平台6.0版，更新学法手册（2024版）。'],
    [
      'numeric labels',
      '落实“三会一课”，推进法律“七进”，构建“3+N”机制，发挥1+1〉2效应，严格执行行政执法三项制度。',
    ],
    ['slogans with 一', '推进“一件事”改革，形成一张清单。'],
    ['bare magnitudes', '开展“万人学法”活动，推动法治宣传进千家万户。'],
    ['procedural rules', '要求各单位每年组织领导干部学法不少于2次，规范性文件在印发后15日内报送备案。'],
    ['ranges of a plan', '全年举办1至2次依法行政培训班。'],
  ])('%s', (_trap, sentence) => {
    expect(values(sentence)).toEqual([]);
  });

  it('cases not accepted (不予受理) are not the accepted count', () => {
    const obs = extractReport('收到行政复议申请326件，受理290件，不予受理15件。').observations;
    expect(obs.map((o) => [o.indicator, o.value])).toEqual([
      ['reconsideration.received', 326],
      ['reconsideration.accepted', 290],
    ]);
  });

  it('year-on-year percentages are attached, not emitted', () => {
    const obs = extractReport('受理法律援助案件800件，同比增长9.95%。').observations;
    expect(obs.map((o) => o.value)).toEqual([800]);
  });

  it('the count in "3个100%" is not a value', () => {
    expect(values('出庭应诉率、首案庭审率和听证率达到3个100%。')).not.toContain(3);
  });

  it('targets in the next-year plan are not observations (but can be asked for)', () => {
    const report = [
      '一、主要举措和成效',
      '全年开展普法讲座30场。',
      '二、存在的不足和原因',
      '普法形式较为单一。',
      '三、2025年工作安排',
      '计划开展普法讲座50场，培训执法人员200名。',
    ].join('\n');
    expect(values(report)).toEqual([30]);
    const withTargets = extractReport(report, { includeTargets: true }).observations.map((o) => o.value);
    expect(withTargets).toEqual([30, 50, 200]);
  });

  it('力争 / 争取 sentences are targets wherever they stand', () => {
    expect(values('力争全年调解纠纷成功率达到98%，争取培训干部500人次。')).toEqual([]);
  });
});
