// Problems found in dataset files, each naming the file, line (or JSON item) and column, so the
// person can open the file and fix it. Every issue is listed: nothing is dropped silently.
import type { DatasetIssue } from '../../../data/datasetIssue.ts';
import { useApp } from '../../AppContext.ts';

export function IssueList({ issues }: { issues: readonly DatasetIssue[] }) {
  const { tr } = useApp();
  if (issues.length === 0) return <p className="small">{tr('import.noIssues')}</p>;
  return (
    <div className="table-wrap issue-wrap">
      <table className="data issue-list" data-testid="dataset-issues">
        <thead>
          <tr>
            <th scope="col">{tr('import.issueWhere')}</th>
            <th scope="col">{tr('import.issueWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => {
            const where =
              issue.line === 0
                ? tr('import.issueFile', { file: issue.file })
                : tr(issue.lineKind === 'item' ? 'import.issueAtItem' : 'import.issueAtLine', {
                    file: issue.file,
                    line: issue.line,
                  });
            return (
              // Issues have no id; their order is fixed once read.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr key={i} className={issue.severity === 'error' ? 'issue-error' : 'issue-warning'}>
                <td>
                  {issue.column
                    ? tr('import.issueAt', {
                        where,
                        column: tr('import.issueColumn', { column: issue.column }),
                      })
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
