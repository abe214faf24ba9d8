import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINS, QUALIFIERS, SECTIONS_OR_OTHER } from '../../src/domain/types.ts';
import {
  MESSAGES,
  type Message,
  type MessageKey,
  originKey,
  qualifierKey,
  sectionKey,
  t,
} from '../../src/format/messages.ts';
import { ROOT } from '../shared.ts';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
/** Every text a message can show: the string, or each plural form. */
const forms = (m: Message): string[] =>
  typeof m === 'string' ? [m] : Object.entries(m).flatMap(([k, v]) => (k === 'by' || !v ? [] : [v]));
const keys = Object.keys(MESSAGES.zh) as MessageKey[];

describe('messages', () => {
  it('has the same keys in both languages, none empty, with the same placeholders in every form', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const zh = placeholders(forms(MESSAGES.zh[key]).join(' '));
      for (const lang of ['zh', 'en'] as const) {
        const message = MESSAGES[lang][key];
        for (const form of forms(message)) {
          expect(form.trim(), `${lang} ${key}`).not.toBe('');
          expect(placeholders(form), `${lang} ${key}`).toEqual(zh);
        }
        if (typeof message !== 'string') {
          expect(zh, `${lang} ${key}: plural by a parameter it has`).toContain(message.by);
          expect(message.other, `${lang} ${key}`).toBeTruthy();
        }
      }
    }
  });

  it('uses every key somewhere in src/ (literally, or through a key built from a prefix and an id)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const tables = /messages\.(zh|en)\.ts$/;
    const source = files(join(ROOT, 'src'))
      .filter((f) => !tables.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const prefixes = [...source.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = keys.filter(
      (k) =>
        !source.includes(`'${k}'`) && !source.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('covers every qualifier, section and origin, plus the views and the synthetic banner', () => {
    for (const q of QUALIFIERS) expect(MESSAGES.zh[qualifierKey(q)]).toBeDefined();
    for (const s of SECTIONS_OR_OTHER) expect(MESSAGES.zh[sectionKey(s)]).toBeDefined();
    for (const o of ORIGINS) expect(MESSAGES.zh[originKey(o)]).toBeDefined();
    for (const view of ['overview', 'indicator', 'compare', 'coverage', 'reports', 'import']) {
      expect(MESSAGES.en[`nav.${view}` as MessageKey]).toBeDefined();
    }
    expect(t('zh', 'synthetic.banner')).toContain('合成数据');
    expect(t('en', 'value.notReported')).toBe('not reported');
  });

  it.each([
    ['zh', 'indicator.coverage', { reported: 3, of: 5 }, '5 个机构中有 3 个报告了此项'],
    ['en', 'indicator.coverage', { reported: 3, of: 5 }, '3 of 5 agencies report this'],
    ['en', 'indicator.coverage', { reported: 1, of: 1 }, '1 of 1 agency reports this'],
    [
      'en',
      'compare.radarTooFew',
      { k: 1 },
      'The chosen agencies have only 1 indicator in common, too few for a radar (it needs 3). Not reported cannot be drawn as 0: compare with the bars or the table.',
    ],
    ['en', 'ui.reportedBy', { reported: 0, of: 1 }, 'reported by 0 of 1 agency'],
    ['en', 'ui.coverageShort', { reported: 2, of: 2 }, 'reported by 2 of 2 agencies'],
    [
      'en',
      'ui.dataIssues',
      { count: 1, errors: 0 },
      '1 issue in the data files (errors, their rows skipped: 0)',
    ],
    ['en', 'app.notFound', { id: '{x}' }, 'Not found: {x}'],
  ] as const)('t(%s, %s, %o) → %s', (lang, key, params, expected) => {
    expect(t(lang, key, params)).toBe(expected);
  });

  it('leaves a placeholder whose parameter is missing as it is (and the type checker refuses the call)', () => {
    // @ts-expect-error app.notFound needs {id}
    expect(t('en', 'app.notFound', {})).toBe('Not found: {id}');
  });

  it('chooses plural forms by the count (Intl.PluralRules)', () => {
    expect(t('en', 'import.finished', { total: 1, seconds: 2 })).toBe('1 file in 2 s');
    expect(t('en', 'import.finished', { total: 2, seconds: 2 })).toBe('2 files in 2 s');
    expect(t('en', 'import.finished', { total: 0, seconds: 2 })).toBe('0 files in 2 s');
    expect(t('en', 'import.progress', { done: 0, total: 1 })).toBe('0 of 1 file done');
    expect(t('en', 'import.issues', { count: 1 })).toBe('1 issue');
    expect(t('en', 'import.issues', { count: '1,234' })).toBe('1,234 issues');
    expect(t('zh', 'import.finished', { total: 1, seconds: 2 })).toBe('1 个文件，用时 2 秒');
  });
});
