// Text PDF → report text. pdf.js is imported on first use (a lazy chunk in the dashboard) and runs
// on the caller's thread: in the browser that is already the extraction worker, so pdf.js is given
// its own worker code as a module instead of a script URL (nothing fetched, CSP stays "self").
import { IngestError, type RefusalKind } from './IngestError.ts';
import { MAX_PDF_PAGES, MAX_TEXT_CHARS } from './limits.ts';
import { CMAP_FILE, pdfCMapLoader } from './pdfCMaps.ts';
import { assertPdfInflatesWithin } from './pdfInflatedSize.ts';
import { type PdfPage, type PdfTextItem, pdfPagesToText } from './pdfLayout.ts';

const PDF_SIGNATURE = '%PDF-';
/** Fewer characters than this per page, on average, is no text layer to speak of (a page of a report has 500 to 1 000). */
const MIN_CHARS_PER_PAGE = 100;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    // pdf.js looks for globalThis.pdfjsWorker before it would start a worker from a URL.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

const refuse = (message: string, kind: RefusalKind = 'damaged') =>
  new IngestError('pdf', `cannot read .pdf: ${message}`, kind);

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (allowed by readers); look in the first kilobyte.
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes(PDF_SIGNATURE);
}

// pdf.js asks its data factory for CMaps (and standard-font data, which text extraction can do
// without); this one answers from the configured loader.
// Documents are read one at a time, so one counter tells whether this one lacked a CMap.
let missingCMaps = 0;

class CMapDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl') throw new Error(`no ${kind} data: ${filename}`);
    const load = pdfCMapLoader();
    try {
      if (!load || !CMAP_FILE.test(filename)) throw new Error(`no CMap ${filename}`);
      return await load(filename);
    } catch (error) {
      missingCMaps++;
      throw error;
    }
  }
}

function reasonOf(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return 'the PDF is password-protected; remove the password or save it as .docx';
  if (name === 'InvalidPDFException')
    return 'the file is damaged (not a readable PDF structure); export it again from the original, or save that as .docx';
  return 'the file is damaged or uses features we cannot read; save it as .docx or .txt';
}

/** The text of a PDF's text layer, one paragraph per line; refuses a PDF that has none. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (!isPdf(bytes))
    throw refuse(
      'not a PDF file (no %PDF header); check the file, or save the original as .docx',
      'wrong-format',
    );
  assertPdfInflatesWithin(bytes);
  const lib = await loadPdfJs();
  missingCMaps = 0;
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer: a plain
  // copy serves both.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapPacked: true,
    BinaryDataFactory: CMapDataFactory,
  } as Parameters<typeof lib.getDocument>[0]);
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      throw refuse(
        reasonOf(error),
        (error as Error | null)?.name === 'PasswordException' ? 'password' : 'damaged',
      );
    }
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new IngestError(
        'too-large',
        `cannot read .pdf: ${doc.numPages} pages, more than the ${MAX_PDF_PAGES} a report may have`,
      );
    }
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let items: PdfTextItem[];
      let height: number;
      try {
        const page = await doc.getPage(n);
        height = page.getViewport({ scale: 1 }).height;
        const content = await page.getTextContent();
        items = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const [a, b, , d, x, y] = item.transform as number[];
          items.push({
            str: item.str,
            x: x!,
            y: y!,
            width: item.width,
            size: Math.hypot(a!, b!) || Math.abs(d!) || item.height,
          });
          chars += item.str.length;
        }
        page.cleanup();
      } catch (error) {
        if (error instanceof IngestError) throw error;
        throw refuse(`page ${n}: ${reasonOf(error)}`);
      }
      if (chars > MAX_TEXT_CHARS) {
        throw new IngestError(
          'too-large',
          `cannot read .pdf: more than ${MAX_TEXT_CHARS} characters of text`,
        );
      }
      pages.push({ height, items });
    }
    const text = pdfPagesToText(pages);
    // A scan may still carry a few words of text (a printed date, an address line): far less
    // than any page of a report, and reading it would report every value as missing.
    const letters = text.replace(/\s/g, '').length;
    if (letters < MIN_CHARS_PER_PAGE * pages.length) {
      if (missingCMaps > 0) {
        throw refuse(
          'its fonts are not embedded and their character maps could not be loaded; save the original as .docx, or export the PDF again with fonts embedded',
          'fonts',
        );
      }
      throw new IngestError(
        'no-text-layer',
        `cannot read .pdf: it has no text layer (a scanned image${letters > 0 ? `; only ${letters} characters of text on ${pages.length} pages` : ''}); save the original as .docx or a text PDF, or run text recognition (OCR) on it first`,
      );
    }
    return text;
  } finally {
    await task.destroy();
  }
}
