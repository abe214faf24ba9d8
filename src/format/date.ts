// Dates through Intl, like numbers: 2025年1月9日 in Chinese, Jan 9, 2025 in English. The dataset
// keeps ISO dates (YYYY-MM-DD, or a timestamp whose date part is used); they are calendar days, so
// they are formatted in UTC and never shift a day with the reader's time zone.
import { type Lang, LOCALES } from '../domain/lang.ts';

const cache = new Map<Lang, Intl.DateTimeFormat>();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** A calendar date for the reader; anything that is not an ISO date is shown as it was given. */
export function formatDate(iso: string, lang: Lang): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 2025-02-30 over into March; such a date is not one, so keep the text.
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return iso;
  let f = cache.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    cache.set(lang, f);
  }
  return f.format(date);
}
