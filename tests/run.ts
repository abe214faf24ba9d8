// `npm test`: makes sure the browser tests can run (Debian chromium and a CJK font), then runs
// every test (unit, golden and browser) and ends with one plain summary line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowserDeps } from './browser/ensure-deps.ts';

ensureBrowserDeps();

const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
const run = spawnSync('npx', [...args, ...process.argv.slice(2)], { stdio: 'inherit' });

let summary = 'tests: 0 passed, 1 failed';
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
}
console.log(summary);
process.exit(run.status ?? 1);
