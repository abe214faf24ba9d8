// pinyin-pro is ≈ 320 kB (its dictionary): fetched as a lazy chunk the first time someone uses the
// agency search, never with the first page. Until it arrives the search reads names as written.
import type { PinyinOf } from '../../domain/agencySearch.ts';

let loading: Promise<PinyinOf> | null = null;

export function loadPinyin(): Promise<PinyinOf> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => {
    const of: PinyinOf = (text) => pinyin(text, { toneType: 'none', type: 'array' });
    return of;
  });
  return loading;
}
