// CSV text → rows, fed in pieces as they arrive (a streamed download), for well-formed files.
// It reads what papaparse reads with readCsv's settings (delimiter ",", the newline of the first
// line break, "" inside quotes) and numbers rows as readCsv does (LF, CRLF and lone CR each count
// as one line, inside quoted cells too). Whatever papaparse would report or read leniently (an
// unterminated or malformed quote, spaces after a closing quote, lone-CR line ends) makes it stop
// with `failed` set, so the caller can read the whole text with readCsv instead: the two must
// never disagree on a file, and giving up on a rare odd file only costs one more pass.

/**
 * Where rows go. row(): the cells are cells[0, count). plainRow(), for a row without quotes: cell
 * i is text.slice(bounds[2i], bounds[2i + 1]), so a reader can type numbers and known words without
 * making a string of each (without plainRow, such rows come as strings to row() too). The arrays
 * are reused for the next row: copy what you keep.
 */
export interface CsvRowHandler {
  row(cells: readonly string[], count: number, line: number): void;
  plainRow?(text: string, bounds: readonly number[], count: number, line: number): void;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** parseRow() results that are not the index after a row. */
const INCOMPLETE = -1;
const FAILED = -2;

// A single row longer than this (an unterminated quote swallowing the file) is not re-scanned
// chunk after chunk: the reader gives up and the whole text is read once by readCsv.
const MAX_PENDING = 1 << 22;

function indexOrEnd(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? text.length : i;
}

export class CsvRowReader {
  private pending = '';
  /** Line of the next row to read (1-based). */
  private line = 1;
  private crlf: boolean | null = null;
  private stopped = false;
  private readonly cells: string[] = [];
  private readonly bounds: number[] = [];

  constructor(private readonly handler: CsvRowHandler) {}

  /** True once the reader gave up; no more rows are delivered after that. */
  get failed(): boolean {
    return this.stopped;
  }

  push(chunk: string): void {
    if (this.stopped || chunk === '') return;
    let text = chunk;
    let start = 0;
    if (this.crlf === null) {
      text = this.pending + chunk;
      this.pending = '';
      if (!this.detectNewline(text, false)) return;
    } else if (this.pending !== '') {
      // Finish the row left over from the last piece with this piece's first line, then read the
      // piece itself: indexing a string made by concatenation is slower than the piece as decoded.
      const lf = chunk.indexOf('\n');
      if (lf < 0) {
        this.hold(this.pending + chunk);
        return;
      }
      const head = this.pending + chunk.slice(0, lf + 1);
      this.pending = '';
      const stop = this.read(head, 0, false);
      if (this.stopped) return;
      if (stop < head.length) {
        text = head.slice(stop) + chunk.slice(lf + 1); // a quoted cell goes on past that line
      } else start = lf + 1;
    }
    const stop = this.read(text, start, false);
    if (!this.stopped) this.hold(stop === 0 ? text : text.slice(stop));
  }

  end(): void {
    if (this.stopped) return;
    const text = this.pending;
    this.pending = '';
    if (this.crlf === null && !this.detectNewline(text, true)) return;
    this.read(text, 0, true);
  }

  private hold(rest: string): void {
    this.pending = rest;
    if (rest.length > MAX_PENDING) this.stopped = true;
  }

  /**
   * Like readCsv's detectNewline, the first line break of the file decides. False (text held)
   * while the text so far cannot tell, or (stopped) for lone-CR line ends, left to papaparse.
   */
  private detectNewline(text: string, final: boolean): boolean {
    const lf = text.indexOf('\n');
    const cr = text.indexOf('\r');
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      if (cr + 1 >= text.length && !final) {
        this.hold(text);
        return false;
      }
      if (text.charCodeAt(cr + 1) !== LF) {
        this.stopped = true;
        return false;
      }
      this.crlf = true;
      return true;
    }
    if (lf < 0 && !final) {
      this.hold(text);
      return false;
    }
    this.crlf = false;
    return true;
  }

  /** Reads rows from `from`; returns where the first incomplete row starts (text.length if none). */
  private read(text: string, from: number, final: boolean): number {
    const n = text.length;
    const crlf = this.crlf === true;
    const bounds = this.bounds;
    const plain = this.handler.plainRow !== undefined;
    // Where the next quote and CR are (n: none), found once and moved on as rows pass them.
    let nextQuote = -1;
    let nextCR = -1;
    let pos = from;
    while (pos < n) {
      if (nextQuote < pos) nextQuote = indexOrEnd(text, '"', pos);
      if (nextCR < pos) nextCR = indexOrEnd(text, '\r', pos);
      const lf = text.indexOf('\n', pos);
      // The common row: no quote, and no CR but the one of its CRLF. Its cells are the text
      // between commas, found by the engine's indexOf rather than character by character.
      const end = crlf ? lf - 1 : lf;
      if (lf >= 0 && nextQuote > lf && (crlf ? nextCR === end : nextCR > lf)) {
        let count = 0;
        let s = pos;
        for (;;) {
          const comma = text.indexOf(',', s);
          const e = comma < 0 || comma >= end ? end : comma;
          bounds[2 * count] = s;
          bounds[2 * count + 1] = e;
          count++;
          if (e === end) break;
          s = comma + 1;
        }
        const line = this.line;
        this.line = line + 1;
        if (plain) this.handler.plainRow!(text, bounds, count, line);
        else {
          for (let i = 0; i < count; i++) this.cells[i] = text.substring(bounds[2 * i]!, bounds[2 * i + 1]!);
          this.handler.row(this.cells, count, line);
        }
        pos = lf + 1;
        continue;
      }
      const next = this.parseRow(text, pos, final);
      if (next === FAILED) {
        this.stopped = true;
        return pos;
      }
      if (next === INCOMPLETE) return pos;
      pos = next;
    }
    return pos;
  }

  /**
   * Reads the row starting at `start`: delivers it and returns the index after its line break
   * (or the text's length at the end of a final text), INCOMPLETE when the text ends inside it
   * and more may follow, FAILED where papaparse would not read it plainly.
   */
  private parseRow(text: string, start: number, final: boolean): number {
    const n = text.length;
    const crlf = this.crlf === true;
    const cells = this.cells;
    let count = 0;
    // Line breaks inside the row's cells; the row's own line break adds one more.
    let breaks = 0;
    let i = start;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        let escaped = false;
        for (;;) {
          if (j >= n) return final ? FAILED : INCOMPLETE;
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (j + 1 >= n) {
              if (!final) return INCOMPLETE;
              break;
            }
            if (text.charCodeAt(j + 1) === QUOTE) {
              escaped = true;
              j += 2;
              continue;
            }
            break;
          }
          if (c === LF) breaks++;
          else if (c === CR) {
            if (j + 1 >= n && !final) return INCOMPLETE;
            if (text.charCodeAt(j + 1) !== LF) breaks++;
          }
          j++;
        }
        const cell = text.substring(i + 1, j);
        cells[count++] = escaped ? cell.replaceAll('""', '"') : cell;
        const k = j + 1;
        if (k >= n) return this.deliver(count, breaks, 0, n);
        const c = text.charCodeAt(k);
        if (c === COMMA) {
          i = k + 1;
          continue;
        }
        if (!crlf && c === LF) return this.deliver(count, breaks, 1, k + 1);
        if (crlf && c === CR) {
          if (k + 1 >= n && !final) return INCOMPLETE;
          if (text.charCodeAt(k + 1) === LF) return this.deliver(count, breaks, 1, k + 2);
        }
        // Anything else after a closing quote is malformed (or spaces papaparse would skip).
        return FAILED;
      }
      // An unquoted cell runs to the next comma or line end; a quote inside it is plain text.
      let j = i;
      for (;;) {
        if (j >= n) {
          if (!final) return INCOMPLETE;
          cells[count++] = text.substring(i, n);
          return this.deliver(count, breaks, 0, n);
        }
        const c = text.charCodeAt(j);
        if (c === COMMA) break;
        if (c === LF) {
          if (!crlf) {
            cells[count++] = text.substring(i, j);
            return this.deliver(count, breaks, 1, j + 1);
          }
          breaks++; // a lone LF inside a cell of a CRLF file
        } else if (c === CR) {
          if (j + 1 >= n && !final) return INCOMPLETE;
          if (text.charCodeAt(j + 1) === LF) {
            if (crlf) {
              cells[count++] = text.substring(i, j);
              return this.deliver(count, breaks, 1, j + 2);
            }
          } else breaks++;
        }
        j++;
      }
      cells[count++] = text.substring(i, j);
      i = j + 1;
    }
  }

  private deliver(count: number, breaks: number, ending: number, next: number): number {
    const line = this.line;
    this.line += breaks + ending;
    this.handler.row(this.cells, count, line);
    return next;
  }
}
