// The extractor against the hand-checked values in ../shared/gold.
import { readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import type { ExtractedObservation } from '../../src/extract/types.ts';
import { describeWithShared, readShared, sharedPath } from '../shared.ts';

type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const same = (a: number, b: number) => Math.abs(a - b) < 0.011;

describeWithShared('extractor on the corpus against ../shared/gold', () => {
  const seeds = parse(readShared('gold', 'seeds.csv'));
  const sections = parse(readShared('gold', 'sections.csv'));
  const files = readdirSync(sharedPath('corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const results = new Map<string, ExtractedObservation[]>();
  const parts = new Map<string, Record<string, boolean>>();
  for (const f of files) {
    const r = extractReport(readShared('corpus', f));
    results.set(f, r.observations);
    parts.set(f, r.report.sections);
  }

  const matchesRequired = (g: Row, o: ExtractedObservation) =>
    o.indicator === g.indicator &&
    same(o.value, Number(g.value)) &&
    (g.qualifier === 'derived' ? o.derived : !o.derived && o.qualifier === g.qualifier);

  it('finds at least 98% of the required rows, with the right qualifier', () => {
    const required = seeds.filter((g) => g.tier === 'required');
    const missing = required.filter(
      (g) => !(results.get(g.report!) ?? []).some((o) => matchesRequired(g, o)),
    );
    const recall = 1 - missing.length / required.length;
    console.log(`[gold] required rows found: ${required.length - missing.length}/${required.length}`);
    for (const g of missing)
      console.log(`[gold] missing: ${g.report} ${g.indicator}=${g.value} ${g.qualifier}`);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('emits no negative row, and at least 95% of what it emits is required or acceptable', () => {
    let emitted = 0;
    let good = 0;
    const negatives: string[] = [];
    for (const [file, obs] of results) {
      const rows = seeds.filter((g) => g.report === file);
      for (const o of obs) {
        emitted++;
        if (rows.some((g) => g.tier === 'negative' && same(Number(g.value), o.value))) {
          negatives.push(`${file} ${o.indicator}=${o.value} "${o.text}"`);
        }
        const ok = rows.some(
          (g) =>
            (g.tier === 'required' && g.indicator === o.indicator && same(Number(g.value), o.value)) ||
            (g.tier === 'acceptable' && same(Number(g.value), o.value)),
        );
        if (ok) good++;
      }
    }
    console.log(`[gold] precision: ${good}/${emitted}`);
    expect(negatives).toEqual([]);
    expect(good / emitted).toBeGreaterThanOrEqual(0.95);
  });

  it('gets all 20 report parts right', () => {
    const wrong: string[] = [];
    for (const row of sections) {
      for (const k of ['achievements', 'shortcomings', 'first_responsible_duties', 'next_year_plan']) {
        if (parts.get(row.report!)?.[k] !== (row[k] === 'yes')) wrong.push(`${row.report} ${k}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the offset invariant on every observation', () => {
    for (const [file, obs] of results) {
      const text = readShared('corpus', file);
      for (const o of obs) {
        expect(text.slice(o.start, o.end)).toBe(o.text);
        expect(text.slice(o.evidenceStart, o.evidenceStart + o.evidence.length)).toBe(o.evidence);
      }
    }
  });
});
