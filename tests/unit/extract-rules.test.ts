// One or more sentences (our own wording) for every indicator family, with the values worked out by hand.
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../src/domain/indicators.ts';
import { extractReport } from '../../src/extract/index.ts';

type Expect = [indicator: string, value: number, qualifier?: string];
const CASES: Array<[sentence: string, expected: Expect[]]> = [
  // reconsideration
  [
    '全年共收到行政复议申请356件，依法受理298件，审结281件。',
    [
      ['reconsideration.received', 356],
      ['reconsideration.accepted', 298],
      ['reconsideration.closed', 281],
    ],
  ],
  ['区行政复议局新收行政复议案件1.2万件。', [['reconsideration.accepted', 12000]]],
  [
    '办结行政复议案件540余件，直接纠错率为11.2%。',
    [
      ['reconsideration.closed', 540, 'more_than'],
      ['reconsideration.correction_rate', 11.2],
    ],
  ],
  ['行政复议案件调撤率达到35%。', [['reconsideration.settlement_rate', 35]]],
  ['被申请人负责人参加行政复议听证率为92%。', [['reconsideration.hearing_head_rate', 92]]],
  // litigation
  ['本年度行政机关负责人出庭应诉率保持100%。', [['litigation.head_appearance_rate', 100]]],
  ['各部门正职负责人参加年度首案庭审率达到100%。', [['litigation.first_case_rate', 100]]],
  ['全年行政诉讼败诉率为3.1%，同比下降1.2个百分点。', [['litigation.loss_rate', 3.1]]],
  ['全区新收一审行政案件412件。', [['litigation.cases', 412]]],
  // mediation
  [
    '各级人民调解组织共受理矛盾纠纷8250件，调解成功8011件，调解成功率97.1%。',
    [
      ['mediation.accepted', 8250],
      ['mediation.resolved', 8011],
      ['mediation.success_rate', 97.1],
    ],
  ],
  ['全年排查化解各类矛盾纠纷两千余件。', [['mediation.accepted', 2000, 'more_than']]],
  // training
  ['组织全体干部职工参加法治培训1200余人次。', [['training.participants', 1200, 'more_than']]],
  ['共有86人参加年度学法考试。', [['training.participants', 86]]],
  ['举办依法行政专题培训班12期。', [['training.sessions', 12]]],
  ['机关干部人均学法学时不少于40学时。', [['training.hours_per_person', 40, 'at_least']]],
  ['党组理论学习中心组开展法治专题学习6次。', [['training.leadership_study', 6]]],
  ['召开常务会议学法4次。', [['training.leadership_study', 4]]],
  ['组织350名行政执法人员参加执法资格考试。', [['training.officers_examined', 350]]],
  // publicity
  [
    '开展宪法宣传周等普法活动45场，受众约3万人次。',
    [
      ['publicity.events', 45],
      ['publicity.audience', 30000, 'about'],
    ],
  ],
  ['深入社区举办普法讲座60余场。', [['publicity.lectures', 60, 'more_than']]],
  ['发放普法宣传资料1.5万份。', [['publicity.materials', 15000]]],
  ['在政务公众号推送法治宣传稿件210篇。', [['publicity.articles', 210]]],
  // disclosure
  [
    '全年办理政府信息公开申请137件，主动公开政府信息2300余条。',
    [
      ['disclosure.requests_handled', 137],
      ['disclosure.proactive_items', 2300, 'more_than'],
    ],
  ],
  ['组织政府开放日活动12场。', [['disclosure.open_days', 12]]],
  // review
  ['对各类合同开展合法性审查215份。', [['review.contracts', 215]]],
  ['审核规范性文件31件。', [['review.normative_documents', 31]]],
  ['对64件政策措施文件开展公平竞争审查。', [['review.fair_competition', 64]]],
  ['出具法律意见书98份。', [['review.legal_opinions', 98]]],
  ['法律顾问列席重要会议、参与重大决策论证120余次。', [['review.counsel_engagements', 120, 'more_than']]],
  // enforcement
  ['组织评查行政执法案卷360卷。', [['enforcement.case_files_reviewed', 360]]],
  ['全区现有持证执法人员2150名。', [['enforcement.certified_officers', 2150]]],
  // legal aid
  [
    '办理法律援助案件2478件，提供法律咨询4.6万人次。',
    [
      ['legal_aid.cases', 2478],
      ['legal_aid.consultations', 46000],
    ],
  ],
  // accountability, petition, hotline, proposals, legislation
  ['组织45家单位主要负责人现场述法。', [['accountability.units_reporting', 45]]],
  ['信访事项按期办结率达到98.5%。', [['petition.on_time_rate', 98.5]]],
  ['全年办理12345市民服务热线工单3600件。', [['hotline.cases', 3600]]],
  ['承办人大代表建议和政协委员提案42件。', [['proposals.handled', 42]]],
  ['基层立法联系点对12部法律法规草案提出立法意见建议186条。', [['legislation.suggestions', 186]]],
  // the same families in other wordings
  [
    '人民调解组织调解各类矛盾纠纷1.2万件，成功化解1.18万件。',
    [
      ['mediation.accepted', 12000],
      ['mediation.resolved', 11800],
    ],
  ],
  ['全年开展“法律进社区”活动36场。', [['publicity.events', 36]]],
  ['组织开展“政府开放月”宣传活动15场。', [['disclosure.open_days', 15]]],
  ['开展民法典宣传活动200余场次。', [['publicity.events', 200, 'more_than']]],
  [
    '提出法律意见建议560条，对《某条例（草案）》提出意见12条。',
    [
      ['review.legal_opinions', 560],
      ['legislation.suggestions', 12],
    ],
  ],
  ['法律服务热线接听群众来电2.1万通。', [['legal_aid.consultations', 21000]]],
  ['举办领导干部法治专题讲座4场，推进依法行政。', [['training.sessions', 4]]],
  [
    '行政应诉案件123件，出庭应诉率100%。',
    [
      ['litigation.cases', 123],
      ['litigation.head_appearance_rate', 100],
    ],
  ],
  [
    '承办人大代表建议35件、政协提案42件。',
    [
      ['proposals.handled', 35],
      ['proposals.handled', 42],
    ],
  ],
  // several values for several indicators
  [
    '受理和审结行政复议案件分别为210件和195件。',
    [
      ['reconsideration.accepted', 210],
      ['reconsideration.closed', 195],
    ],
  ],
  [
    '行政机关负责人出庭应诉率、信访事项按期办结率实现2个100%。',
    [
      ['litigation.head_appearance_rate', 100],
      ['petition.on_time_rate', 100],
    ],
  ],
  ['信访事项按期受理率、按期办结率均为100%。', [['petition.on_time_rate', 100]]],
  // a topic named once for clauses joined by semicolons
  [
    '全年共收到行政复议申请2,156件，同比增长18.2%，其中涉企案件312件；受理1,987件，审结1,902件，审结率95.7%。',
    [
      ['reconsideration.received', 2156],
      ['reconsideration.accepted', 1987],
      ['reconsideration.closed', 1902],
    ],
  ],
  [
    '县政府收到行政复议申请418件；依法受理376件；审结352件。',
    [
      ['reconsideration.received', 418],
      ['reconsideration.accepted', 376],
      ['reconsideration.closed', 352],
    ],
  ],
  // the verb decides: applications accepted are the accepted count
  ['依法受理行政复议申请1,120件。', [['reconsideration.accepted', 1120]]],
  [
    '收到、受理行政复议申请分别为800件、750件。',
    [
      ['reconsideration.received', 800],
      ['reconsideration.accepted', 750],
    ],
  ],
  ['通过调解、和解方式化解行政争议156件，调撤率为32.1%。', [['reconsideration.settlement_rate', 32.1]]],
  ['各单位主要负责人年度首案出庭率为100%。', [['litigation.first_case_rate', 100]]],
  [
    '排查各类矛盾纠纷2300余件，化解2200余件。',
    [
      ['mediation.accepted', 2300, 'more_than'],
      ['mediation.resolved', 2200, 'more_than'],
    ],
  ],
  ['全年受理调解案件4,300件。', [['mediation.accepted', 4300]]],
  [
    '受理和调解成功纠纷分别为1,200件和1,150件。',
    [
      ['mediation.accepted', 1200],
      ['mediation.resolved', 1150],
    ],
  ],
  // the subject named a clause before a bare count
  ['组织新进执法人员综合法律知识考试，1,230人参考。', [['training.officers_examined', 1230]]],
  ['开展国家工作人员学法用法考试，参考人数1.5万人。', [['training.participants', 15000]]],
  ['全年开展述法评议，28家单位参与。', [['accountability.units_reporting', 28]]],
  ['开展“宪法进万家”普法宣传活动，共计45场。', [['publicity.events', 45]]],
  // counts joined by 和 share the words after the last one
  [
    '全县38个部门和12个乡镇党政主要负责人开展年度述法。',
    [
      ['accountability.units_reporting', 38],
      ['accountability.units_reporting', 12],
    ],
  ],
  [
    '全市持证执法人员1 326名，组织执法人员法律知识培训6期。',
    [
      ['enforcement.certified_officers', 1326],
      ['training.sessions', 6],
    ],
  ],
  [
    '全年开展法治培训30场次，受训人员2,600人次。',
    [
      ['training.sessions', 30],
      ['training.participants', 2600],
    ],
  ],
  ['党组专题学法4次。', [['training.leadership_study', 4]]],
  ['举办法治讲堂12期。', [['training.sessions', 12]]],
  ['举办法治讲堂进社区12场。', [['publicity.lectures', 12]]],
  ['开展“以案释法”活动30余场。', [['publicity.events', 30, 'more_than']]],
  [
    '审查区政府及部门合同186份，提出修改意见420条。',
    [
      ['review.contracts', 186],
      ['review.legal_opinions', 420],
    ],
  ],
  ['在门户网站主动公开规范性文件28件。', [['disclosure.proactive_items', 28]]],
  ['主办人大代表议案建议19件。', [['proposals.handled', 19]]],
  // a list whose subjects are not all known keeps the known ones
  ['行政机关负责人出庭应诉率、案件审结率达到2个100%。', [['litigation.head_appearance_rate', 100]]],
  // numbers as PDF conversion and full-width typing leave them
  ['办理法律援助案件1 856件。', [['legal_aid.cases', 1856]]],
  ['全年审结复议案件１，２０５件。', [['reconsideration.closed', 1205]]],
  [
    '举办“以案释法”讲座进社区32场，受众 12.6 万人次。',
    [
      ['publicity.lectures', 32],
      ['publicity.audience', 126000],
    ],
  ],
  ['行政复议纠错率约为五分之一。', [['reconsideration.correction_rate', 20, 'about']]],
  ['开展普法宣传活动上千场。', [['publicity.events', 1000, 'more_than']]],
];

describe('indicator rules (one sentence per family)', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const got = extractReport(sentence).observations.filter((o) => !o.derived);
    const simplified = got.map((o) => [o.indicator, o.value, o.qualifier]);
    expect(simplified).toEqual(expected.map(([i, v, q]) => [i, v, q ?? 'exact']));
    for (const o of got) expect(sentence.slice(o.start, o.end)).toBe(o.text);
  });

  it('covers every indicator of the catalogue', () => {
    const covered = new Set(CASES.flatMap(([, e]) => e.map(([i]) => i)));
    expect(INDICATOR_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('refiners', () => {
  it('derives the mediation success rate from its counts, marked derived, when not stated', () => {
    const text = '全年各调解组织受理纠纷400件，调解成功350件。';
    const rate = extractReport(text).observations.find((o) => o.indicator === 'mediation.success_rate');
    expect(rate).toMatchObject({ value: 87.5, derived: true, unit: '%' });
    expect(text.slice(rate!.start, rate!.end)).toBe(rate!.text);
    expect(rate!.text).toContain('400件');
    expect(rate!.text).toContain('350件');
  });

  it('does not derive a rate when the report states one', () => {
    const obs = extractReport('受理纠纷400件，调解成功350件，调解成功率为88%。').observations;
    expect(
      obs.filter((o) => o.indicator === 'mediation.success_rate').map((o) => [o.value, o.derived]),
    ).toEqual([[88, false]]);
  });

  it('attaches a stated year-on-year change to its value, never as a value of its own', () => {
    const obs = extractReport(
      '办理法律援助案件520件，同比增长12.5%；提供法律咨询3000件，同比下降4%。',
    ).observations;
    expect(obs.map((o) => [o.indicator, o.value, o.yoyPct])).toEqual([
      ['legal_aid.cases', 520, 12.5],
      ['legal_aid.consultations', 3000, -4],
    ]);
  });

  it('keeps a change in percentage points apart from percent, and only on a rate', () => {
    const obs = extractReport(
      '行政机关负责人出庭应诉率为96.5%，同比提高3.2个百分点；行政诉讼败诉率为4%，较上年下降1.5个百分点。全年受理行政复议案件300件，占比提高2个百分点。',
    ).observations;
    expect(obs.map((o) => [o.indicator, o.value, o.yoyPct, o.yoyPoints])).toEqual([
      ['litigation.head_appearance_rate', 96.5, null, 3.2],
      ['litigation.loss_rate', 4, null, -1.5],
      // A share that rose by 2 points is not the count's change.
      ['reconsideration.accepted', 300, null, null],
    ]);
  });

  it('notes a narrowing scope', () => {
    const obs = extractReport('截至11月底，通过“诉调对接”机制受理纠纷300件。').observations;
    expect(obs[0]!.scope).toContain('截至11月底');
    expect(obs[0]!.scope).toContain('诉调对接');
  });

  it('marks parts of a total stated with 其中', () => {
    const obs = extractReport('共办理代表建议和政协提案40件，其中人大代表建议25件。').observations;
    expect(obs.map((o) => [o.value, o.scope])).toEqual([
      [40, null],
      [25, '其中（分项）'],
    ]);
  });
});
