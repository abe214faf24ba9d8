// Problems found in dataset files, each naming the file, line (or JSON item) and column, so the
// person can open the file and fix it. Every issue is listed: nothing is dropped silently.
import type { DatasetIssue } from '../../../data/datasetIssue.ts';
import { useApp } from '../../AppContext.ts';
import { useImportText } from './importText.ts';

export function IssueList({ issues }: { issues: readonly DatasetIssue[] }) {
  const { tr } = useApp();
  const ti = useImportText();
  if (issues.length === 0) return <p className="small">{ti('imp.noIssues')}</p>;
  return (
    <div className="table-wrap issue-wrap">
      <table className="data issue-list" data-testid="dataset-issues">
        <thead>
          <tr>
            <th scope="col">{ti('imp.issueWhere')}</th>
            <th scope="col">{ti('imp.issueWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => {
            const where =
              issue.line === 0
                ? ti('imp.issueFile', { file: issue.file })
                : ti(issue.lineKind === 'item' ? 'imp.issueItem' : 'imp.issueLine', {
                    file: issue.file,
                    line: issue.line,
                  });
            return (
              // Issues have no id; their order is fixed once read.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr key={i} className={issue.severity === 'error' ? 'issue-error' : 'issue-warning'}>
                <td>
                  {issue.column
                    ? ti('imp.issueAt', { where, column: ti('imp.issueColumn', { column: issue.column }) })
                    : where}
                </td>
                <td>
                  <span className={`badge ${issue.severity === 'error' ? 'badge-missing' : 'badge-manual'}`}>
                    {tr(issue.severity === 'error' ? 'import.error' : 'import.warning')}
                  </span>{' '}
                  {issue.message}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
