// Families of phrasing that real reports use and the first rule tables could not read. Every
// sentence is our own; each family has readings that must be made and look-alikes that must stay
// unread (political study, exams passed, the public vs staff). Values worked out by hand.
import { describe, expect, it } from 'vitest';
import { extractReport, rankIndicators } from '../../src/extract/index.ts';

type Expect = [indicator: string, value: number, qualifier?: string];
const read = (sentence: string): Expect[] =>
  extractReport(sentence).observations.map((o) => [o.indicator, o.value, o.qualifier]);
const family = (cases: Array<[string, Expect[]]>) =>
  it.each(cases)('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected.map(([i, v, q]) => [i, v, q ?? 'exact']));
  });

describe('staff study counted in sessions (学习/学法 …场次)', () => {
  family([
    ['全镇各村组织干部开展法治思想学习80余场次。', [['training.sessions', 80, 'more_than']]],
    ['机关各支部开展民法典专题学习12场。', [['training.sessions', 12]]],
    ['组织全体干部参加的宪法学习活动6次。', [['training.sessions', 6]]],
    ['各科室开展法律法规学习交流45次。', [['training.sessions', 45]]],
    ['全年开展学法活动近百场。', [['training.sessions', 100, 'nearly']]],
    // political study, not legal training
    ['组织专题理论学习20次。', []],
    ['传达学习重要讲话精神15次。', []],
    ['召开学习会9次，学习党的全会精神。', []],
    // exams and platforms are not sessions
    ['组织网上学法考试3次。', []],
    ['举办“学法用法”知识竞赛2次。', []],
    // study of every kind is not legal training, even when a legal part of it is named after it
    ['全县举办各类学习活动共58场，其中法治专题16场。', []],
    ['开展各类法治学习活动40场。', [['training.sessions', 40]]],
    // a law's title says the study is legal
    ['组织学习《行政处罚法》5次。', [['training.sessions', 5]]],
    ['开展警示教育学习3次。', []],
  ]);
});

describe('the leadership body may stand a clause away (党工委, 党组, 常务会 … 集体学法)', () => {
  family([
    ['镇党委会议专题学习习近平法治思想7次。', [['training.leadership_study', 7]]],
    ['街道党工委会议专题学习法律法规4次。', [['training.leadership_study', 4]]],
    ['县政府常务会议听取法治工作汇报，全年完成《民法典》等6次集体学法。', [['training.leadership_study', 6]]],
    ['局党组高度重视法治建设；集体学法8次。', [['training.leadership_study', 8]]],
    ['区委常委会带头学法，全年集中学法11次。', [['training.leadership_study', 11]]],
    // the body studies politics, not the law
    ['召开党组会议第一议题学习20次。', []],
    // a branch (党组织, 党支部) is not the leadership: staff study
    ['各基层党组织专题学习法治思想30余场次。', [['training.sessions', 30, 'more_than']]],
    // staff, even when the leadership is named in the sentence
    ['局党组部署，组织全体干部职工集中学法5次。', [['training.sessions', 5]]],
    // a bare 学法 whose body and law are named in the clause before
    ['政府班子成员带头学法，全年学法9次。', [['training.leadership_study', 9]]],
    ['将法治内容纳入党委理论学习中心组学习，全年共学习6次。', [['training.leadership_study', 6]]],
    // general theory study beside the body's own study
    [
      '先后组织召开专题理论学习31次、分局党委理论学习中心组专题学习10次。',
      [['training.leadership_study', 10]],
    ],
  ]);
});

describe('classes counted in 期 (研讨班, 学习班, 研修班)', () => {
  family([
    ['举办法治思想专题研讨班2期。', [['training.sessions', 2]]],
    ['开办依法行政学习班3期。', [['training.sessions', 3]]],
    ['组织执法骨干研修班1期。', [['training.sessions', 1]]],
    ['举办领导干部法治进修班4期。', [['training.sessions', 4]]],
    ['开展法治专题研讨2次。', []],
  ]);
});

describe('a session count right before a people count shares its noun (N次M人次参加的培训)', () => {
  family([
    [
      '共举办6次300余人次参加的法治专题培训。',
      [
        ['training.sessions', 6],
        ['training.participants', 300, 'more_than'],
      ],
    ],
    [
      '开展4期共200人参训的依法行政培训班。',
      [
        ['training.sessions', 4],
        ['training.participants', 200],
      ],
    ],
    [
      '组织3场150人次参加的执法人员业务培训。',
      [
        ['training.sessions', 3],
        ['training.officers_examined', 150],
      ],
    ],
    // the people count names a meeting, not training: neither is read
    ['召开5次80人参加的座谈会。', []],
    // a people count with a noun of its own does not lend it
    ['开展8次活动，120人参加法治培训。', [['training.participants', 120]]],
  ]);
});

describe('a bare people count right after a session count counts its people (8期、420人次)', () => {
  family([
    [
      '组织机关干部参加法治培训8期、420人次。',
      [
        ['training.sessions', 8],
        ['training.participants', 420],
      ],
    ],
    [
      '举办依法行政培训班3期560人。',
      [
        ['training.sessions', 3],
        ['training.participants', 560],
      ],
    ],
    [
      '开展法治专题培训5场、共计260人次。',
      [
        ['training.sessions', 5],
        ['training.participants', 260],
      ],
    ],
    [
      '组织执法人员培训3期、共150人。',
      [
        ['training.sessions', 3],
        ['training.officers_examined', 150],
      ],
    ],
    // not training: the people are not read
    ['召开座谈会5次、80人。', []],
    // a negation after it names another group
    ['开展法治培训6期，8人缺考。', [['training.sessions', 6]]],
  ]);
});

describe('who took part is named a clause before (…考试6场，174人参加)', () => {
  family([
    ['开展新任职干部法律知识考试4场，96人参加。', [['training.participants', 96]]],
    ['组织“每月一学法”活动10次，超3000人次参与。', [['training.participants', 3000, 'more_than']]],
    [
      '举办法治培训班2期，参训人员共计260人。',
      [
        ['training.sessions', 2],
        ['training.participants', 260],
      ],
    ],
    [
      '举办依法行政培训班3期，共180人参加。',
      [
        ['training.sessions', 3],
        ['training.participants', 180],
      ],
    ],
    // a negation names a different group
    ['组织法律知识考试2场，5人未参加。', []],
    // the clause before is not training
    ['召开法治工作推进会3次，60人参加。', []],
  ]);
});

describe('the audience of publicity is the public (受教育群众, 参与的居民)', () => {
  family([
    ['开展普法宣传活动，受教育群众达8000余人次。', [['publicity.audience', 8000, 'more_than']]],
    ['送法下乡活动吸引村民参与2000人次。', [['publicity.audience', 2000]]],
    ['举办法治文艺演出，观众1200余人。', [['publicity.audience', 1200, 'more_than']]],
    ['法治宣传覆盖师生5000人。', [['publicity.audience', 5000]]],
    ['民法典宣讲受教育人数3万人次。', [['publicity.audience', 30000]]],
    // petitioners are not an audience
    ['接待群众来访300人次。', []],
    // staff watching a trial are not the public
    ['组织干部职工观看庭审直播2场，参与人数150人次。', []],
  ]);
});

describe('sitting the enforcement qualification exam (执法资格考试)', () => {
  family([
    ['组织12人参加行政执法资格考试。', [['training.officers_examined', 12]]],
    ['全年组织2人参与第三批行政执法证资格考试。', [['training.officers_examined', 2]]],
    ['推荐新进人员18名参加执法证件考试。', [['training.officers_examined', 18]]],
    // passed or holding is not sitting
    ['15人通过行政执法资格考试。', []],
    ['现有30名工作人员取得行政执法证。', [['enforcement.certified_officers', 30]]],
  ]);
});

describe('宣讲 and invited experts: staff training only about the law', () => {
  family([
    ['邀请高校教授为机关干部开展法治专题讲授3次。', [['training.sessions', 3]]],
    ['邀请律师等专家开展2次民法典解读。', [['training.sessions', 2]]],
    ['组建宣讲团，面向全局干部开展法治宣讲5场。', [['training.sessions', 5]]],
    // to the public it is publicity
    ['深入社区开展普法宣讲20场。', [['publicity.lectures', 20]]],
    // political 宣讲 is not legal training
    ['开展全会精神宣讲活动30余场。', []],
  ]);
});

describe('评查 counts case files in 卷, 宗, 起 and 件', () => {
  family([
    ['组织开展执法案卷评查，共评查卷宗210宗。', [['enforcement.case_files_reviewed', 210]]],
    ['评查行政处罚案件85起。', [['enforcement.case_files_reviewed', 85]]],
    ['对12家单位开展案卷评查，抽查案卷300余卷。', [['enforcement.case_files_reviewed', 300, 'more_than']]],
    ['评查行政执法案件46件，发现问题13个。', [['enforcement.case_files_reviewed', 46]]],
    // graded files are a part of those reviewed
    ['开展案卷评查，评出优秀卷宗9宗。', []],
    // cases handled are not files reviewed
    ['查处违法案件40起。', []],
  ]);
});

describe('the topic may be the heading the paragraph opens with', () => {
  family([
    [
      '（二）深化普法宣传\n全年开展各类活动45场次，发布信息32条。',
      [
        ['publicity.events', 45],
        ['publicity.articles', 32],
      ],
    ],
    ['3.深化法治宣传。全镇开展主题活动16场。', [['publicity.events', 16]]],
    [
      '四、行政复议工作\n全年收到申请120件，受理98件，审结90件。',
      [
        ['reconsideration.received', 120],
        ['reconsideration.accepted', 98],
        ['reconsideration.closed', 90],
      ],
    ],
    // no heading on the topic: unread
    ['（二）优化营商环境\n全年开展各类活动45场次。', []],
    // a long first sentence is prose, not a heading
    ['我局始终坚持把普法宣传作为一项基础性工作来抓并不断创新方式方法。全年开展各类活动45场次。', []],
  ]);
  it('but not for a number far into a long paragraph', () => {
    const far = `（二）深化普法宣传。${'持续推进各项工作落地见效，'.repeat(40)}全年开展各类活动45场次。`;
    expect(read(far)).toEqual([]);
    expect(read('（二）深化普法宣传。持续推进各项工作落地见效，全年开展各类活动45场次。')).toEqual([
      ['publicity.events', 45, 'exact'],
    ]);
  });
});

describe('meetings about training are not training (培训推进会, 工作会议)', () => {
  family([
    ['召开法治培训推进会2次，50人参加。', []],
    ['召开全区法治培训工作会议1次。', []],
    ['组织培训动员会3场，参会120人。', []],
    // a 培训会 is a training session
    [
      '举办执法培训会3场，培训240人次。',
      [
        ['training.sessions', 3],
        ['training.participants', 240],
      ],
    ],
  ]);
});

describe('outreach named by its verb is a publicity event (送法下乡, 法律进社区)', () => {
  family([
    ['开展送法下乡12次。', [['publicity.events', 12]]],
    ['组织送法进企业8场。', [['publicity.events', 8]]],
    ['全年开展法治进校园30余场次。', [['publicity.events', 30, 'more_than']]],
    // a lecture is a lecture, an inspection is not publicity
    ['开展法律进社区讲座15场。', [['publicity.lectures', 15]]],
    ['开展送法进企业执法检查6次。', []],
  ]);
});

describe('a bare verb may be nominalised before its number (审结量为70件, 受理数达到36件)', () => {
  family([
    [
      '全年行政复议案件受理量为79件，审结量为70件。',
      [
        ['reconsideration.accepted', 79],
        ['reconsideration.closed', 70],
      ],
    ],
    [
      '复议机构收到数达到40件，受理数为36件。',
      [
        ['reconsideration.received', 40],
        ['reconsideration.accepted', 36],
      ],
    ],
    ['区行政复议局本年度复议案件审结数共计58件。', [['reconsideration.closed', 58]]],
    // a verb with a noun of its own is about something else
    ['行政复议工作稳步推进，受理行政许可量为500件。', []],
    ['行政复议工作稳步推进，办结信访件数为42件。', []],
  ]);
});

describe('publicity materials by what is handed out (读本, 口袋书, 宣传单)', () => {
  family([
    ['发放《民法典》读本3000册。', [['publicity.materials', 3000]]],
    ['向群众赠送普法口袋书800本。', [['publicity.materials', 800]]],
    ['印发法治宣传单1.2万张。', [['publicity.materials', 12000]]],
    ['发放普法用品600余件。', [['publicity.materials', 600, 'more_than']]],
    ['购置图书500册。', []],
  ]);
});

describe('rankIndicators', () => {
  it('ranks what the words may name, best first, the first being what extractReport emits', () => {
    const ranked = rankIndicators(
      '场次',
      '各单位组织干部开展法治思想学习',
      '',
      '各单位组织干部开展法治思想学习',
    );
    expect(ranked.map((c) => c.indicator)).toEqual(['training.sessions']);
    expect(ranked[0]!.score).toBeGreaterThan(0);
    expect(ranked[0]!.score).toBeLessThanOrEqual(1);
  });

  it('lists competing readings once each, nearest cue first', () => {
    const topic = '开展普法宣传活动，举办普法讲座12场';
    const ranked = rankIndicators('场', '举办普法讲座', '', topic);
    expect(ranked[0]!.indicator).toBe('publicity.lectures');
    expect(new Set(ranked.map((c) => c.indicator)).size).toBe(ranked.length);
    expect(ranked.length).toBeLessThanOrEqual(3);
  });

  it('ranks a fallback reading after every other, however near its cue', () => {
    const ranked = rankIndicators('次', '开展法治培训和学习', '', '开展法治培训和学习');
    expect(ranked.map((c) => c.indicator)).toEqual(['training.sessions']);
    expect(ranked[0]!.rule).toBe('training-sessions');
  });

  it('is empty when nothing fits', () => {
    expect(rankIndicators('件', '今年', '', '今年')).toEqual([]);
    expect(rankIndicators('吨', '培训', '', '培训')).toEqual([]);
  });
});
