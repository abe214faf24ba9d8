// Refuses a ZIP (a .docx) whose XML parts inflate past a cap, before mammoth inflates them whole.
// The sizes a ZIP declares can lie, so the parts are really inflated here, in small steps, and
// the count stops at the cap: a 500 MB bomb costs about 50 MB of work, never 500 MB of memory.
import { Unzip, UnzipInflate } from 'fflate';
import { IngestError } from './IngestError.ts';
import { MAX_INFLATED_BYTES, megabytes } from './limits.ts';

// mammoth parses the package's XML parts; media (images) are only copied, never inflated for text.
const PARSED_PART = /\.(?:xml|rels)$/i;
const STEP = 16 * 1024;

/** Throws IngestError('too-large') when the parsed parts inflate past `cap` bytes. */
export function assertZipInflatesWithin(bytes: Uint8Array, what: string, cap = MAX_INFLATED_BYTES): void {
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    if (!PARSED_PART.test(file.name) || over) return;
    file.ondata = (error, chunk) => {
      if (error) return; // damaged data: mammoth says so in its own words
      total += chunk.length;
      if (total > cap && !over) {
        over = true;
        file.terminate();
      }
    };
    try {
      file.start();
    } catch {
      // An unknown compression method: mammoth reports the file as damaged.
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !over; at += STEP) {
      unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
    }
  } catch {
    // A malformed archive: left to mammoth, whose message names the damage.
  }
  if (over) {
    throw new IngestError(
      'too-large',
      `cannot read ${what}: its text parts inflate to more than ${megabytes(cap)} (a real report is a few MB); the file is damaged or not a report`,
    );
  }
}
