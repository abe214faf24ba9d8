// A sentence to cite one value in press material or on a web page: the source report, the agency,
// the year, the indicator and the value with its qualifier kept in words (余, 近, 约, 不少于 …;
// "more than", "about" …). Derived values say they were computed, hand corrections that they were,
// a scope note is kept, and a value from a dataset file or a local import cites that, not the report.
//
//   据《宝山区司法局2024年法治政府建设工作报告》，宝山区司法局2024年受理行政复议案件932件。
import type { Lang } from '../domain/lang.ts';
import type { Agency, Indicator, Observation, Report } from '../domain/types.ts';
import type { ValueSource } from '../domain/valueSource.ts';
import { formatDate } from './date.ts';
import { type MessageKey, t } from './messages.ts';
import { agencyName, indicatorName } from './names.ts';
import { formatUnit } from './units.ts';

export interface CitationInput {
  agency: Pick<Agency, 'nameZh' | 'nameEn'>;
  /** The report the value is read from; null when unknown (the sentence then names no report). */
  report: Pick<Report, 'title' | 'file' | 'published'> | null;
  indicator: Pick<Indicator, 'nameZh' | 'nameEn' | 'unit'>;
  observation: Pick<Observation, 'value' | 'unit' | 'qualifier' | 'derived' | 'year' | 'origin'> & {
    scope?: string | null;
  };
  /**
   * Where the value came from (valueSource). A file row then cites the file, not the report; an
   * imported report says it is a local copy. Absent: the origin column alone decides.
   */
  source?: ValueSource;
}

// Citations quote numbers the way reports print them: no digit grouping in Chinese (932件, 1613件);
// a derived rate (our own division) with one decimal, as everywhere else (formatValue).
function formatCited(value: number, lang: Lang, derivedRate: boolean): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: derivedRate ? 1 : 2,
    useGrouping: lang !== 'zh',
  }).format(value);
}

/** The value in words with its qualifier: "770余次", "近1000场", "more than 770 times", "95.6%". */
export function citationValue(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier'> & { derived?: boolean },
  lang: Lang,
): string {
  const rate = o.unit === '%';
  const unit = rate ? '%' : lang === 'zh' ? o.unit : o.unit === '' ? '' : ` ${formatUnit(o.unit, lang)}`;
  const key: MessageKey =
    o.qualifier === 'more_than' && rate ? 'cite.more_than_rate' : (`cite.${o.qualifier}` as MessageKey);
  return t(lang, key, { n: formatCited(o.value, lang, rate && o.derived === true), unit });
}

export function citationText(input: CitationInput, lang: Lang): string {
  const { agency, report, indicator, observation: o } = input;
  const title = report ? report.title || report.file : '';
  const reportText = !report
    ? lang === 'zh'
      ? '本看板数据'
      : 'the dashboard data'
    : report.published
      ? t(lang, 'cite.reportPublished', { title, date: formatDate(report.published, lang) })
      : t(lang, 'cite.report', { title });
  const derived = o.derived || o.origin === 'derived';
  const kind = input.source?.kind ?? (o.origin === 'imported' ? 'importedReport' : null);
  const file = input.source?.file;
  // A file row is the file's claim, whatever report it names; a local import is said to be one.
  const from =
    kind === 'file' && file
      ? t(lang, 'cite.fromFile', { file: file.files.join(lang === 'zh' ? '、' : ', ') })
      : kind === 'importedReport'
        ? t(lang, 'cite.importedReport', { report: reportText })
        : reportText;
  const notes = [
    derived ? t(lang, 'cite.derived') : '',
    o.origin === 'manual' ? t(lang, 'cite.manual') : '',
    o.scope ? t(lang, 'cite.scope', { scope: o.scope }) : '',
  ].join('');
  return t(lang, o.unit === '%' ? 'cite.sentenceRate' : 'cite.sentence', {
    report: from,
    agency: agencyName(agency, lang),
    year: o.year,
    indicator: indicatorName(indicator, lang),
    value: citationValue({ ...o, derived }, lang),
    derived: notes,
  });
}
