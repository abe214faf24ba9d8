// A problem found while reading dataset files, pointing at what a person would open to fix it.
// What is wrong is a message key with its parameters, so the import page says it in the
// interface's language; `message` is the English text, for the command line, tests and logs.
import type { Lang } from '../domain/lang.ts';
import type { TableName } from '../domain/schema.ts';
import { MESSAGES, type MessageKey, type MessageParams, t } from '../format/messages.ts';

/** The messages a dataset issue can carry (their texts are in src/format/messages.*.ts). */
export type DatasetIssueKey = Extract<MessageKey, `data.issue.${string}`>;

export interface DatasetIssue {
  file: string;
  /**
   * CSV: 1-based line in the file as an editor shows it (header = 1), counting the line breaks
   * inside quoted cells, so it is the line the row starts on. JSON: 1-based item number within
   * its table's array (see lineKind). 0 when the issue is about the file as a whole.
   */
  line: number;
  /** The column (CSV) or key (JSON) concerned, or null for a whole row or file. */
  column: string | null;
  /** The table a JSON issue is about: one JSON file holds all four, so its messages name it. */
  table?: TableName;
  key: DatasetIssueKey;
  /** Values quoted from the file are data: shown as text, as they are. */
  params: MessageParams;
  /** The English text of key and params (what datasetIssueText(lang 'en') gives). */
  message: string;
  severity: 'error' | 'warning';
  /** Whether `line` counts lines of a CSV file or items of a JSON array. */
  lineKind: 'line' | 'item';
}

export type IssuePlace = Pick<DatasetIssue, 'file' | 'line' | 'column' | 'severity' | 'lineKind'> & {
  table?: TableName | undefined;
};

/**
 * The issue's text in the language. A batch stored before issues had keys (or by a later version
 * with keys this one lacks) shows its English message.
 */
export function datasetIssueText(
  lang: Lang,
  issue: Omit<DatasetIssue, 'message'> & { message?: string },
): string {
  const { key } = issue as Partial<DatasetIssue>;
  if (key === undefined || !Object.hasOwn(MESSAGES[lang], key)) return issue.message ?? '';
  const text = t(lang, key, issue.params);
  return issue.table === undefined
    ? text
    : t(lang, 'data.issue.inTable', { table: issue.table, message: text });
}

/** An issue with its English message; a JSON issue's table is kept only when given. */
export function datasetIssue(
  place: IssuePlace,
  key: DatasetIssueKey,
  params: MessageParams = {},
): DatasetIssue {
  const { table, ...rest } = place;
  const issue: Omit<DatasetIssue, 'message'> =
    table === undefined ? { ...rest, key, params } : { ...rest, table, key, params };
  return { ...issue, message: datasetIssueText('en', issue) };
}

/** Where the issue is, in the language: the file, its line or JSON item, and the column. */
export function datasetIssuePlace(
  lang: Lang,
  issue: Pick<DatasetIssue, 'file' | 'line' | 'lineKind' | 'column'>,
): string {
  const where =
    issue.line === 0
      ? t(lang, 'import.issueFile', { file: issue.file })
      : t(lang, issue.lineKind === 'item' ? 'import.issueAtItem' : 'import.issueAtLine', {
          file: issue.file,
          line: issue.line,
        });
  return issue.column
    ? t(lang, 'import.issueAt', { where, column: t(lang, 'import.issueColumn', { column: issue.column }) })
    : where;
}
