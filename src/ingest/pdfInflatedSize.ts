// Refuses a PDF whose compressed streams inflate past a cap, before pdf.js inflates them whole.
// pdf.js decodes each content and font stream it needs in one piece, so one crafted stream can
// exhaust the heap; here each Flate stream is inflated in small steps and the count stops at the
// cap. Images are skipped: reading text never decodes them.
import { Inflate } from 'fflate';
import { IngestError } from './IngestError.ts';
import { MAX_INFLATED_BYTES, megabytes } from './limits.ts';

const STEP = 16 * 1024;

const OVER = Symbol('over budget');

/**
 * What `data` inflates to through `layers` Flate filters in a row (a filter array may repeat
 * /FlateDecode; pdf.js ends up holding the last layer's output), counted up to `budget`. Every
 * layer is fed in small steps, so no layer ever holds more than one step's expansion.
 */
function inflatedSize(data: Uint8Array, layers: number, budget: number): number {
  let size = 0;
  let push = (chunk: Uint8Array, _final: boolean) => {
    size += chunk.length;
    if (size > budget) throw OVER;
  };
  for (let i = 0; i < layers; i++) {
    const next = push;
    const inflate = new Inflate((chunk, final) => next(chunk, final));
    let header = 2; // zlib's two-byte header; a bad checksum at the end is not our concern
    push = (chunk, final) => {
      const body = chunk.subarray(Math.min(header, chunk.length));
      header = Math.max(0, header - chunk.length);
      if (body.length === 0 && !final) return;
      for (let at = 0; at < body.length || (at === 0 && final); at += STEP) {
        inflate.push(body.subarray(at, at + STEP), final && at + STEP >= body.length);
      }
    };
  }
  try {
    for (let at = 0; at < data.length; at += STEP)
      push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    // Over budget, or damaged data (pdf.js decides what it can still read).
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
    const layers = (dict.match(/\/FlateDecode\b|\/Fl\b/g) ?? []).length;
    if (layers === 0 || /\/Subtype\s*\/Image/.test(dict)) continue;
    total += inflatedSize(bytes.subarray(dataStart, dataEnd), layers, cap - total);
    if (total > cap) {
      throw new IngestError(
        'too-large',
        `cannot read .pdf: its text streams inflate to more than ${megabytes(cap)} (a real report is a few MB); the file is damaged or not a report`,
      );
    }
  }
}
