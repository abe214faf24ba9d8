import { describe, expect, it } from 'vitest';
import { type DatasetIssue, datasetIssuePlace, datasetIssueText } from '../../src/data/datasetIssue.ts';
import { parseDatasetJson, parseDatasetTables } from '../../src/data/parseDatasetTables.ts';

const AGENCIES_HEADER = 'agency_id,name_zh,name_en,region,district,agency_type,origin';
const HAN = /\p{Script=Han}/u;

const agencies = (rows: string[]) =>
  parseDatasetTables([
    { fileName: '机构.csv', table: 'agencies', text: [AGENCIES_HEADER, ...rows].join('\n') },
  ]);

describe('dataset issues in the interface language', () => {
  it('says a bad cell in Chinese, naming file, line and column, with the cell value as it is', () => {
    const { errors } = agencies(['a1,某某局,,上海市,,district_gov,<b>guessed</b>']);
    expect(errors).toHaveLength(1);
    const issue = errors[0]!;
    expect(issue).toMatchObject({ line: 2, column: 'origin', key: 'data.issue.cellNotInValues' });
    expect(datasetIssueText('zh', issue)).toBe(
      '“<b>guessed</b>”不是可选值之一（extracted, derived, manual, imported, synthetic）；此行未导入',
    );
    expect(datasetIssuePlace('zh', issue)).toBe('机构.csv 第 2 行，“origin”列');
    expect(datasetIssueText('en', issue)).toBe(issue.message);
    expect(issue.message).toBe(
      '"<b>guessed</b>" is not one of extracted, derived, manual, imported, synthetic; row dropped',
    );
  });

  it('gives every issue of a messy file a Chinese text (no English sentence left)', () => {
    const text = [
      `${AGENCIES_HEADER},note,note`,
      'a1,某某局,,上海市,,district_gov,manual,,',
      'a1,某某局,,上海市,,district_gov,manual,,',
      'a2,,,上海市,,district_gov,manual,,',
      'a3,某某局,,上海市,,district_gov,manual,,,extra',
      'a4,"某某局,,上海市,,district_gov,manual',
    ].join('\n');
    const { errors } = parseDatasetTables([{ fileName: 'a.csv', table: 'agencies', text }]);
    expect(errors.map((e) => e.key).sort()).toEqual(
      [
        'data.issue.csvUnclosedQuote',
        'data.issue.duplicateColumn',
        'data.issue.unknownColumns',
        'data.issue.duplicateIdLine',
        'data.issue.cellRequiredEmpty',
        'data.issue.rowTooWide',
      ].sort(),
    );
    for (const e of errors) {
      const zh = datasetIssueText('zh', e);
      expect(zh, e.key).toMatch(HAN);
      expect(zh, e.key).not.toMatch(/\b(row|column|dropped|ignored|unreadable)\b/);
    }
  });

  it('names the table of a JSON issue in both languages', () => {
    const { errors } = parseDatasetJson('{"reports": [1]}', 'all.json');
    expect(errors[0]).toMatchObject({ table: 'reports', key: 'data.issue.itemNotObject', line: 1 });
    expect(datasetIssueText('zh', errors[0]!)).toBe('reports 表：此项不是对象；未导入');
    expect(errors[0]!.message).toBe('reports: item is not an object; dropped');
  });

  it('shows the English message of an issue stored before issues had keys', () => {
    const legacy = {
      file: 'o.csv',
      line: 3,
      column: 'value',
      message: 'not a number',
      severity: 'error',
      lineKind: 'line',
    } as unknown as DatasetIssue;
    expect(datasetIssueText('zh', legacy)).toBe('not a number');
  });
});
