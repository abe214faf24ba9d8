import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { INDICATORS, indicatorById } from '../../src/domain/indicators.ts';
import { INDICATOR_RULES } from '../../src/extract/rules/indicatorRules.ts';
import { describeWithShared, readShared } from '../shared.ts';

describeWithShared('indicator catalogue matches the shared contract', () => {
  const spec = Papa.parse<Record<string, string>>(readShared('spec', 'indicators.csv'), {
    header: true,
    skipEmptyLines: true,
  }).data;

  it('has every shared id, with the same unit, kind, direction, category and core flag', () => {
    expect(spec.length).toBe(40);
    for (const row of spec) {
      const ind = indicatorById(row.id!);
      expect(ind, row.id).toBeDefined();
      expect(ind).toMatchObject({
        category: row.category,
        nameZh: row.name_zh,
        nameEn: row.name_en,
        unit: row.unit,
        kind: row.kind,
        better: row.better,
        core: row.core === 'yes',
      });
    }
  });
});

it('every indicator has names and definitions in both languages, and unique ids', () => {
  const ids = new Set(INDICATORS.map((i) => i.id));
  expect(ids.size).toBe(INDICATORS.length);
  for (const i of INDICATORS) {
    expect(i.nameZh.length, i.id).toBeGreaterThan(1);
    expect(i.nameEn.length, i.id).toBeGreaterThan(1);
    expect(i.definitionZh.length, i.id).toBeGreaterThan(4);
    expect(i.definitionEn.length, i.id).toBeGreaterThan(4);
    expect(i.altUnits).not.toContain(i.unit);
    // A comparable unit is one a report may write for the indicator, listed once.
    for (const u of i.comparableUnits) expect(i.altUnits, `${i.id} ${u}`).toContain(u);
    expect(new Set(i.comparableUnits).size, i.id).toBe(i.comparableUnits.length);
  }
});

it("every unit an indicator rule reads is the indicator's unit or one of its alt_units, so the catalogue says whether it is comparable", () => {
  const unlisted = INDICATOR_RULES.flatMap((r) => {
    const i = indicatorById(r.indicator)!;
    // 万人次 is a pattern a rule allows, but the scanner reads 万 as a multiplier: never a unit.
    return r.units
      .filter((u) => u !== i.unit && !i.altUnits.includes(u) && u !== '万人次')
      .map((u) => `${r.name} ${u}`);
  });
  expect(unlisted).toEqual([]);
});
