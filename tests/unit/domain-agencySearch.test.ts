// Finding one's own agency: names as written, district, pinyin in full, by initials and mixed,
// ranked exact > prefix > substring > initials, fast enough per keystroke on 3,000 agencies.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  buildAgencySearch,
  mixedMatch,
  normaliseQuery,
  type PinyinOf,
  pinyinTexts,
  searchAgencies,
} from '../../src/domain/agencySearch.ts';
import type { Agency } from '../../src/domain/types.ts';

const pinyinOf: PinyinOf = (text) => pinyin(text, { toneType: 'none', type: 'array' });

function agency(id: string, nameZh: string, nameEn: string, district: string, region = '浙江省'): Agency {
  return { id, nameZh, nameEn, region, district, type: 'justice_bureau', origin: 'synthetic' };
}

// Invented agencies in the synthetic set's naming pattern, plus one real-looking district.
const AGENCIES: Agency[] = [
  agency('a1', '（合成）示例区0177人民政府', '(Synthetic) Sample District 0177 Government', '示例区0177'),
  agency(
    'a2',
    '（合成）示例区0177司法局',
    '(Synthetic) Sample District 0177 Bureau of Justice',
    '示例区0177',
  ),
  agency(
    'a3',
    '（合成）示例区0178司法局',
    '(Synthetic) Sample District 0178 Bureau of Justice',
    '示例区0178',
  ),
  agency('a4', '长宁区人民政府', 'Changning District Government', '长宁区', '上海市'),
  agency('a5', '宝山区司法局', 'Baoshan District Bureau of Justice', '宝山区', '上海市'),
];
const index = buildAgencySearch(AGENCIES, pinyinOf);
const ids = (q: string) => searchAgencies(index, q).matches.map((m) => m.agency.id);

describe('agency search', () => {
  it('finds names as written, in Chinese and English, without the （合成） tag', () => {
    expect(ids('宝山区司法局')).toEqual(['a5']);
    expect(ids('示例区0177司法')).toEqual(['a2']);
    expect(ids('bureau of justice')).toEqual(['a5', 'a2', 'a3']);
    expect(ids('ＢＡＯＳＨＡＮ')).toEqual(['a5']);
  });

  it('finds every agency of a district by the district name or its full pinyin', () => {
    expect(ids('示例区0177').sort()).toEqual(['a1', 'a2']);
    expect(ids('shiliqu0177').sort()).toEqual(['a1', 'a2']);
    expect(ids('shiliqu0177sifaju')).toEqual(['a2']);
  });

  it('finds by initials and by a mix of full syllables and initials', () => {
    expect(ids('slq0177').sort()).toEqual(['a1', 'a2']);
    expect(ids('slq0177sfj')).toEqual(['a2']);
    expect(ids('shilq0177sfj')).toEqual(['a2']);
    expect(ids('bsqsfj')).toEqual(['a5']);
    // Polyphonic 长 in a place name reads cháng.
    expect(ids('changning')).toEqual(['a4']);
    expect(ids('cnq')).toEqual(['a4']);
  });

  it('needs every word of a query to match (Chinese and pinyin mixed)', () => {
    expect(ids('shiliqu0177 司法')).toEqual(['a2']);
    expect(ids('slq sfj')).toEqual(['a2', 'a3']);
  });

  it('ranks exact before prefix before substring before initials', () => {
    const tiered = buildAgencySearch(
      [
        agency('initials', '示例机构', 'x', '示例区', '江苏省'),
        agency('substring', '某区司法局', 'y', '某区', '江苏省'),
        agency('prefix', '司法局分局', 'z', '某区', '江苏省'),
        agency('exact', '司法局', 'w', '某区', '江苏省'),
      ],
      pinyinOf,
    );
    const got = searchAgencies(tiered, '司法局').matches;
    expect(got.map((m) => [m.agency.id, m.tier])).toEqual([
      ['exact', 'exact'],
      ['prefix', 'prefix'],
      ['substring', 'substring'],
    ]);
    expect(searchAgencies(tiered, 'sljg').matches.map((m) => [m.agency.id, m.tier])).toEqual([
      ['initials', 'initials'],
    ]);
  });

  it('finds nothing for an empty query or one no agency fits, and counts beyond the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('shiliqu0999')).toEqual([]);
    const r = searchAgencies(index, 'shiliqu', { limit: 1 });
    expect(r.matches).toHaveLength(1);
    expect(r.total).toBe(3);
  });

  it('still finds names without pinyin (before the pinyin chunk has loaded)', () => {
    const plain = buildAgencySearch(AGENCIES);
    expect(searchAgencies(plain, '宝山').matches.map((m) => m.agency.id)).toEqual(['a5']);
    expect(searchAgencies(plain, 'shiliqu0177').matches).toEqual([]);
    expect(plain.pinyin).toBe(false);
  });

  it('honours a filter on the candidates', () => {
    const r = searchAgencies(index, 'sifaju', { accept: (a) => a.region === '上海市' });
    expect(r.matches.map((m) => m.agency.id)).toEqual(['a5']);
  });

  it('reads syllables in full or by their first letters, in order', () => {
    expect(mixedMatch(['shi', 'li', 'qu'], 'shilq')).toBe(true);
    expect(mixedMatch(['shi', 'li', 'qu'], 'sliq')).toBe(true);
    expect(mixedMatch(['shi', 'li', 'qu'], 'sqli')).toBe(false);
    expect(mixedMatch(['shi', 'li', 'qu'], 'lqu')).toBe(true);
    expect(mixedMatch(['shi', 'li', 'qu'], 'qul')).toBe(false);
    expect(normaliseQuery(' Shi Li·Qu ')).toBe('shiliqu');
  });

  it('answers a keystroke on 3,000 agencies in well under 50 ms', () => {
    const many: Agency[] = [];
    for (let d = 1; d <= 645; d++) {
      const n = String(d).padStart(4, '0');
      for (const [zh, en] of [
        ['人民政府', 'Government'],
        ['司法局', 'Bureau of Justice'],
        ['市场监督管理局', 'Market Regulation Bureau'],
        ['城市管理行政执法局', 'Urban Management Enforcement Bureau'],
        ['经济委员会', 'Economic Commission'],
      ] as const) {
        if (many.length < 3000)
          many.push(
            agency(`s${many.length}`, `（合成）示例区${n}${zh}`, `Sample District ${n} ${en}`, `示例区${n}`),
          );
      }
    }
    const big = buildAgencySearch(many, pinyinOf);
    expect(pinyinTexts(many).length).toBe(3000 + 600 + 1);
    for (const q of ['s', 'sh', 'shiliqu06', 'slq0600sfj', 'shilq0600sifa', '示例区0600', 'zzzz']) {
      // The median of seven runs: one run on a machine shared with other jobs may be descheduled.
      const times: number[] = [];
      let r = searchAgencies(big, q);
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        r = searchAgencies(big, q);
        times.push(performance.now() - t0);
      }
      const ms = times.sort((a, b) => a - b)[3]!;
      expect(ms, `${q}: ${ms.toFixed(1)} ms`).toBeLessThan(50);
      if (q === 'slq0600sfj')
        expect(r.matches.map((m) => m.agency.nameZh)).toEqual(['（合成）示例区0600司法局']);
    }
  });
});
