// One CSV cell (text, or undefined for a column the file lacks) → typed value, exactly as
// convertCell converts it, with shortcuts for the plain spellings dataset files are made of
// (a national dataset has millions of cells). Anything else goes through convertCell itself, so
// values and messages never differ.
import type { ColumnType } from '../domain/schema.ts';
import { unneutralise } from '../format/csvCell.ts';
import { type CellResult, convertCell } from './convertCell.ts';

/** First character certainly not white space in the sense of the regex \s (ASCII or CJK text). */
function startsVisible(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c > 32 && (c < 127 || (c > 0x3000 && c !== 0xfeff));
}

/** 1–15 ASCII digits: a safe integer that Number() reads exactly. */
function isDigits(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** -?digits(.digits)? — a subset of what convertCell's number pattern accepts. */
function isPlainDecimal(raw: string): boolean {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  const first = i;
  while (i < n && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  if (i === first) return false;
  if (i === n) return true;
  if (raw.charCodeAt(i) !== 46) return false;
  const dot = ++i;
  while (i < n && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  return i === n && i > dot;
}

export function readCsvCell(type: ColumnType, raw: string | undefined): CellResult {
  switch (type.kind) {
    case 'string':
      if (raw === undefined || raw === '') return type.required ? convertCell(type, raw) : null;
      return !type.required || startsVisible(raw) ? raw : convertCell(type, raw);
    case 'int': {
      if (raw === undefined || !isDigits(raw)) return convertCell(type, raw);
      const n = Number(raw);
      return type.min !== undefined && n < type.min ? convertCell(type, raw) : n;
    }
    case 'number': {
      if (raw === undefined || raw === '' || !isPlainDecimal(raw)) return convertCell(type, raw);
      const n = Number(raw);
      if (!Number.isFinite(n)) return convertCell(type, raw);
      return n === 0 ? 0 : n;
    }
    case 'bool':
      switch (raw) {
        case 'true':
        case '1':
        case 'yes':
          return true;
        case 'false':
        case '0':
        case 'no':
          return false;
        default:
          return convertCell(type, raw);
      }
    case 'enum':
      return raw !== undefined && type.values.includes(raw) ? raw : convertCell(type, raw);
    case 'list':
      return raw !== undefined && raw !== '' && !raw.includes('|') ? [raw] : convertCell(type, raw);
    case 'alternatives':
      return convertCell(type, raw);
  }
}

// Only cells starting with an apostrophe can be formula-neutralised ones (csvCell).
export function restoreCell(cell: string): string {
  return cell.charCodeAt(0) === 39 ? unneutralise(cell) : cell;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * -?digits(.digits)? with at most 15 digits in text[s, e), else NaN. The digits as one integer
 * divided by a power of ten: both exact, and one division is correctly rounded, so this is the
 * very number Number() reads from the same text.
 */
function plainDecimalAt(text: string, s: number, e: number): number {
  let i = s;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let value = 0;
  let scale = -1;
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0 && digits > 0) scale = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15 || scale === 0) return Number.NaN;
  const n = scale > 0 ? value / POW10[scale]! : value;
  return negative ? -n : n;
}

/** The value of 1–15 ASCII digits in text[s, e), else -1. */
function digitsAt(text: string, s: number, e: number): number {
  if (e - s > 15) return -1;
  let value = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** text[s, e) is exactly `word` (short words: a loop beats a call to startsWith). */
function isWord(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(s + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The cell text[s, e) of a CSV row (as in the file, still neutralised), typed: always what
 * readCsvCell(type, restoreCell(text.slice(s, e))) gives, but numbers, booleans and enum words are
 * read in place, without a string for each (a national dataset has millions of such cells), and an
 * enum cell is the schema's own string.
 */
export function readCsvCellAt(type: ColumnType, text: string, s: number, e: number): CellResult {
  if (s === e) return readCsvCell(type, '');
  if (text.charCodeAt(s) !== 39) {
    switch (type.kind) {
      case 'int': {
        const n = digitsAt(text, s, e);
        if (n >= 0 && (type.min === undefined || n >= type.min)) return n;
        break;
      }
      case 'number': {
        const n = plainDecimalAt(text, s, e);
        if (!Number.isNaN(n)) return n === 0 ? 0 : n;
        break;
      }
      case 'bool':
        if (isWord(text, s, e, 'true') || isWord(text, s, e, '1') || isWord(text, s, e, 'yes')) return true;
        if (isWord(text, s, e, 'false') || isWord(text, s, e, '0') || isWord(text, s, e, 'no')) return false;
        break;
      case 'enum':
        for (const v of type.values) if (isWord(text, s, e, v)) return v;
        break;
      default:
        break;
    }
  }
  return readCsvCell(type, restoreCell(text.substring(s, e)));
}
