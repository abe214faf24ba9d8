// A value's source and verification in words, for the provenance dialog, chart CSV files, the
// provenance export and titles of badges: "由 宝山区补录.csv 声称 · 未核实", "claimed by x.csv · not verified".
import type { Lang } from '../domain/lang.ts';
import type { FileSource, ValueSource } from '../domain/valueSource.ts';
import type { Verification } from '../domain/verifyEvidence.ts';
import { t } from './messages.ts';

export function fileNames(file: FileSource, lang: Lang): string {
  return file.files.join(lang === 'zh' ? '、' : ', ');
}

/** Where the value came from, in words. */
export function valueSourceText(source: ValueSource, lang: Lang): string {
  switch (source.kind) {
    case 'file':
      return t(lang, 'vsource.file', { file: source.file ? fileNames(source.file, lang) : '' });
    case 'importedReport':
      return t(lang, source.reviewComplete ? 'vsource.importedReportReviewed' : 'vsource.importedReport');
    case 'manual':
      return t(lang, 'vsource.manual');
    case 'derived':
      return t(lang, 'vsource.derived');
    case 'synthetic':
      return t(lang, 'vsource.synthetic');
    case 'report':
      return t(lang, 'vsource.report');
  }
}

export function verificationText(v: Verification, lang: Lang): string {
  return t(lang, `verify.${v}`);
}

/**
 * The source with its verification on one line, as a CSV cell or a badge title. A file row that is
 * not verified says who claims it, so it can never read as "stated in the report".
 */
export function sourceWithVerification(source: ValueSource, v: Verification, lang: Lang): string {
  const sep = lang === 'zh' ? '；' : '; ';
  const base =
    source.kind === 'file' && v !== 'verified' && source.file
      ? `${valueSourceText(source, lang)}${sep}${t(lang, 'vsource.claimedBy', { file: fileNames(source.file, lang) })}`
      : valueSourceText(source, lang);
  return `${base}${sep}${t(lang, `verify.csv.${v}`)}`;
}
