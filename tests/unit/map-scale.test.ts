// The map's colour scale: rates on a fixed, stated domain (never stretched from the lowest to the
// highest value shown), counts from 0 to a round top, said to come from the data.
import { describe, expect, it } from 'vitest';
import { binIndex, MAP_SCALE, mapScale, niceCeiling } from '../../src/charts/mapScale.ts';
import { INDICATORS } from '../../src/domain/indicators.ts';
import { findIndicator } from '../../src/domain/ranking.ts';

const ind = (id: string) => findIndicator({ indicators: INDICATORS }, id);
const binOf = (id: string, value: number, values: number[] = [value]) => {
  const s = mapScale(ind(id), values, 'zh');
  return s.bins[binIndex(s.bins, value)]!;
};

describe('rates: a fixed domain', () => {
  it('85.8 % and 95.6 % are not opposite ends of the scale', () => {
    const s = mapScale(ind('mediation.success_rate'), [85.81, 95.6], 'zh');
    expect(binIndex(s.bins, 85.81)).toBe(1); // 80–90 %
    expect(binIndex(s.bins, 95.6)).toBe(3); // 95–<100 %
    expect(s.bins[1]!.label).toBe('80–90%');
    expect(s.bins[3]!.label).toBe('95–<100%');
    expect(s.bins[4]).toMatchObject({ min: 100, max: 100, label: '100%' });
  });

  it('does not move with the values shown', () => {
    const a = mapScale(ind('litigation.head_appearance_rate'), [85.81, 95.6], 'en');
    const b = mapScale(ind('litigation.head_appearance_rate'), [12, 100], 'en');
    expect(a.bins).toEqual(b.bins);
  });

  it('states its domain and shows the break in the legend', () => {
    const zh = mapScale(ind('mediation.success_rate'), [], 'zh');
    expect(zh.statement).toContain('80%–100%');
    expect(zh.statement).toContain('断开');
    expect(zh.bins[0]).toMatchObject({ min: 0, max: 80, folded: true });
    expect(zh.bins[0]!.label).toBe('0–80%（刻度断开）');
    const en = mapScale(ind('mediation.success_rate'), [], 'en');
    expect(en.statement).toMatch(/Fixed colour scale 80–100%.*breaks at 80%/);
    expect(en.bins[0]!.label).toBe('0–80% (scale break)');
    expect(binOf('mediation.success_rate', 8.7).folded).toBe(true);
    expect(binOf('mediation.success_rate', 100).label).toBe('100%');
    expect(binOf('mediation.success_rate', 99.9).label).toBe('95–<100%');
  });

  it('small rates (loss, correction) on 0–20 % with the rest one band; other rates 0–100 %', () => {
    expect(binOf('litigation.loss_rate', 4.1).label).toBe('0–5%');
    expect(binOf('litigation.loss_rate', 22.3)).toMatchObject({ min: 20, max: 100, folded: true });
    expect(mapScale(ind('litigation.loss_rate'), [], 'zh').statement).toContain('0–20%');
    const full = mapScale(ind('reconsideration.settlement_rate'), [33.3], 'zh');
    expect(full.bins.map((b) => b.label)).toEqual(['0–20%', '20–40%', '40–60%', '60–80%', '80–100%']);
    expect(full.bins.some((b) => b.folded)).toBe(false);
    expect(binIndex(full.bins, 100)).toBe(4);
    expect(binIndex(full.bins, 0)).toBe(0);
  });

  it('every rate from 0 to 100 falls in exactly one bin, colours light to dark', () => {
    for (const id of INDICATORS.filter((i) => i.unit === '%').map((i) => i.id)) {
      const s = mapScale(ind(id), [], 'en');
      expect(s.bins.map((b) => b.color)).toEqual(MAP_SCALE);
      for (let v = 0; v <= 100; v += 0.5) {
        const hits = s.bins.filter((_, i) => binIndex(s.bins, v) === i);
        expect(hits, `${id} ${v}`).toHaveLength(1);
      }
    }
  });
});

describe('counts: from the data, said so', () => {
  it('five equal bands from 0 to a round top', () => {
    expect(niceCeiling(932)).toBe(1000);
    expect(niceCeiling(30607)).toBe(50000);
    expect(niceCeiling(150)).toBe(200);
    expect(niceCeiling(0)).toBe(5);
    const s = mapScale(ind('reconsideration.accepted'), [932, 930, 50], 'zh');
    expect(s.kind).toBe('count');
    expect(s.bins.map((b) => b.label)).toEqual([
      '0–200 件',
      '200–400 件',
      '400–600 件',
      '600–800 件',
      '800–1,000 件',
    ]);
    // 930 and 932 share a colour: the scale does not spread a handful of values apart.
    expect(binIndex(s.bins, 930)).toBe(binIndex(s.bins, 932));
    expect(binIndex(s.bins, 1000)).toBe(4);
    expect(s.statement).toBe('颜色刻度取自数据：0 至 1,000 件，等距五档');
    expect(mapScale(ind('reconsideration.accepted'), [932], 'en').statement).toBe(
      'Colour scale from the data: 0 to 1,000 cases in five equal bands',
    );
  });
});
