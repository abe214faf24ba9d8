// One warning for the columns (CSV header) or keys (JSON items) a table file has beyond the schema,
// said the same way whichever reader found them.
import { TABLES, type TableName } from '../domain/schema.ts';
import { type DatasetIssue, datasetIssue } from './datasetIssue.ts';
import type { RowSource } from './typedRows.ts';

/** JSON issues name their table ("reports: …"): one file holds all four. */
export function issueTable(table: TableName, src: Pick<RowSource, 'lineKind'>): TableName | undefined {
  return src.lineKind === 'item' ? table : undefined;
}

/** The warning for names that are not columns of the table, or null when all are. */
export function unknownColumnsIssue(
  table: TableName,
  src: RowSource,
  names: Iterable<string>,
): DatasetIssue | null {
  const known = new Set<string>(TABLES[table].map((c) => c.name));
  const unknown = [...new Set(names)].filter((n) => !known.has(n));
  if (unknown.length === 0) return null;
  return datasetIssue(
    {
      ...src,
      line: src.lineKind === 'line' ? 1 : 0,
      column: unknown[0]!,
      table: issueTable(table, src),
      severity: 'warning',
    },
    'data.issue.unknownColumns',
    { count: unknown.length, names: unknown.join(', ') },
  );
}
