// Dataset files brought in by hand: any spreadsheet encoding, tables told by name or header,
// every dropped row named by file, line and column, valid rows kept.
import { describe, expect, it } from 'vitest';
import { exportCsvFiles, exportJsonFile, exportPrefix } from '../../src/data/exportDataset.ts';
import { decodeDatasetBytes, importDatasetFiles, tableForCsv } from '../../src/data/importDatasetFiles.ts';
import { serializeDatasetCsv } from '../../src/data/serializeDataset.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';
import { encodeGbk, encodeUtf8, encodeUtf16 } from './helpers/gbk.ts';

const base = miniDataset();
const context = { indicators: base.indicators, agencies: base.agencies, reports: base.reports };
const csv = serializeDatasetCsv(base);

const OBS_HEADER = csv.observations.split('\n')[0]!;
const goodRow = (id: string, value: string) =>
  `${id},r-bs,sh-baoshan-justice,2024,review.normative_documents,${value},件,exact,false,,,,,,achievements,,,,,imported,,`;

describe('decodeDatasetBytes', () => {
  it('detects BOMs, UTF-8 and GBK, and keeps CR inside the text', () => {
    const text = 'a,b\r\n"x\r\ny",宝山区\r\n';
    expect(decodeDatasetBytes(encodeUtf8(text, true))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeDatasetBytes(encodeUtf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeDatasetBytes(encodeUtf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeDatasetBytes(encodeUtf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeDatasetBytes(encodeGbk(text))).toEqual({ text, encoding: 'gb18030' });
    expect(() => decodeDatasetBytes(new Uint8Array([1, 0, 2]))).toThrow(/binary/);
  });
});

describe('tableForCsv', () => {
  it('goes by file name, then by header', () => {
    expect(tableForCsv('data/agencies.csv', '')).toBe('agencies');
    expect(tableForCsv('宝山区数据.csv', `${OBS_HEADER}\n`)).toBe('observations');
    expect(tableForCsv('机构.csv', '\uFEFFagency_id,name_zh,region,agency_type,origin\r\n')).toBe('agencies');
    expect(tableForCsv('x.csv', 'a,b,c\n')).toBeNull();
  });
});

describe('importDatasetFiles', () => {
  it('reads a GBK, CRLF observations file checked against the dashboard, keeping good rows and naming bad ones', () => {
    const text = [
      OBS_HEADER,
      goodRow('u-1', '31'),
      goodRow('u-2', '三十'),
      goodRow('u-3', '32').replace('review.normative_documents', 'no.such'),
      goodRow('u-4', '33').replace('r-bs', 'r-none'),
      goodRow('u-5', '34'),
      '',
    ].join('\r\n');
    const result = importDatasetFiles([{ name: '补充数据.csv', bytes: encodeGbk(text) }], context);
    expect(result.files).toEqual([{ name: '补充数据.csv', kind: 'observations', encoding: 'gb18030' }]);
    expect(result.tables.observations?.map((o) => [o.id, o.value])).toEqual([
      ['u-1', 31],
      ['u-5', 34],
    ]);
    expect(result.tables.agencies).toBeUndefined();
    expect(result.counts).toEqual({ indicators: 0, agencies: 0, reports: 0, observations: 2 });
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.file, i.line, i.column])).toEqual([
      ['补充数据.csv', 3, 'value'],
      ['补充数据.csv', 4, 'indicator'],
      ['补充数据.csv', 5, 'report_id'],
    ]);
    expect(errors.map((i) => i.key)).toEqual([
      'data.issue.cellNotNumber',
      'data.issue.unknownIndicator',
      'data.issue.unknownReport',
    ]);
    expect(errors.every((i) => /row dropped/.test(i.message))).toBe(true);
  });

  it('skips what it cannot read, each with a file-level reason', () => {
    const result = importDatasetFiles(
      [
        { name: 'notes.xlsx', bytes: encodeUtf8('x') },
        { name: 'what.csv', bytes: encodeUtf8('a,b\n1,2\n') },
        { name: 'observations.csv', bytes: new Uint8Array([0x61, 0, 0x62]) },
        { name: 'broken.json', bytes: encodeUtf8('{"agencies": [}') },
      ],
      context,
    );
    expect(result.issues.map((i) => [i.file, i.severity])).toEqual([
      ['notes.xlsx', 'error'],
      ['what.csv', 'error'],
      ['observations.csv', 'error'],
      ['broken.json', 'error'],
    ]);
    expect(result.issues.map((i) => i.key)).toEqual([
      'data.issue.notDatasetFile',
      'data.issue.unknownTable',
      'data.issue.binaryFile',
      'data.issue.jsonInvalid',
    ]);
    expect(result.issues[1]!.params).toEqual({
      names: 'indicators.csv, agencies.csv, reports.csv, observations.csv',
    });
    expect(result.issues[2]!.message).toMatch(/binary/);
    expect(result.issues[3]!.message).toMatch(/not valid JSON/);
    expect(result.tables).toEqual({});
  });

  it('refuses a second file for the same table instead of mixing them', () => {
    const result = importDatasetFiles(
      [
        { name: 'observations.csv', bytes: encodeUtf8(`${OBS_HEADER}\n${goodRow('u-1', '1')}\n`) },
        { name: 'obs2.csv', bytes: encodeUtf8(`${OBS_HEADER}\n${goodRow('u-2', '2')}\n`) },
      ],
      context,
    );
    expect(result.tables.observations?.map((o) => o.id)).toEqual(['u-1']);
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'obs2.csv',
        key: 'data.issue.secondTableFile',
        params: { table: 'observations', first: 'observations.csv' },
      }),
    ]);
  });

  it('reads the four exported CSV files (BOM) and the JSON export back to the same tables', () => {
    const files = exportCsvFiles(base, exportPrefix('2025-06-01T10:00:00Z'));
    expect(files.observations.name).toBe('fazhi-2025-06-01-observations.csv');
    expect(files.observations.text.startsWith('\uFEFF')).toBe(true);
    const fromCsv = importDatasetFiles(
      Object.values(files).map((f) => ({
        name: f.name.replace('fazhi-2025-06-01-', ''),
        bytes: encodeUtf8(f.text),
      })),
      { indicators: [], agencies: [], reports: [] },
    );
    expect(fromCsv.issues).toEqual([]);
    const json = exportJsonFile(base);
    const fromJson = importDatasetFiles([{ name: json.name, bytes: encodeUtf8(json.text) }], context);
    expect(fromJson.issues).toEqual([]);
    for (const result of [fromCsv, fromJson]) {
      expect(result.tables).toEqual({
        indicators: base.indicators,
        agencies: base.agencies,
        reports: base.reports,
        observations: base.observations,
      });
    }
  });

  it('exported CSV files with renamed names are still told apart by their headers', () => {
    const files = exportCsvFiles(base, 'export-');
    const result = importDatasetFiles(
      Object.values(files).map((f) => ({ name: f.name, bytes: encodeUtf8(f.text) })),
      context,
    );
    expect(result.files.map((f) => f.kind)).toEqual(['indicators', 'agencies', 'reports', 'observations']);
    expect(result.counts.observations).toBe(base.observations.length);
  });
});
