// The streaming CSV reader must read every file it accepts exactly as papaparse (readCsv) does —
// same cells, same line numbers, however the text is cut into pieces — and give up on the rest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCell } from '../../src/data/convertCell.ts';
import { readCsvCell, readCsvCellAt, restoreCell } from '../../src/data/csvCellReader.ts';
import { CsvRowReader } from '../../src/data/csvRowReader.ts';
import { CsvTableReader, readCsvTable } from '../../src/data/csvTableReader.ts';
import type { DatasetIssue } from '../../src/data/datasetIssue.ts';
import { readCsv } from '../../src/data/readCsv.ts';
import { type ColumnType, TABLES } from '../../src/domain/schema.ts';

type Row = { cells: string[]; line: number };

function viaPapaparse(text: string): { rows: Row[]; issues: DatasetIssue[] } {
  const rows: Row[] = [];
  const issues: DatasetIssue[] = [];
  readCsv(text, 'f.csv', issues, (cells, line) => rows.push({ cells: [...cells], line }));
  return { rows, issues };
}

function viaReader(text: string, cuts: readonly number[]): { rows: Row[]; failed: boolean } {
  const rows: Row[] = [];
  const reader = new CsvRowReader({
    row: (cells, count, line) => {
      const row = cells.slice(0, count);
      if (row.some((c) => c !== '')) rows.push({ cells: row, line });
    },
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(cut, text.length);
    reader.push(text.slice(from, at));
    from = Math.max(from, at);
  }
  reader.push(text.slice(from));
  reader.end();
  return { rows, failed: reader.failed };
}

// Pieces CSV files are made of, odd ones included: quotes in and around cells, every kind of line
// break, spaces after a closing quote, empty cells and lines.
const PIECES = [
  'a',
  '宝山',
  '1',
  ',',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  "'",
  '=1',
  '"x"',
  '"a,b"',
  '"多\n行"',
];
const csvText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((ps) => ps.join(''));
const cuts = fc.array(fc.nat({ max: 200 }), { maxLength: 6 });

describe('CsvRowReader', () => {
  it('reads what readCsv reads, or gives up; never a different row or line', () => {
    fc.assert(
      fc.property(csvText, cuts, (text, at) => {
        const mine = viaReader(text, at);
        if (mine.failed) return;
        const reference = viaPapaparse(text);
        expect(reference.issues).toEqual([]);
        expect(mine.rows).toEqual(reference.rows);
      }),
      { seed: 20250101, numRuns: 3000 },
    );
  });

  it('reads well-formed files without giving up: quoted commas, quotes and line breaks, CRLF, no final line break', () => {
    const text = 'id,text\r\n1,"a,b"\r\n2,"say ""hi"""\r\n3,"two\nlines"\r\n\r\n4,plain';
    const mine = viaReader(text, [5, 13, 14, 30]);
    expect(mine.failed).toBe(false);
    expect(mine.rows).toEqual([
      { cells: ['id', 'text'], line: 1 },
      { cells: ['1', 'a,b'], line: 2 },
      { cells: ['2', 'say "hi"'], line: 3 },
      { cells: ['3', 'two\nlines'], line: 4 },
      { cells: ['4', 'plain'], line: 7 },
    ]);
    expect(mine.rows).toEqual(viaPapaparse(text).rows);
  });

  it('gives up on malformed quoting and lone-CR files', () => {
    expect(viaReader('a,b\n"x"y,1\n', []).failed).toBe(true);
    expect(viaReader('a,b\n"open,1\n', []).failed).toBe(true);
    expect(viaReader('a,b\r1,2\r', []).failed).toBe(true);
  });
});

const TYPES: ColumnType[] = [
  { kind: 'string', required: true },
  { kind: 'string', required: false },
  { kind: 'int', required: true, min: 1949 },
  { kind: 'int', required: false, min: 0 },
  { kind: 'number', required: true },
  { kind: 'number', required: false },
  { kind: 'bool', required: true },
  { kind: 'enum', required: true, values: ['exact', 'about'] },
  { kind: 'list', required: false },
];
const CELL_PIECES = [
  '',
  '0',
  '1',
  '9',
  '2024',
  '-',
  '+',
  '.',
  'e',
  ' ',
  '\u3000',
  '\u00a0',
  'yes',
  'No',
  'true',
  'exact',
  '|',
  'a',
  '中',
];
const cell = fc.array(fc.constantFrom(...CELL_PIECES), { maxLength: 5 }).map((ps) => ps.join(''));

describe('readCsvCell', () => {
  it('converts every cell exactly as convertCell does, messages included', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.string({ maxLength: 20 })), (raw) => {
        for (const type of TYPES) {
          expect(readCsvCell(type, raw)).toStrictEqual(convertCell(type, raw));
          expect(readCsvCell(type, undefined)).toStrictEqual(convertCell(type, undefined));
        }
      }),
      { seed: 20250102, numRuns: 3000 },
    );
  });
});

describe('readCsvCellAt', () => {
  it('types a cell in place exactly as readCsvCell types its text', () => {
    const around = fc.tuple(cell, fc.oneof(cell, fc.string({ maxLength: 20 })), cell);
    fc.assert(
      fc.property(around, ([before, raw, after]) => {
        const text = `${before}${raw}${after}`;
        const s = before.length;
        const e = s + raw.length;
        for (const type of TYPES) {
          expect(readCsvCellAt(type, text, s, e)).toStrictEqual(readCsvCell(type, restoreCell(raw)));
        }
      }),
      { seed: 20250103, numRuns: 3000 },
    );
  });
});

// Cells of an observations file: mostly valid for their column, sometimes what people type instead.
const JUNK = [
  '',
  '1e3',
  ' 7',
  '7.',
  '.5',
  '-0',
  'Exact',
  'maybe',
  'x||',
  "'=1",
  "''=x",
  "'plain",
  '中,文',
  'say "hi"',
  '\u3000',
];
function validCells(type: ColumnType): string[] {
  switch (type.kind) {
    case 'string':
      return ['o1', 'r1', 'a1', '受理932件', '件', '%', type.required ? 'x' : ''];
    case 'int':
      return ['2024', '1949', '0', '12', '007'];
    case 'number':
      return ['95.5', '-3', '0', '12', '0.95', '123456789012345', '1.25'];
    case 'bool':
      return ['true', 'false', '1', '0', 'yes', 'no'];
    case 'enum':
      return [...type.values];
    case 'list':
      return ['', 'x|y', 'a'];
    case 'alternatives':
      return ['', '[]', '[{"value":8,"unit":"个","qualifier":"exact","text":"8个","start":0,"end":2}]'];
  }
}
const obsColumns = TABLES.observations;
const obsCell = (type: ColumnType) =>
  fc.tuple(
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...validCells(type)) }, fc.constantFrom(...JUNK)),
    fc.boolean(),
  );
const quoteCell = (c: string, q: boolean) => (q || /[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
const obsFile = fc
  .record({
    order: fc.shuffledSubarray(
      obsColumns.map((_, i) => i),
      { minLength: obsColumns.length - 2 },
    ),
    rows: fc.array(fc.tuple(...obsColumns.map((c) => obsCell(c.type))), { maxLength: 8 }),
    quote: fc.double({ min: 0, max: 1, noNaN: true }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    blank: fc.nat({ max: 3 }),
    extra: fc.constantFrom('', ',note', ',value', ',,'),
  })
  .map(({ order, rows, quote, crlf, bom, blank, extra }) => {
    const nl = crlf ? '\r\n' : '\n';
    const header = `${order.map((i) => obsColumns[i]!.name).join(',')}${extra}`;
    const body = rows.map((r, k) =>
      order.map((i) => quoteCell(r[i]![0], r[i]![1] && k / rows.length < quote && r[i]![0] !== '')).join(','),
    );
    const lines = [header, ...body];
    if (blank > 0) lines.splice(Math.min(blank, lines.length), 0, '');
    return `${bom ? '\uFEFF' : ''}${lines.join(nl)}${blank % 2 ? nl : ''}`;
  });

describe('CsvTableReader', () => {
  it('reads a table file in any pieces exactly as papaparse reads it whole: records, lines, issues', () => {
    fc.assert(
      fc.property(obsFile, cuts, (text, at) => {
        const reader = new CsvTableReader('observations', 'o.csv');
        let from = 0;
        for (const cut of [...at].sort((a, b) => a - b)) {
          const to = Math.min(cut * 3, text.length);
          reader.push(text.slice(from, to));
          from = Math.max(from, to);
        }
        reader.push(text.slice(from));
        reader.end();
        const reference = readCsvTable('observations', 'o.csv', text);
        expect(reader.rows).toStrictEqual(reference.target.rows);
        expect(reader.issues()).toStrictEqual([...reference.unreadable, ...reference.target.issues()]);
      }),
      { seed: 20250104, numRuns: 1500 },
    );
  });
});
