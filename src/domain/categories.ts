// Display names of the indicator categories (the `category` column of the catalogue), in the
// catalogue's order. Unknown categories (from an imported catalogue) are shown as written.
import type { Lang } from './lang.ts';

export const CATEGORY_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  reconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  litigation: { zh: '行政诉讼', en: 'Administrative litigation' },
  mediation: { zh: '矛盾纠纷调解', en: 'Dispute mediation' },
  training: { zh: '学法培训', en: 'Legal training' },
  publicity: { zh: '普法宣传', en: 'Legal publicity' },
  disclosure: { zh: '政务公开', en: 'Information disclosure' },
  review: { zh: '合法性审查', en: 'Legality review' },
  enforcement: { zh: '行政执法', en: 'Administrative enforcement' },
  legal_aid: { zh: '法律援助', en: 'Legal aid' },
  accountability: { zh: '述法', en: 'Rule-of-law accountability reports' },
  petition: { zh: '信访与诉求', en: 'Petitions and citizen requests' },
  legislation: { zh: '立法参与', en: 'Legislative participation' },
};

export function categoryName(category: string, lang: Lang): string {
  return CATEGORY_NAMES[category]?.[lang] ?? category;
}
