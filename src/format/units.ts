// Measure words (量词) in English. The dataset keeps the unit as the report wrote it; only the
// display changes. Unknown units are shown as written.
import type { Lang } from '../domain/lang.ts';

export const UNITS_EN: Readonly<Record<string, string>> = {
  '%': '%',
  件: 'cases',
  份: 'copies',
  起: 'cases',
  宗: 'cases',
  次: 'times',
  人次: 'person-times',
  人: 'people',
  名: 'people',
  场: 'sessions',
  期: 'sessions',
  班: 'classes',
  堂: 'classes',
  个: 'items',
  项: 'items',
  条: 'items',
  篇: 'articles',
  张: 'sheets',
  本: 'copies',
  册: 'copies',
  卷: 'files',
  家: 'units',
  学时: 'hours',
  小时: 'hours',
  课时: 'class hours',
};

export function formatUnit(unit: string, lang: Lang): string {
  return lang === 'en' ? (UNITS_EN[unit] ?? unit) : unit;
}
