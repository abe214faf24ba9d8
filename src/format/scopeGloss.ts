// What kind of narrowing a scope note states, in the reader's language. The extractor writes scope
// notes in Chinese, from the report's own words (src/extract/scope.ts): 截至… (as of a date),
// 自…至… (a period), 通过“…”机制 (one mechanism), …类案件 (one kind of case) and 其中（分项）(a
// part of a total). An English reader gets the kind in English beside the Chinese words.
import type { Lang } from '../domain/lang.ts';
import { t } from './messages.ts';

export type ScopeKind = 'subCount' | 'asOf' | 'period' | 'mechanism' | 'subGroup';

const KINDS: readonly [ScopeKind, RegExp][] = [
  ['subCount', /其中/],
  ['asOf', /截至/],
  ['period', /自.{0,20}至/],
  ['mechanism', /通过.{0,16}(机制|平台)|通过“/],
  ['subGroup', /类(案件|纠纷)/],
];

/** The kinds a scope note states, one per part (parts are joined by "；"), in the note's order. */
export function scopeKinds(scope: string | null | undefined): ScopeKind[] {
  if (!scope) return [];
  const kinds: ScopeKind[] = [];
  for (const part of scope.split(/[；;]/)) {
    const kind = KINDS.find(([, re]) => re.test(part))?.[0];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** "sub-count of the total; as of a date" — or "" when no kind is known (the note stands alone). */
export function scopeGloss(scope: string | null | undefined, lang: Lang): string {
  return scopeKinds(scope)
    .map((k) => t(lang, `scope.gloss.${k}`))
    .join(lang === 'zh' ? '；' : '; ');
}
