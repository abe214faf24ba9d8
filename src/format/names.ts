// Names of records in the interface language (English falls back to Chinese when a record has none).
import type { Lang } from '../domain/lang.ts';
import type { Agency, Indicator } from '../domain/types.ts';

export function agencyName(agency: Pick<Agency, 'nameZh' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && agency.nameEn !== '' ? agency.nameEn : agency.nameZh;
}

export function indicatorName(indicator: Pick<Indicator, 'nameZh' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && indicator.nameEn !== '' ? indicator.nameEn : indicator.nameZh;
}

/** The language agencyName() writes the name in: Chinese when an English one is missing. */
export function agencyNameLang(agency: Pick<Agency, 'nameEn'>, lang: Lang): Lang {
  return lang === 'en' && agency.nameEn !== '' ? 'en' : 'zh';
}
