import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticDataset } from '../../src/cli/synthetic-data.ts';
import { parseDatasetTables } from '../../src/data/parseDatasetTables.ts';
import {
  consistencyWarningFor,
  datasetConsistency,
  reportConsistency,
} from '../../src/domain/consistency.ts';
import type { TableName } from '../../src/domain/schema.ts';
import { obs } from '../fixtures/miniDataset.ts';

// Invented figures for one report (r-bs); each case changes one thing.
const received = (value: number, qualifier?: Parameters<typeof obs>[0]['qualifier']) =>
  obs({ id: 'rec', report: 'r-bs', indicator: 'reconsideration.received', value, qualifier });
const acceptedRec = (value: number, qualifier?: Parameters<typeof obs>[0]['qualifier']) =>
  obs({ id: 'acc-r', report: 'r-bs', indicator: 'reconsideration.accepted', value, qualifier });
const accepted = (value: number, qualifier?: Parameters<typeof obs>[0]['qualifier'], scope?: string) =>
  obs({ id: 'acc', report: 'r-bs', indicator: 'mediation.accepted', value, qualifier, scope });
const resolved = (value: number, qualifier?: Parameters<typeof obs>[0]['qualifier']) =>
  obs({ id: 'res', report: 'r-bs', indicator: 'mediation.resolved', value, qualifier });
const rate = (value: number, qualifier?: Parameters<typeof obs>[0]['qualifier'], derived = false) =>
  obs({ id: 'rate', report: 'r-bs', indicator: 'mediation.success_rate', value, qualifier, derived });

const rules = (list: ReturnType<typeof obs>[]) =>
  reportConsistency('r-bs', list).map((w) => `${w.rule}:${w.observationId}`);

describe('consistency: a part above its whole', () => {
  it('warns when more disputes are resolved than accepted, beside the resolved value', () => {
    const [w] = reportConsistency('r-bs', [accepted(10525), resolved(14344)]);
    expect(w).toMatchObject({
      rule: 'part_above_whole',
      observationId: 'res',
      indicatorId: 'mediation.resolved',
      relatedIds: ['acc'],
      agencyId: 'sh-baoshan-justice',
    });
  });

  it('warns when more reconsideration cases are accepted than applications received', () => {
    expect(rules([received(530), acceptedRec(1705)])).toEqual(['part_above_whole:acc-r']);
  });

  it('says nothing when the part is at most the whole, equal included', () => {
    expect(rules([accepted(7009), resolved(6698)])).toEqual([]);
    expect(rules([accepted(500), resolved(500)])).toEqual([]);
    expect(rules([received(1613), acceptedRec(932)])).toEqual([]);
  });

  it('reads qualifiers as intervals: only a contradiction under every reading warns', () => {
    // "约5000" resolved of "4800余" accepted: about 4500–5500 against 4800–4900 can agree.
    expect(rules([accepted(4800, 'more_than'), resolved(5000, 'about')])).toEqual([]);
    // "5000余" resolved (5000–6000) of "不足5000" accepted (below 5000): cannot agree.
    expect(rules([accepted(5000, 'less_than'), resolved(5000, 'more_than')])).toEqual([
      'part_above_whole:res',
    ]);
    // "500余" resolved of exactly 500 accepted: more than 500 of 500.
    expect(rules([accepted(500), resolved(500, 'more_than')])).toEqual(['part_above_whole:res']);
    // "近600" resolved (540–600) of 560 accepted can agree.
    expect(rules([accepted(560), resolved(600, 'nearly')])).toEqual([]);
  });

  it('never compares values of different scopes', () => {
    expect(rules([accepted(300, 'exact', '人民调解'), resolved(900)])).toEqual([]);
  });

  it('concluded above accepted is no contradiction (cases carried over from last year)', () => {
    const closed = obs({ id: 'cl', report: 'r-bs', indicator: 'reconsideration.closed', value: 990 });
    expect(rules([acceptedRec(932), closed])).toEqual([]);
  });
});

describe('consistency: a stated rate far from its counts', () => {
  it('warns on 100 % beside 3,390 resolved of 6,981 accepted, with the ratio the counts give', () => {
    const [w] = reportConsistency('r-bs', [accepted(6981), resolved(3390), rate(100)]);
    // 3390 / 6981 = 48.56 %
    expect(w).toMatchObject({ rule: 'rate_mismatch', observationId: 'rate', relatedIds: ['res', 'acc'] });
    expect(w?.ratio).toEqual({ low: 48.6, high: 48.6 });
  });

  it('accepts rounding within 2 points and warns beyond', () => {
    // 6698 / 7009 = 95.56 %
    expect(rules([accepted(7009), resolved(6698), rate(95.6)])).toEqual([]);
    expect(rules([accepted(7009), resolved(6698), rate(97.5)])).toEqual([]);
    expect(rules([accepted(7009), resolved(6698), rate(97.7)])).toEqual(['rate_mismatch:rate']);
    expect(rules([accepted(7009), resolved(6698), rate(93.4)])).toEqual(['rate_mismatch:rate']);
  });

  it('lets a threshold rate or approximate counts agree when some reading does', () => {
    // "90%以上" may be 95.6 %.
    expect(rules([accepted(7009), resolved(6698), rate(90, 'at_least')])).toEqual([]);
    // 5000余 of 约6000 accepted: 5000/6600 = 75.8 % … 6000/5400 → over 100: 80 % fits.
    expect(rules([accepted(6000, 'about'), resolved(5000, 'more_than'), rate(80)])).toEqual([]);
    // "不足50%" cannot be 95.6 %.
    expect(rules([accepted(7009), resolved(6698), rate(50, 'less_than')])).toEqual(['rate_mismatch:rate']);
  });

  it('a derived rate is computed from the counts and never warned about', () => {
    expect(rules([accepted(6981), resolved(3390), rate(100, 'exact', true)])).toEqual([]);
  });

  it('both rules fire on 91.1 % with 14,344 resolved of 10,525 accepted', () => {
    expect(rules([accepted(10525), resolved(14344), rate(91.1)]).sort()).toEqual([
      'part_above_whole:res',
      'rate_mismatch:rate',
    ]);
  });

  it('finds the warning beside a value from the values of its report, and over a dataset', () => {
    const observations = [accepted(10525), resolved(14344)];
    const dataset = { reports: [{ id: 'r-bs' }] as never, observations };
    expect(datasetConsistency(dataset)).toHaveLength(1);
    expect(consistencyWarningFor(observations[1]!, observations)?.rule).toBe('part_above_whole');
    expect(consistencyWarningFor(observations[0]!, observations)).toBeUndefined();
  });
});

describe('synthetic generator', () => {
  it('writes data the consistency checks find nothing in (fixed seed, 300 agencies)', () => {
    const out = mkdtempSync(join(tmpdir(), 'syn-'));
    try {
      const summary = writeSyntheticDataset({ out, agencies: 300, seed: 20250101 });
      const tables: TableName[] = ['indicators', 'agencies', 'reports', 'observations'];
      const { dataset, errors } = parseDatasetTables(
        tables.map((table) => ({
          fileName: `${table}.csv`,
          table,
          text: readFileSync(join(out, `${table}.csv`), 'utf8'),
        })),
      );
      expect(errors).toEqual([]);
      expect(dataset.observations.length).toBe(summary.observations);
      // The checks have something to check: reports with both mediation counts and a stated rate.
      const both = dataset.reports.filter((r) => {
        const ids = new Set(
          dataset.observations.filter((o) => o.reportId === r.id && !o.derived).map((o) => o.indicator),
        );
        return (
          ids.has('mediation.accepted') && ids.has('mediation.resolved') && ids.has('mediation.success_rate')
        );
      });
      expect(both.length).toBeGreaterThan(10);
      expect(datasetConsistency(dataset)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
