// How much work one file may cost. A real annual report is well under 200 000 characters and a
// few MB on disk; these caps are two orders of magnitude above that, so they never refuse a real
// report, yet a crafted file (a ZIP or PDF stream that inflates to gigabytes, millions of numbers)
// is refused in seconds with a message instead of exhausting the heap and taking the next files
// (or the browser tab) down with it.
import { IngestError } from './IngestError.ts';

/** Bytes that the parts we read of a .docx or .pdf may inflate to, all parts together. */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

/** Characters of text one report may have after decoding or conversion. */
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;

/** Pages of one PDF. */
export const MAX_PDF_PAGES = 5000;

/** Observations (plus candidates) one report may yield; a real one yields under 200. */
export const MAX_RECORDS_PER_FILE = 20_000;

const MB = 1024 * 1024;
export const megabytes = (n: number): string => `${Math.round(n / MB)} MB`;

/** Refuses a report that yielded more records than any real one could. */
export function assertRecordCount(count: number): void {
  if (count > MAX_RECORDS_PER_FILE) {
    throw new IngestError(
      'too-large',
      `${count} values found, more than the ${MAX_RECORDS_PER_FILE} one report may have (a real report has under 200); check that the file is a single report`,
    );
  }
}
