// Short indicator names for places with room for a word or two: the coverage matrix's column
// headers and the compare chart's axis. Full names such as "Reconsideration applications received"
// do not fit there, and cutting them made three columns read "Reconsideration appli…". Each short
// name is unique within its language (a test holds them to that and to a length that fits); the
// full name stays on hover, on focus and in every accessible name.
import type { Lang } from '../domain/lang.ts';
import type { Indicator } from '../domain/types.ts';
import { indicatorName } from './names.ts';

export const INDICATOR_SHORT_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  'reconsideration.received': { zh: '复议申请', en: 'Recon. applications' },
  'reconsideration.accepted': { zh: '复议受理', en: 'Recon. accepted' },
  'reconsideration.closed': { zh: '复议审结', en: 'Recon. concluded' },
  'reconsideration.correction_rate': { zh: '复议纠错率', en: 'Recon. corrected %' },
  'reconsideration.settlement_rate': { zh: '复议调撤率', en: 'Recon. settled %' },
  'reconsideration.hearing_head_rate': { zh: '听证出席率', en: 'Heads at hearing %' },
  'litigation.head_appearance_rate': { zh: '出庭应诉率', en: 'Heads in court %' },
  'litigation.first_case_rate': { zh: '首案出庭率', en: 'Chief at 1st trial %' },
  'litigation.loss_rate': { zh: '败诉率', en: 'Lawsuits lost %' },
  'litigation.cases': { zh: '行政诉讼', en: 'Lawsuits' },
  'mediation.accepted': { zh: '受理纠纷', en: 'Disputes taken' },
  'mediation.resolved': { zh: '调解成功', en: 'Disputes resolved' },
  'mediation.success_rate': { zh: '调解成功率', en: 'Mediation success %' },
  'training.participants': { zh: '培训人数', en: 'Trainees' },
  'training.sessions': { zh: '培训场次', en: 'Training sessions' },
  'training.hours_per_person': { zh: '人均学时', en: 'Hours per person' },
  'training.leadership_study': { zh: '领导学法', en: 'Leaders’ study' },
  'training.officers_examined': { zh: '执法考试', en: 'Officers examined' },
  'publicity.events': { zh: '普法活动', en: 'Publicity events' },
  'publicity.lectures': { zh: '普法讲座', en: 'Public lectures' },
  'publicity.audience': { zh: '普法受众', en: 'Audience' },
  'publicity.materials': { zh: '普法资料', en: 'Materials' },
  'publicity.articles': { zh: '宣传稿件', en: 'Articles' },
  'disclosure.requests_handled': { zh: '依申请公开', en: 'Disclosure requests' },
  'disclosure.proactive_items': { zh: '主动公开', en: 'Proactive items' },
  'disclosure.open_days': { zh: '开放活动', en: 'Open days' },
  'review.contracts': { zh: '合同审查', en: 'Contracts reviewed' },
  'review.normative_documents': { zh: '规范性文件', en: 'Normative docs' },
  'review.fair_competition': { zh: '公平竞争', en: 'Fair competition' },
  'review.legal_opinions': { zh: '法律意见', en: 'Legal opinions' },
  'review.counsel_engagements': { zh: '法律顾问', en: 'Counsel' },
  'enforcement.case_files_reviewed': { zh: '案卷评查', en: 'Case files' },
  'enforcement.certified_officers': { zh: '持证人员', en: 'Certified officers' },
  'legal_aid.cases': { zh: '法律援助', en: 'Legal aid' },
  'legal_aid.consultations': { zh: '法律咨询', en: 'Consultations' },
  'accountability.units_reporting': { zh: '述法单位', en: 'Units reporting' },
  'petition.on_time_rate': { zh: '信访按期率', en: 'Petitions on time %' },
  'hotline.cases': { zh: '热线工单', en: 'Hotline cases' },
  'proposals.handled': { zh: '建议提案', en: 'Proposals' },
  'legislation.suggestions': { zh: '立法建议', en: 'Legislative input' },
};

/** The indicator's short name in the interface language; its full name when it has none (imports). */
export function indicatorShortName(
  indicator: Pick<Indicator, 'id' | 'nameZh' | 'nameEn'>,
  lang: Lang,
): string {
  return INDICATOR_SHORT_NAMES[indicator.id]?.[lang] ?? indicatorName(indicator, lang);
}
