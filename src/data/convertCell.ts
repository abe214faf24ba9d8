// One cell of a dataset table → typed value, by the column's schema type. Accepts CSV text and
// the native JSON types alike, so CSV and JSON imports validate the same way.
import type { ColumnType } from '../domain/schema.ts';
import type { Cell } from './tableRows.ts';

export type CellResult = { ok: true; value: Cell } | { ok: false; message: string };

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
  if (isEmpty(raw) || (type.kind === 'list' && Array.isArray(raw) && raw.length === 0)) {
    if (type.required) return { ok: false, message: 'required value is empty' };
    return { ok: true, value: type.kind === 'list' ? [] : null };
  }
  switch (type.kind) {
    case 'string':
      if (typeof raw === 'string') {
        if (type.required && !NOT_BLANK.test(raw)) return { ok: false, message: 'required value is blank' };
        return { ok: true, value: raw };
      }
      if (typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, value: String(raw) };
      return { ok: false, message: `expected text, got ${show(raw)}` };
    case 'int': {
      const n = typeof raw === 'string' ? (INT.test(raw) ? Number(raw) : null) : toNumber(raw);
      if (n === null || !Number.isSafeInteger(n))
        return { ok: false, message: `expected a whole number, got "${show(raw)}"` };
      if (type.min !== undefined && n < type.min)
        return { ok: false, message: `${n} is below the minimum ${type.min}` };
      return { ok: true, value: n === 0 ? 0 : n };
    }
    case 'number': {
      const n = toNumber(raw);
      if (n === null) return { ok: false, message: `expected a number, got "${show(raw)}"` };
      // -0 and 0 mean the same value; keep one so round trips compare equal.
      return { ok: true, value: n === 0 ? 0 : n };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const text = String(raw).trim().toLowerCase();
      if (TRUE.has(text)) return { ok: true, value: true };
      if (FALSE.has(text)) return { ok: true, value: false };
      return { ok: false, message: `expected true/false (or 1/0, yes/no), got "${show(raw)}"` };
    }
    case 'enum': {
      if (typeof raw === 'string' && type.values.includes(raw)) return { ok: true, value: raw };
      return { ok: false, message: `"${show(raw)}" is not one of ${type.values.join(', ')}` };
    }
    case 'list': {
      const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split('|') : null;
      if (items === null || items.some((i) => typeof i !== 'string')) {
        return { ok: false, message: `expected a list "a|b", got ${show(raw)}` };
      }
      if (Array.isArray(raw) && items.some((i) => (i as string).includes('|'))) {
        return { ok: false, message: 'a list item contains "|", the list separator' };
      }
      // Empty items ("a||b", a trailing "|") carry nothing.
      return { ok: true, value: (items as string[]).filter((i) => i !== '') };
    }
  }
}
