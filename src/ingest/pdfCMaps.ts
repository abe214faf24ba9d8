// Where pdf.js gets the character maps (CMaps) of fonts a PDF names but does not embed — common
// in Chinese PDFs (STSong-Light with UniGB-UCS2-H …). Without them such a PDF's text cannot be
// decoded. Ingest stays pure: the command reads them from pdfjs-dist on disk, the browser worker
// from the site's own files, each by setting the loader here.

/** Reads one packed CMap file (e.g. "UniGB-UCS2-H.bcmap") shipped with pdfjs-dist. */
export type CMapLoader = (fileName: string) => Promise<Uint8Array>;

let loader: CMapLoader | null = null;

export function setPdfCMapLoader(next: CMapLoader | null): void {
  loader = next;
}

export function pdfCMapLoader(): CMapLoader | null {
  return loader;
}

/** The only file names asked for: pdf.js's CMap names plus ".bcmap" (no paths). */
export const CMAP_FILE = /^[A-Za-z0-9][\w.+-]*\.bcmap$/;
