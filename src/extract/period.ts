// Values that are not the report year's: a total since an earlier year or plan period (“八五”普法以来,
// 2021年以来, 近三年) spans several years, and "2023年受理…450件" in a 2024 report is last year's.
// Shown as the year's value they would mislead; "今年以来" and "年初以来" stay in the year.
const SINCE_PERIOD =
  /(十[八九]大|二十大|[七八]五|十[三四]五)[^,，。;]{0,8}以来|近[两二三四五]年|([两二三四五六七八九十]|多)年(来|以来|累计)|历年/;
const SINCE_YEAR = /(\d{4})\s*年[^,，。;]{0,8}以来/g;
const CLAUSE_YEAR = /^\s*(\d{4})\s*年/;

/**
 * @param sentenceHead text from the start of the sentence to the value
 * @param clause the value's own clause, up to the value
 * @param reportYear the year the report covers, when known
 */
export function isOutsideReportYear(
  sentenceHead: string,
  clause: string,
  reportYear: number | null,
): boolean {
  if (SINCE_PERIOD.test(sentenceHead)) return true;
  if (reportYear === null) return false;
  const year = CLAUSE_YEAR.exec(clause);
  if (year && Number(year[1]) < reportYear) return true;
  if (!sentenceHead.includes('以来')) return false;
  SINCE_YEAR.lastIndex = 0;
  for (let m = SINCE_YEAR.exec(sentenceHead); m; m = SINCE_YEAR.exec(sentenceHead)) {
    if (Number(m[1]) < reportYear) return true;
  }
  return false;
}
