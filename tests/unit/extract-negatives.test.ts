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
    ['a bound describing a noun', '纠纷调解成功率在95%以下的乡镇已全部整改，组织50人以上的培训。'],
    ['plans written with 计划 and 明年', '计划举办普法讲座30场，明年将开展法治培训10期。'],
    ['places and units counted with 个', '在全市16个区开展法治培训，组织30个单位参加普法培训。'],
    ['the length of a session', '每场培训时长2小时，培训时长累计120小时。'],
    ['estimates', '开展法治培训数十次，举办普法讲座三四十场，召开培训会一两次。'],
    ['frequencies and obligations', '原则上每季度组织1次法治讲座。'],
    ['counts written as a change', '与2023年相比，调解纠纷数量增加300件，同比增加法律援助案件56件。'],
    ["last year's figures", '上年同期办结法律援助案件700件，去年全年开展普法活动60场。'],
    ['totals since an earlier plan period', '“八五”普法以来，累计开展普法活动2,000余场。'],
    ['numbers inside quoted names', '开展“三个一批”普法活动，落实“五个一”普法工程。'],
    ['a hearing rate that is not about heads', '行政复议听证率达到30%。'],
    ['petition backlogs are not mediation', '信访积案化解率达到95%。'],
    ['government information in general is not legal publicity', '发布政务信息1,200条。'],
    ['files graded in a review are not the files reviewed', '开展案卷评查，评出优秀案卷20卷。'],
    ['certificates withdrawn', '2名执法人员因违规被暂扣执法证。'],
    ['documents corrected after review', '纠正违反公平竞争审查标准的文件2件。'],
    ['oversight notices are not legal opinions', '行政执法监督制发监督意见书12份。'],
    ['a hotline rate in a sentence about petitions', '办理信访事项2,300件，12345热线按期办结率99%。'],
  ])('%s', (_trap, sentence) => {
    expect(values(sentence)).toEqual([]);
  });

  it("an ordinal right after a count is a position, even where 第 ends the count's own phrase", () => {
    // "参加第" is the words after 36人, so the 第 is not in the ordinal's own clause.
    expect(values('组织干部36人参加第三期法治培训。')).toEqual([36]);
    expect(values('推荐8名执法人员参加第二批执法资格考试。')).toEqual([8]);
  });

  it('cases not accepted (不予受理) are not the accepted count', () => {
    const obs = extractReport('收到行政复议申请326件，受理290件，不予受理15件。').observations;
    expect(obs.map((o) => [o.indicator, o.value])).toEqual([
      ['reconsideration.received', 326],
      ['reconsideration.accepted', 290],
    ]);
  });

  it('a verb with a noun of its own is not about the reconsideration named earlier', () => {
    const text = '收到行政复议申请300件，市场监管部门受理行政许可500件，办结群众来信来访120件。';
    expect(values(text)).toEqual([300]);
  });

  it('the starting point of a change is not a value', () => {
    expect(values('行政诉讼案件数量由上年的310件下降至268件，出庭应诉率从85%提高到100%。')).toEqual([
      268, 100,
    ]);
  });

  it("a clause about an earlier year is not the report year's value", () => {
    const text = '某区2024年法治政府建设情况报告\n2023年受理行政复议案件450件，2024年受理520件。';
    expect(values(text)).toEqual([520]);
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
