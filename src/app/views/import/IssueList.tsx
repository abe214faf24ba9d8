// Problems found in dataset files, each naming the file, line (or JSON item) and column, so the
// person can open the file and fix it. Every issue is listed: nothing is dropped silently.
import { type DatasetIssue, datasetIssuePlace, datasetIssueText } from '../../../data/datasetIssue.ts';
import { useApp } from '../../AppContext.ts';

export function IssueList({ issues }: { issues: readonly DatasetIssue[] }) {
  const { tr, lang } = useApp();
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
          {issues.map((issue, i) => (
            // Issues have no id; their order is fixed once read.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <tr key={i} className={issue.severity === 'error' ? 'issue-error' : 'issue-warning'}>
              <td>{datasetIssuePlace(lang, issue)}</td>
              <td>
                <span className={`badge ${issue.severity === 'error' ? 'badge-missing' : 'badge-manual'}`}>
                  {tr(issue.severity === 'error' ? 'import.error' : 'import.warning')}
                </span>{' '}
                {datasetIssueText(lang, issue)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
