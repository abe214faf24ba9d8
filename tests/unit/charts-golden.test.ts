// Golden files for chart options (Observable Plot style): the option is compared with
// tests/golden/charts/<name>.json; on a mismatch the new option is written next to it as
// <name>-changed.json and the test fails. Review the diff, then move -changed over the golden.
// A missing golden file is written and the test passes on a developer's first run; with CI set
// it fails instead (writing <name>-changed.json to review), so a golden that was never committed
// cannot pass unnoticed. Numbers are rounded to 6 decimals: the goldens pin what a reader sees,
// not the last bits of a float that another engine may compute differently.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOption } from '../../src/charts/compareOption.ts';
import { coverageOption } from '../../src/charts/coverageOption.ts';
import { rankingOption } from '../../src/charts/rankingOption.ts';
import { compareAgencies } from '../../src/domain/compare.ts';
import { coverageMatrix } from '../../src/domain/coverage.ts';
import { rankIndicator } from '../../src/domain/ranking.ts';
import { miniDataset } from '../fixtures/miniDataset.ts';
import { ROOT } from '../shared.ts';

const DIR = join(ROOT, 'tests', 'golden', 'charts');

const round = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v;

function expectGolden(name: string, value: unknown): void {
  const actual = `${JSON.stringify(value, round, 2)}\n`;
  const golden = join(DIR, `${name}.json`);
  const changed = join(DIR, `${name}-changed.json`);
  if (!existsSync(golden)) {
    mkdirSync(DIR, { recursive: true });
    if (process.env.CI) {
      writeFileSync(changed, actual);
      expect.fail(
        `${name}: no golden file ${golden} (CI is set); review ${changed} and commit it as the golden`,
      );
    }
    writeFileSync(golden, actual);
    console.warn(`[golden] wrote ${golden}`);
    return;
  }
  if (readFileSync(golden, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`${name}: chart option differs from the golden file; see ${changed}`);
}

const ds = miniDataset();

describe('golden chart options', () => {
  it.each([
    [
      'ranking-reconsideration-accepted-zh',
      () => rankingOption(rankIndicator(ds, 'reconsideration.accepted'), 'zh'),
    ],
    [
      'ranking-mediation-success-rate-en',
      () => rankingOption(rankIndicator(ds, 'mediation.success_rate'), 'en'),
    ],
    [
      'ranking-head-appearance-dark-embed',
      () =>
        rankingOption(rankIndicator(ds, 'litigation.head_appearance_rate'), 'zh', {
          theme: 'dark',
          title: false,
          decal: true,
        }),
    ],
    [
      'compare-changning-baoshan-zh',
      () => compareOption(compareAgencies(ds, ['sh-changning', 'sh-baoshan-justice']), 'zh'),
    ],
    [
      'coverage-core-en',
      () =>
        coverageOption(
          coverageMatrix(
            ds,
            {},
            {
              indicatorIds: [
                'reconsideration.accepted',
                'mediation.success_rate',
                'litigation.head_appearance_rate',
              ],
            },
          ),
          'en',
        ),
    ],
  ])('%s', (name, build) => {
    expectGolden(name, build());
  });
});
