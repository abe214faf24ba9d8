import { describe, expect, it } from 'vitest';
import { ORIGINS, QUALIFIERS, SECTIONS_OR_OTHER } from '../../src/domain/types.ts';
import {
  MESSAGES,
  type MessageKey,
  originKey,
  qualifierKey,
  sectionKey,
  t,
} from '../../src/format/messages.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has the same keys in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const key of Object.keys(MESSAGES.zh) as MessageKey[]) {
      expect(MESSAGES.zh[key].trim(), key).not.toBe('');
      expect(MESSAGES.en[key].trim(), key).not.toBe('');
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.zh[key]));
    }
  });

  it('covers every qualifier, section and origin, plus the views and the synthetic banner', () => {
    for (const q of QUALIFIERS) expect(MESSAGES.zh[qualifierKey(q)]).toBeDefined();
    for (const s of SECTIONS_OR_OTHER) expect(MESSAGES.zh[sectionKey(s)]).toBeDefined();
    for (const o of ORIGINS) expect(MESSAGES.zh[originKey(o)]).toBeDefined();
    for (const view of ['overview', 'indicator', 'agency', 'compare', 'coverage', 'reports', 'import']) {
      expect(MESSAGES.en[`nav.${view}` as MessageKey]).toBeDefined();
    }
    expect(t('zh', 'synthetic.banner')).toContain('合成数据');
    expect(t('en', 'value.notReported')).toBe('not reported');
  });

  it.each([
    ['zh', 'indicator.coverage', { reported: 3, of: 5 }, '5 个机构中有 3 个报告了此项'],
    ['en', 'indicator.coverage', { reported: 3, of: 5 }, '3 of 5 agencies report this'],
    ['en', 'indicator.rankRange', { from: 1, to: 2 }, '1–2'],
    ['en', 'app.notFound', {}, 'Not found: {id}'],
    ['en', 'app.notFound', { id: '{x}' }, 'Not found: {x}'],
  ] as const)('t(%s, %s, %o) → %s', (lang, key, params, expected) => {
    expect(t(lang, key, params)).toBe(expected);
  });
});
