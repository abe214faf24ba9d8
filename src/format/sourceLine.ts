// The source line under a chart (embed page, downloaded images): which reports the values come
// from, when they were published and when the numbers were extracted. Up to three reports are
// named; more are counted, with the range of their publication dates.
import type { Lang } from '../domain/lang.ts';
import type { DatasetMeta, Report } from '../domain/types.ts';
import { formatDate } from './date.ts';
import { t } from './messages.ts';

export type SourceReport = Pick<Report, 'id' | 'title' | 'file' | 'published' | 'year'> &
  Partial<Pick<Report, 'origin'>>;

/** Reports imported in this browser (or corrected by hand) are not published: counted apart. */
const isLocal = (r: SourceReport) => r.origin === 'imported' || r.origin === 'manual';

/** Reports named one by one up to this many. */
export const NAMED_REPORTS = 3;

/**
 * The source line. Local imports are never counted among the published reports: "5 份报告 + 1 份
 *本地导入"; `local` tells them (default: the report's origin), e.g. reports brought by a file.
 */
export function sourceLine(
  reports: readonly SourceReport[],
  meta: Pick<DatasetMeta, 'extractedAt'>,
  lang: Lang,
  local: (r: SourceReport) => boolean = isLocal,
): string {
  const seen = new Set<string>();
  const all = reports.filter((r) => !seen.has(r.id) && seen.add(r.id));
  const unique = all.filter((r) => !local(r));
  const locals = all.length - unique.length;
  let text = publishedText(unique, lang);
  if (locals > 0) {
    text =
      unique.length === 0
        ? t(lang, 'source.onlyLocal', { count: locals })
        : t(lang, 'source.withLocal', { published: text, count: locals });
  }
  return meta.extractedAt
    ? t(lang, 'source.line', { reports: text, extracted: formatDate(meta.extractedAt, lang) })
    : t(lang, 'source.lineNotExtracted', { reports: text });
}

function publishedText(unique: readonly SourceReport[], lang: Lang): string {
  let text: string;
  if (unique.length === 0) text = t(lang, 'source.noReports');
  else if (unique.length <= NAMED_REPORTS) {
    text = unique
      .map((r) =>
        t(lang, 'source.report', {
          title: r.title || r.file,
          published: r.published
            ? t(lang, 'source.published', { date: formatDate(r.published, lang) })
            : t(lang, 'source.undated'),
        }),
      )
      .join(t(lang, 'source.sep'));
  } else {
    const dates = unique.flatMap((r) => (r.published ? [r.published] : [])).sort();
    const undated = unique.length - dates.length;
    const years = [...new Set(unique.map((r) => r.year))].sort((a, b) => a - b);
    const parts: string[] = [];
    if (dates.length > 0)
      parts.push(
        t(lang, 'source.manyPublished', {
          from: formatDate(dates[0]!, lang),
          to: formatDate(dates[dates.length - 1]!, lang),
        }),
      );
    if (undated > 0) parts.push(t(lang, 'source.manyUndated', { count: undated }));
    text = t(lang, 'source.many', {
      count: unique.length,
      years: years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`,
      published: parts.join(lang === 'zh' ? '，' : '; '),
    });
  }
  return text;
}
