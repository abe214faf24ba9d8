// The text items of a PDF's pages → report text: lines rebuilt from positions, running headers,
// footers and page numbers removed, wrapped lines joined back into whole paragraphs (also across
// page breaks), one paragraph per line like every other format. Pure: no pdf.js here, so the
// rules are tested on invented pages.

export interface PdfTextItem {
  str: string;
  /** Baseline origin in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  size: number;
}

export interface PdfPage {
  height: number;
  items: readonly PdfTextItem[];
}

interface Line {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)]!;
}

const median = (values: readonly number[]) => quantile(values, 0.5);

/** Items that share a baseline, left to right, as one line of text. */
function linesOf(page: PdfPage): Line[] {
  const items = page.items.filter((i) => i.str.trim() !== '' && i.size > 0);
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: PdfTextItem[] = [];
  const flush = () => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      const gap = item.x - end;
      const size = Math.max(item.size, 1);
      // A visible gap between two items is a space in Latin text; CJK text has none.
      if (text !== '' && gap > size * 0.25 && !(CJK.test(text.slice(-1)) || CJK.test(item.str[0] ?? ''))) {
        text += ' ';
      }
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      lines.push({
        x0: group[0]!.x,
        x1: end,
        y: median(group.map((i) => i.y)),
        size: median(group.map((i) => i.size)),
        text,
      });
    }
    group = [];
  };
  for (const item of items) {
    const first = group[0];
    if (first && Math.abs(first.y - item.y) > Math.max(first.size, item.size) * 0.5) flush();
    group.push(item);
  }
  flush();
  return lines;
}

// Page numbers as offices print them: 3, - 3 -, — 3 —, 第3页, 第3页 共9页, 共9页 第3页, 3/9, Page 3 of 9.
const PAGE_NUMBER =
  /^(?:[-—–－]?\s*\d{1,4}\s*[-—–－]?|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;

/** How many lines at each end of a page may be a running header or footer. */
const EDGE_LINES = 3;

const chromeKey = (line: Line) =>
  `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').replace(/\s/g, '')}`;

/** Lines repeated at the same height near the top or bottom of most pages, and page numbers there. */
function removeChrome(pages: Line[][]): Line[][] {
  const edges = (lines: Line[]) => {
    const n = Math.min(EDGE_LINES, lines.length);
    return new Set([...lines.slice(0, n), ...lines.slice(lines.length - n)]);
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set([...edges(lines)].map(chromeKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (line: Line) =>
    pages.length >= 2 && (counts.get(chromeKey(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines) => {
    const edge = edges(lines);
    // Chrome sits outside the body: drop edge lines from the outside in, stop at the first body line.
    const drop = new Set<Line>();
    for (const order of [lines, [...lines].reverse()]) {
      for (const line of order) {
        if (!edge.has(line)) break;
        if (repeated(line) || PAGE_NUMBER.test(line.text)) drop.add(line);
        else break;
      }
    }
    return lines.filter((line) => !drop.has(line));
  });
}

// The body's left edge: the leftmost start shared by a fair number of lines (paragraphs' later
// lines start there; first lines may be indented), so that one stray line further left does not move it.
function leftMargin(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const x = Math.round(line.x0);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const enough = Math.max(2, lines.length * 0.05);
  const shared = [...counts].filter(([, count]) => count >= enough).map(([x]) => x);
  return shared.length > 0 ? Math.min(...shared) : Math.min(...counts.keys());
}

// A sentence that ends before the line is full ends its paragraph more often than not.
const SENTENCE_END = /[。！？；：:;!?][”’」』）)]?$/;

/**
 * Joins wrapped lines into paragraphs. Where the document spaces its paragraphs apart, that gap is
 * the sign inside a page (a line can end short of the margin mid-sentence when the next word,
 * "“3.15”" or "2024年", does not fit); otherwise, and across a page break, a paragraph ends at a
 * line that stops short, an indented next line or a change of font size.
 */
function paragraphs(pages: Line[][]): string[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const left = leftMargin(all);
  const right = Math.max(...all.map((l) => l.x1));
  const steps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) steps.push(lines[i - 1]!.y - lines[i]!.y);
  }
  // Steps inside paragraphs are the smaller ones and, in any real text, more than a quarter of all.
  const lineStep = quantile(steps, 0.25);
  const isGap = (step: number) => step > lineStep * 1.25;
  // Spaced paragraphs: gaps are common (not one stray blank line in a long text).
  const spaced = steps.filter(isGap).length >= Math.max(2, steps.length * 0.03);
  const out: string[] = [];
  let current = '';
  let previous: Line | null = null;
  let previousPage = -1;
  pages.forEach((lines, pageIndex) => {
    for (const line of lines) {
      let breaks = true;
      if (previous) {
        const size = Math.max(previous.size, line.size);
        const short = previous.x1 < right - size * 3;
        const endsSentence = SENTENCE_END.test(previous.text) && previous.x1 < right - size * 1.2;
        const indented = line.x0 > left + size * 1.5;
        const resized = Math.abs(previous.size - line.size) > size * 0.15;
        breaks =
          spaced && pageIndex === previousPage
            ? isGap(previous.y - line.y) || resized
            : (pageIndex === previousPage && isGap(previous.y - line.y)) ||
              short ||
              endsSentence ||
              indented ||
              resized;
      }
      if (breaks) {
        if (current !== '') out.push(current);
        current = line.text;
      } else {
        const glue = LATIN_END.test(current) && LATIN_START.test(line.text) ? ' ' : '';
        current += glue + line.text;
      }
      previous = line;
      previousPage = pageIndex;
    }
  });
  if (current !== '') out.push(current);
  return out;
}

/** Report text of the pages, one paragraph per line. */
export function pdfPagesToText(pages: readonly PdfPage[]): string {
  return paragraphs(removeChrome(pages.map(linesOf))).join('\n');
}
