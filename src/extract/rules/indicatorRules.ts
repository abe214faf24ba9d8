// The ordered rule list, assembled as data (chrono style). Rates first, then counts by family.
// Each regex is tested on short bounded phrases (≤ 80 chars), never on the whole text.
import type { IndicatorRule } from './indicatorRule.ts';

const PCT = ['%'];
const CASES = ['件', '起', '宗', '例'];
const PEOPLE = ['人', '名', '人次'];
const SESSIONS = ['场', '次', '期', '班', '个', '堂', '场次'];
/** Words that say an audience is the public (普法讲座 for residents), not staff (专题讲座 for cadres). */
const PUBLIC =
  /普法|宣传|群众|社区|居民|市民|村民|学生|师生|企业|公众|社会|进(社区|校园|企业|农村|乡村|机关|单位|家庭|网络)/;
/** Reconsideration counts never come from sentences about these. */
const NOT_RECONSIDERATION =
  /不予受理|纠纷|咨询|热线|公开|信访|建议|提案|诉讼|调解|援助|法援|工单|投诉|举报|仲裁|公证/;
/** A bare 办结率 in a sentence about petitions may still be another service's. */
const NOT_PETITION = /热线|工单|12345|建议|提案|复议|诉讼|公开|许可|政务服务/;
/** 政务信息 and 新闻报道 in general are not legal publicity: the sentence must be about the law. */
const LEGAL_PUBLICITY = /法治|普法|法律|法规|宪法|民法典|法制|以案释法/;
/** Files graded in a review (优秀案卷120卷) are a part of those reviewed, not the number reviewed. */
const GRADED_FILES = /优秀|良好|合格|问题|不规范|瑕疵|典型|示范/;
const PER_SESSION = /每场|每次|每期|每堂|每课/;
const STUDY_TOTAL = /时长|每场|每次|每期|累计|合计|总计|共计|总学时/;
const NOT_LEGISLATION = /法律意见|审查意见|审核意见|合法性/;
/**
 * Bodies whose study is the leaders' (党组/党委/党工委 meetings, the theory study group 中心组, the
 * government's 常务会): a 党组织 or 党支部 is any party branch, not the leadership.
 */
const LEAD_BODY =
  /党组(?!织)|党委(?!员)|党工委|中心组|常务会|常委会|办公会|领导班子|班子成员|领导干部|党政领导/;
/** What is studied is the law (学法, 学习习近平法治思想), not political theory in general. */
const STUDIES_LAW = '(学法|学习[^,，;。\\d]{0,12}法)';
/** The sentence is about the law: study of 二十大精神 or a 讲话 is political study, not legal training. */
const ABOUT_LAW = /法治|法律|法规|学法|普法|宪法|民法典|法典|条例|依法|规章|法》/;
/** Political study: the theory in general, the 第一议题, conveying a meeting's spirit. */
const POLITICAL_STUDY = /理论学习(?!中心组)|第一议题|传达|精神|党课/;
/** Both a leadership body and the law in the topic (lookaheads from the start: tried once). */
const LEAD_BODY_AND_LAW = new RegExp(`^(?=[\\s\\S]*(${LEAD_BODY.source}))(?=[\\s\\S]*(${ABOUT_LAW.source}))`);
/**
 * What may follow a bare verb before its number: its case noun, a nominalising 量/数 and a copula
 * ("，受理932件", "审结案件871件", "审结量为70件", "受理数达到79件").
 */
const BARE_VERB_TAIL =
  '(?=的?(各类)?(行政)?(复议)?(申请|案件)?(量|数|数量|件数)?(为|达|达到|共|共计|计|合计)?\\s*$)';
/** Staff as a whole: their study is training, whoever else the sentence names. */
const STAFF = /干部职工|全体干部|全体职工|工作人员|执法人员|全员|全系统|全局/;
/** Staff and officials in general (not 干部群众): when they are counted the audience is not the public. */
const OFFICIALS = new RegExp(`(${STAFF.source}|党员干部|机关干部|公职人员|国家工作人员)(?!群众)`);
/** Meetings about training are not training (培训推进会, 部署会). */
const MEETING = /(推进|部署|座谈|工作|联席|调度|协调|动员|总结|推进)会/;
/** A count of people who passed or hold something is not the count of those who sat the exam. */
const PASSED = /通过[^,，;。]{0,10}(考试|考核|测试)|合格|及格/;
const NOT_SITTING = new RegExp(`${PASSED.source}|取得|获得|持证|持有|换证|补考`);

// biome-ignore format: one rule per line reads as a table
export const INDICATOR_RULES: readonly IndicatorRule[] = [
  // ── rates ────────────────────────────────────────────────────────────────────────────────
  // 首案出庭率 ends where 出庭率 does: the narrower first-case rule comes first and wins the tie.
  { name: 'first-case-rate', indicator: 'litigation.first_case_rate', units: PCT, cue: /首案.{0,6}(庭审|出庭|应诉)率?|首案率/, side: 'before', confidence: 0.9 },
  { name: 'court-appearance-rate', indicator: 'litigation.head_appearance_rate', units: PCT, cue: /出庭应诉率|负责人出庭率|出庭率/, side: 'before', confidence: 0.95 },
  { name: 'hearing-head-rate', indicator: 'reconsideration.hearing_head_rate', units: PCT, cue: /参加.{0,10}听证.{0,2}率|负责人.{0,12}听证.{0,2}率/, side: 'before', confidence: 0.9 },
  // A bare 听证率 is the share of cases heard; it is the heads' attendance only in a list that opens
  // with the heads (负责人出庭应诉率、…、听证率).
  { name: 'hearing-head-rate-topic', indicator: 'reconsideration.hearing_head_rate', units: PCT, cue: /听证率/, side: 'before', topic: /负责人[^。;,，]{0,40}听证率/, penalty: 3, confidence: 0.85 },
  { name: 'correction-rate', indicator: 'reconsideration.correction_rate', units: PCT, cue: /纠错率/, side: 'before', confidence: 0.9 },
  { name: 'settlement-rate', indicator: 'reconsideration.settlement_rate', units: PCT, cue: /调撤率|调解和解率|和解率|撤回率|调解、和解.{0,8}(率|比例|占比)/, side: 'before', topic: /复议|行政争议/, confidence: 0.85 },
  { name: 'loss-rate', indicator: 'litigation.loss_rate', units: PCT, cue: /败诉率/, side: 'before', confidence: 0.9 },
  { name: 'mediation-success-rate', indicator: 'mediation.success_rate', units: PCT, cue: /调解成功率|调处成功率|化解成功率|化解率/, side: 'before', forbid: /信访|积案|行政争议/, confidence: 0.95 },
  { name: 'mediation-success-rate-topic', indicator: 'mediation.success_rate', units: PCT, cue: /成功率/, side: 'before', topic: /调解|纠纷|矛盾/, confidence: 0.85 },
  { name: 'petition-on-time', indicator: 'petition.on_time_rate', units: PCT, cue: /按期.{0,6}率|按时.{0,4}(办结|受理|答复)率|及时(受理|办结|答复|转送)率|办结率|受理率|转送率/, side: 'before', topic: /信访/, forbid: NOT_PETITION, confidence: 0.9 },

  // ── reconsideration ─────────────────────────────────────────────────────────────────────
  { name: 'reconsideration-received', indicator: 'reconsideration.received', units: ['件', '份'], cue: /(收到|接收|收|接到).{0,8}复议申请/, side: 'before', confidence: 0.95 },
  // A bare 复议申请 is what was received, unless the clause says it was accepted or concluded.
  { name: 'reconsideration-applications', indicator: 'reconsideration.received', units: ['件', '份'], cue: /复议申请/, side: 'before', forbid: /(?<!不予)受理|立案|审结|办结|结案/, penalty: 1, confidence: 0.9 },
  // The -topic rules read a bare verb right before the number ("，受理932件", "审结案件871件"); a verb
  // with a noun of its own (受理行政许可500件, 办结来信来访120件) is about something else.
  { name: 'reconsideration-received-topic', indicator: 'reconsideration.received', units: ['件', '份'], cue: new RegExp(`(收到|接收|接到)${BARE_VERB_TAIL}`), side: 'before', topic: /复议/, forbid: NOT_RECONSIDERATION, penalty: 3, confidence: 0.85 },
  { name: 'reconsideration-accepted', indicator: 'reconsideration.accepted', units: ['件'], cue: /((?<!不予)受理|新收|立案).{0,10}复议|复议.{0,6}((?<!不予)受理|新收|立案)/, forbid: /不予受理/, confidence: 0.95 },
  { name: 'reconsideration-accepted-topic', indicator: 'reconsideration.accepted', units: ['件'], cue: new RegExp(`((?<!不予)受理|新收|立案)${BARE_VERB_TAIL}`), side: 'before', topic: /复议/, forbid: NOT_RECONSIDERATION, penalty: 3, confidence: 0.85 },
  { name: 'reconsideration-closed', indicator: 'reconsideration.closed', units: ['件'], cue: new RegExp(`(审结|办结|结案|审理终结)${BARE_VERB_TAIL}`), side: 'before', topic: /复议/, forbid: NOT_RECONSIDERATION, confidence: 0.9 },

  // ── litigation ──────────────────────────────────────────────────────────────────────────
  { name: 'litigation-cases', indicator: 'litigation.cases', units: CASES, cue: /行政诉讼案件|行政应诉案件|一审行政(诉讼)?案件|被诉|行政诉讼.{0,4}(收案|新收|发生|受理)|应诉案件/, confidence: 0.9 },

  // ── petition / hotline / proposals ──────────────────────────────────────────────────────
  { name: 'hotline-cases', indicator: 'hotline.cases', units: ['件', '条', '个', '通'], cue: /热线|12345|工单/, forbid: /法律咨询|法律服务热线|12348/, confidence: 0.9 },
  { name: 'proposals', indicator: 'proposals.handled', units: ['件', '份', '条'], cue: /代表.{0,4}(建议|议案)|人大建议|政协提案|委员提案|建议提案|建议和提案|人大.{0,4}(书面)?意见|提案/, confidence: 0.9 },

  // ── mediation ───────────────────────────────────────────────────────────────────────────
  { name: 'mediation-resolved', indicator: 'mediation.resolved', units: CASES, cue: /调解成功|成功调解|调处成功|成功化解|化解(矛盾)?纠纷|调解.{0,2}成功/, confidence: 0.9 },
  // "排查纠纷2300件，化解2200件": a bare 化解 after disputes were named is the resolved count.
  { name: 'mediation-resolved-topic', indicator: 'mediation.resolved', units: CASES, cue: /化解(?=(各类)?\s*$)/, side: 'before', topic: /纠纷|矛盾/, forbid: /排查|信访|积案|复议|诉讼|行政争议/, penalty: 3, confidence: 0.8 },
  { name: 'mediation-accepted', indicator: 'mediation.accepted', units: CASES, cue: /(受理|排查|接收|收到|新收|(?<!成功)调解(?!成功)|调处(?!成功)).{0,10}(纠纷|矛盾)|(纠纷|矛盾).{0,6}(受理|排查)|(?<!成功)调解(类)?案件/, forbid: /复议|诉讼/, confidence: 0.9 },

  // ── legal aid ───────────────────────────────────────────────────────────────────────────
  { name: 'legal-aid-cases', indicator: 'legal_aid.cases', units: ['件', '宗', '起'], cue: /法律援助|法援|法律帮助/, confidence: 0.9 },
  { name: 'legal-consultations', indicator: 'legal_aid.consultations', units: ['件', '人次', '次', '条', '通'], cue: /法律咨询|咨询|来电/, topic: /法律|热线|12348|公共法律服务/, confidence: 0.85 },

  // ── review of contracts, documents, opinions ────────────────────────────────────────────
  { name: 'counsel-engagements', indicator: 'review.counsel_engagements', units: ['次', '人次'], cue: /法律顾问/, confidence: 0.9 },
  { name: 'fair-competition', indicator: 'review.fair_competition', units: ['件', '份', '个', '项'], cue: /公平竞争/, forbid: /违反|纠正|整改|废止/, confidence: 0.9 },
  { name: 'legal-opinions', indicator: 'review.legal_opinions', units: ['件', '份', '条'], cue: /法律意见|律师意见|意见书|审查意见|审核意见|法律建议|法律审核意见/, forbid: /监督意见|督察|检察|整改/, confidence: 0.9 },
  // 修改意见 on a contract or a document under review (on a draft law it is a legislative suggestion).
  { name: 'review-comments', indicator: 'review.legal_opinions', units: ['件', '份', '条'], cue: /修改意见|修改建议|意见建议/, topic: /合同|协议|审查|审核|规范性文件|法律顾问/, forbid: /立法|草案|征求意见稿|条例|法规|规章/, penalty: 2, confidence: 0.8 },
  { name: 'contracts', indicator: 'review.contracts', units: ['件', '份', '个'], cue: /合同|协议/, topic: /审查|审核|把关|合法性|法律顾问/, confidence: 0.85 },
  { name: 'normative-documents', indicator: 'review.normative_documents', units: ['件', '份', '个'], cue: /规范性文件/, forbid: /主动公开/, confidence: 0.85 },

  // ── enforcement ─────────────────────────────────────────────────────────────────────────
  { name: 'case-files-reviewed', indicator: 'enforcement.case_files_reviewed', units: ['卷', '份', '件', '本', '宗', '起'], cue: /案卷|卷宗|评查[^,，;。]{0,8}案件/, topic: /评查|检查|抽查|评审/, forbid: GRADED_FILES, confidence: 0.9 },
  // Sitting the enforcement qualification exam (参加执法资格考试, 参与行政执法证资格考试).
  { name: 'enforcement-exam-takers', indicator: 'training.officers_examined', units: PEOPLE, cue: /执法(资格|证件?|人员资格)[^,，;。]{0,6}(考试|考核|测试)/, forbid: NOT_SITTING, confidence: 0.85 },
  { name: 'certified-officers', indicator: 'enforcement.certified_officers', units: ['人', '名'], cue: /持证|执法证|执法资格|执法证件/, forbid: /考试|培训|考核|暂扣|吊销|注销|收回|申领|违规|违法/, confidence: 0.9 },
  { name: 'officers-examined', indicator: 'training.officers_examined', units: PEOPLE, cue: /执法人员|执法队员|执法骨干/, topic: /考试|培训|轮训|考核|测试|抽考/, forbid: /持证|持有|执法证/, confidence: 0.9 },

  // ── accountability, legislation ─────────────────────────────────────────────────────────
  { name: 'units-reporting', indicator: 'accountability.units_reporting', units: ['家', '人', '个', '名', '位'], cue: /述法/, countsEntities: true, confidence: 0.9 },
  { name: 'legislation-suggestions', indicator: 'legislation.suggestions', units: ['条', '项', '件'], cue: /意见建议|立法建议|修改建议|建议/, topic: /立法|草案|征求意见稿|法规|条例/, forbid: NOT_LEGISLATION, confidence: 0.85 },
  { name: 'legislation-draft-opinions', indicator: 'legislation.suggestions', units: ['条', '项', '件'], cue: /(草案|征求意见稿|条例|立法).{0,12}(意见|建议)/, side: 'before', forbid: NOT_LEGISLATION, confidence: 0.8 },

  // ── disclosure ──────────────────────────────────────────────────────────────────────────
  { name: 'disclosure-requests', indicator: 'disclosure.requests_handled', units: ['件', '份', '条'], cue: /依申请公开|信息公开申请|公开申请|申请公开/, confidence: 0.9 },
  { name: 'disclosure-proactive', indicator: 'disclosure.proactive_items', units: ['件', '条', '份', '项', '个'], cue: /主动公开/, confidence: 0.9 },
  { name: 'open-days', indicator: 'disclosure.open_days', units: ['场', '次', '期', '个', '场次'], cue: /开放(日|月|周)|政府开放/, confidence: 0.9 },

  // ── training ────────────────────────────────────────────────────────────────────────────
  { name: 'leadership-study', indicator: 'training.leadership_study', units: ['次', '场', '期', '场次'], cue: new RegExp(`中心组|会前学法|会前学习|党委会前|党组会前|学法会|(${LEAD_BODY.source})[^,，;。]{0,12}${STUDIES_LAW}`), forbid: STAFF, confidence: 0.9 },
  // "…常务会…，完成…等4次集体学法", "局党组…；集体学法10次": a collective study whose body is named
  // elsewhere in the sentence (or the clause a semicolon joins to it).
  { name: 'leadership-study-topic', indicator: 'training.leadership_study', units: ['次', '场', '期', '场次'], cue: new RegExp(`(集体|集中)${STUDIES_LAW}`), topic: LEAD_BODY, forbid: STAFF, penalty: 2, confidence: 0.85 },
  // "班子成员带头学法，全年学法9次": a bare 学法/学习 whose body and law are named elsewhere in the
  // sentence; general theory study (专题理论学习) in its own clause is not it.
  { name: 'leadership-study-bare', indicator: 'training.leadership_study', units: ['次', '场', '期', '场次'], cue: /学法|学习/, topic: LEAD_BODY_AND_LAW, forbid: new RegExp(`${STAFF.source}|${POLITICAL_STUDY.source}`), penalty: 4, confidence: 0.8 },
  // Hours of study are per person when the report says so (人均) or counts them in 学时; a session's
  // length (每场培训2小时, 时长) or a total (累计120学时) is not.
  { name: 'hours-per-person', indicator: 'training.hours_per_person', units: ['学时', '小时', '课时'], cue: /(人均|每人|平均)(学法|学习|培训)?(学时|时间|时长)?/, forbid: PER_SESSION, confidence: 0.85 },
  { name: 'study-hours', indicator: 'training.hours_per_person', units: ['学时', '课时'], cue: /学时|学法|培训|学习/, forbid: STUDY_TOTAL, confidence: 0.8 },
  { name: 'law-study-time', indicator: 'training.hours_per_person', units: ['小时'], cue: /学法|学时/, forbid: STUDY_TOTAL, confidence: 0.8 },
  // Enforcement officers in the clause make it the narrower officers_examined.
  { name: 'training-participants', indicator: 'training.participants', units: PEOPLE, cue: /培训|参训|受训|轮训|学法|考试|学习|测试|旁听|参考(人数|人员)?/, forbid: new RegExp(`受众|覆盖|惠及|持证|执法证|执法人员|执法队员|执法骨干|${PASSED.source}|${MEETING.source}`), confidence: 0.85 },

  // ── publicity (before training sessions: 普法讲座 is publicity, 专题讲座 for staff is training) ──
  { name: 'publicity-lectures', indicator: 'publicity.lectures', units: ['场', '次', '堂', '期', '个', '场次'], cue: /讲座|宣讲|法治课堂?|讲堂|课堂/, topic: PUBLIC, confidence: 0.85 },
  { name: 'training-sessions', indicator: 'training.sessions', units: SESSIONS, cue: /培训|课程|(专题|研讨|研修|学习|进修|读书|轮训)班|班次|轮训|辅导|授课|讲座|专题课|讲堂|课堂/, forbid: MEETING, confidence: 0.85 },
  // 宣讲 and invited experts for staff: legal training only when the sentence is about the law (a
  // 宣讲 of a party congress is political study).
  { name: 'staff-lectures', indicator: 'training.sessions', units: SESSIONS, cue: /宣讲|邀请[^,，;。]{0,16}(专家|律师|教授|学者|法官|检察官)/, topic: ABOUT_LAW, penalty: 1, confidence: 0.8 },
  // Study by staff counted in sessions (学习200余场次, 学法活动4次): a fallback, so any other cue in
  // the clause wins over it.
  { name: 'study-sessions', indicator: 'training.sessions', units: ['场', '次', '期', '场次'], cue: /学习|学法/, topic: ABOUT_LAW, forbid: /各(类|种|项)(?![^,，;。]{0,4}法)|考试|测试|测评|竞赛|比赛|竞答|人均|学时|强国|积分|平台|理论学习|第一议题|传达|精神|(?<!进)(企业|社区|校园|农村|乡村)/, fallback: true, confidence: 0.75 },
  { name: 'publicity-audience', indicator: 'publicity.audience', units: ['人次', '人', '万人次'], cue: /受众|覆盖|惠及|受益|受教育|教育群众|(参与|参加|吸引)的?(群众|居民|村民|市民|师生|学生|公众)|(群众|居民|村民|市民|师生|公众)参与|服务群众|观看|收看|听众|观众/, forbid: OFFICIALS, confidence: 0.85 },
  { name: 'publicity-materials', indicator: 'publicity.materials', units: ['份', '张', '本', '册', '件'], cue: /资料|海报|明白纸|折页|手册|读物|读本|口袋书|宣传品|宣传册|宣传单|单页|挂图|宣传页|宣传用品|普法用品/, confidence: 0.85 },
  { name: 'publicity-articles', indicator: 'publicity.articles', units: ['篇', '条', '期'], cue: /信息|稿件|文章|推送|报道|推文|宣传.{0,6}内容|法治内容|公众号/, topic: LEGAL_PUBLICITY, forbid: /公开/, confidence: 0.85 },
  // Outreach named by its verb (送法下乡12次, 法律进社区20场) is a publicity event without 活动.
  { name: 'publicity-outreach', indicator: 'publicity.events', units: ['场', '次', '场次'], cue: /送法(下乡|进|上门|入)|普法(下乡|进)|法律(下乡|进)|法治(宣传)?进/, forbid: /开放(日|月|周)|督察|检查|执法|学法|讲座|宣讲|培训/, penalty: 1, confidence: 0.75 },
  { name: 'publicity-events', indicator: 'publicity.events', units: ['场', '次', '项', '个', '场次'], cue: /活动/, topic: /普法|法治宣传|宣传|法治文化|宪法|民法典|法律进|送法|法治进|以案释法|法治教育/, forbid: /开放(日|月|周)|政府开放|督察|检查|执法|学法|学习(?!宣传)/, confidence: 0.8 },
];
