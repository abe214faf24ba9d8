// Refuses a PDF whose compressed streams inflate past a cap, before pdf.js inflates them whole.
// pdf.js decodes each content and font stream it needs in one piece, so one crafted stream can
// exhaust the heap; here each Flate stream is inflated in small steps and the count stops at the
// cap. Images are skipped: reading text never decodes them.
import { Inflate } from 'fflate';
import { IngestError } from './IngestError.ts';
import { MAX_INFLATED_BYTES, megabytes } from './limits.ts';

const STEP = 16 * 1024;

function inflatedSize(data: Uint8Array, budget: number): number {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
  });
  try {
    // FlateDecode is zlib: skip its two-byte header, a damaged checksum is not our concern.
    for (let at = 2; at < data.length && size <= budget; at += STEP) {
      inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    }
  } catch {
    // Damaged data: pdf.js decides what it can still read.
  }
  return size;
}

/** Throws IngestError('too-large') when the PDF's non-image Flate streams inflate past `cap`. */
export function assertPdfInflatesWithin(bytes: Uint8Array, cap = MAX_INFLATED_BYTES): void {
  // Latin-1 maps byte i to char i, so string positions are byte offsets.
  const text = new TextDecoder('latin1').decode(bytes);
  const keyword = /stream\r?\n/g;
  let total = 0;
  let searchFrom = 0;
  for (let match = keyword.exec(text); match !== null; match = keyword.exec(text)) {
    if (match.index < searchFrom || text.startsWith('end', match.index - 3)) continue;
    const dataStart = match.index + match[0].length;
    const dictStart = Math.max(text.lastIndexOf(' obj', match.index), match.index - 4096, 0);
    const dict = text.slice(dictStart, match.index);
    const dataEnd = text.indexOf('endstream', dataStart);
    if (dataEnd < 0) break;
    searchFrom = dataEnd + 9;
    keyword.lastIndex = searchFrom;
    if (!/\/FlateDecode|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) continue;
    total += inflatedSize(bytes.subarray(dataStart, dataEnd), cap - total);
    if (total > cap) {
      throw new IngestError(
        'too-large',
        `cannot read .pdf: its text streams inflate to more than ${megabytes(cap)} (a real report is a few MB); the file is damaged or not a report`,
      );
    }
  }
}
