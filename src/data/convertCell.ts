// One cell of a dataset table → typed value, by the column's schema type. Accepts CSV text and
// the native JSON types alike, so CSV and JSON imports validate the same way.
import type { Alternative, ColumnType } from '../domain/schema.ts';
import { QUALIFIERS } from '../domain/types.ts';
import type { MessageParams } from '../format/messages.ts';
import type { DatasetIssueKey } from './datasetIssue.ts';
import type { Cell } from './tableRows.ts';

/**
 * Why a cell was refused. Success returns the typed value itself: a result object per cell made a
 * national-scale load (millions of cells) spend most of its time collecting garbage.
 */
export class CellError {
  constructor(
    readonly key: DatasetIssueKey,
    readonly params: MessageParams = {},
  ) {}
}

export type CellResult = Cell | CellError;

const EMPTY_LIST: readonly string[] = Object.freeze([]);

// Surrounding spaces are tolerated (Number() ignores them too).
const INT = /^\s*[+-]?\d+\s*$/;
const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const NOT_BLANK = /\S/;
const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

function isEmpty(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '';
}

function show(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' && NUMBER.test(raw)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function convertCell(type: ColumnType, raw: unknown): CellResult {
  const listLike = type.kind === 'list' || type.kind === 'alternatives';
  if (isEmpty(raw) || (listLike && Array.isArray(raw) && raw.length === 0)) {
    if (type.required) return new CellError('data.issue.cellRequiredEmpty');
    return listLike ? EMPTY_LIST : null;
  }
  switch (type.kind) {
    case 'string':
      if (typeof raw === 'string') {
        if (type.required && !NOT_BLANK.test(raw)) return new CellError('data.issue.cellRequiredBlank');
        return raw;
      }
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      return new CellError('data.issue.cellNotText', { value: show(raw) });
    case 'int': {
      const n = typeof raw === 'string' ? (INT.test(raw) ? Number(raw) : null) : toNumber(raw);
      if (n === null || !Number.isSafeInteger(n))
        return new CellError('data.issue.cellNotInt', { value: show(raw) });
      if (type.min !== undefined && n < type.min)
        return new CellError('data.issue.cellBelowMin', { value: n, min: type.min });
      return n === 0 ? 0 : n;
    }
    case 'number': {
      const n = toNumber(raw);
      if (n === null) return new CellError('data.issue.cellNotNumber', { value: show(raw) });
      // -0 and 0 mean the same value; keep one so round trips compare equal.
      return n === 0 ? 0 : n;
    }
    case 'bool': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      if (TRUE.has(text)) return true;
      if (FALSE.has(text)) return false;
      return new CellError('data.issue.cellNotBool', { value: show(raw) });
    }
    case 'enum': {
      if (typeof raw === 'string' && type.values.includes(raw)) return raw;
      return new CellError('data.issue.cellNotInValues', {
        value: show(raw),
        values: type.values.join(', '),
      });
    }
    case 'list': {
      const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split('|') : null;
      if (items === null || items.some((i) => typeof i !== 'string')) {
        return new CellError('data.issue.cellNotList', { value: show(raw) });
      }
      if (Array.isArray(raw) && items.some((i) => (i as string).includes('|'))) {
        return new CellError('data.issue.cellListSeparator');
      }
      // Empty items ("a||b", a trailing "|") carry nothing.
      return (items as string[]).filter((i) => i !== '');
    }
    case 'alternatives':
      return readAlternatives(raw);
  }
}

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Which part of one alternative is not as {"value","unit","qualifier","text","start","end"} needs
 * it (a number, a unit, one of the qualifiers, text, offsets with start ≤ end), or null.
 */
function alternativeProblem(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return '{…}';
  const a = item as Record<string, unknown>;
  if (typeof a.value !== 'number' || !Number.isFinite(a.value)) return 'value';
  if (typeof a.unit !== 'string' || a.unit === '') return 'unit';
  if (typeof a.qualifier !== 'string' || !(QUALIFIERS as readonly string[]).includes(a.qualifier))
    return 'qualifier';
  if (typeof a.text !== 'string') return 'text';
  if (!isOffset(a.start) || !isOffset(a.end) || a.end < a.start) return 'start/end';
  return null;
}

// CSV holds the list as JSON text; a JSON dataset holds the array itself. Each item is checked so a
// bad cell is refused with the item at fault, never half-read.
function readAlternatives(raw: unknown): CellResult {
  let items: unknown = raw;
  if (typeof raw === 'string') {
    try {
      items = JSON.parse(raw);
    } catch {
      return new CellError('data.issue.cellNotAlternatives', { value: show(raw) });
    }
  }
  if (!Array.isArray(items)) return new CellError('data.issue.cellNotAlternatives', { value: show(raw) });
  const out: Alternative[] = [];
  for (let i = 0; i < items.length; i++) {
    const problem = alternativeProblem(items[i]);
    if (problem) return new CellError('data.issue.alternativeInvalid', { item: i + 1, field: problem });
    const { value, unit, qualifier, text, start, end } = items[i] as Alternative;
    out.push({ value: value === 0 ? 0 : value, unit, qualifier, text, start, end });
  }
  return out;
}
