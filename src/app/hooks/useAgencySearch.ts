// The search index of the loaded agencies: names at once, rebuilt with pinyin once the lazy
// pinyin chunk is there (asked for when the user first focuses the search box).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type AgencySearchIndex, buildAgencySearch, type PinyinOf } from '../../domain/agencySearch.ts';
import type { Agency } from '../../domain/types.ts';
import { loadPinyin } from '../lib/loadPinyin.ts';

const WITH_PINYIN = new WeakMap<readonly Agency[], AgencySearchIndex>();

export function useAgencySearch(agencies: readonly Agency[]): {
  index: AgencySearchIndex;
  /** Starts loading pinyin (idempotent). */
  wantPinyin: () => void;
} {
  const [pinyinOf, setPinyinOf] = useState<PinyinOf | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadPinyin().then(
      (of) => {
        if (live) setPinyinOf(() => of);
      },
      () => {
        // Offline or a failed chunk: the search keeps working on names as written.
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const plain = useMemo(() => buildAgencySearch(agencies), [agencies]);
  const index = useMemo(() => {
    if (!pinyinOf) return plain;
    let built = WITH_PINYIN.get(agencies);
    if (!built) {
      built = buildAgencySearch(agencies, pinyinOf);
      WITH_PINYIN.set(agencies, built);
    }
    return built;
  }, [agencies, pinyinOf, plain]);
  const wantPinyin = useCallback(() => setWanted(true), []);
  return { index, wantPinyin };
}
