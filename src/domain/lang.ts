// Interface languages. Lives in the domain leaf so format, state and charts can share it
// without importing each other.
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** BCP 47 locale used with Intl for each interface language. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
