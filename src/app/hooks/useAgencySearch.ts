// The search index of the loaded agencies: names at once; with pinyin once the lazy pinyin chunk
// is there (asked for when the user first focuses the search box). Converting 3,000 names to
// pinyin takes the better part of a second on a slow machine, so it runs in slices (the page stays
// responsive) and the search reads names as written until it is done.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type AgencySearchIndex, buildAgencySearch, pinyinTexts } from '../../domain/agencySearch.ts';
import type { Agency } from '../../domain/types.ts';
import { loadPinyin } from '../lib/loadPinyin.ts';
import { runInSlices } from '../lib/runInSlices.ts';

const WITH_PINYIN = new WeakMap<readonly Agency[], AgencySearchIndex>();

export function useAgencySearch(agencies: readonly Agency[]): {
  index: AgencySearchIndex;
  /** Starts loading pinyin (idempotent). */
  wantPinyin: () => void;
} {
  const [wanted, setWanted] = useState(false);
  const [withPinyin, setWithPinyin] = useState<AgencySearchIndex | null>(
    () => WITH_PINYIN.get(agencies) ?? null,
  );
  const plain = useMemo(() => buildAgencySearch(agencies), [agencies]);
  useEffect(() => {
    if (!wanted || WITH_PINYIN.has(agencies)) {
      setWithPinyin(WITH_PINYIN.get(agencies) ?? null);
      return;
    }
    const abort = new AbortController();
    loadPinyin()
      .then((pinyinOf) => {
        function* convert(): Generator<void, AgencySearchIndex> {
          const cache = new Map<string, readonly string[]>();
          for (const text of pinyinTexts(agencies)) {
            cache.set(text, pinyinOf(text));
            yield;
          }
          return buildAgencySearch(agencies, (text) => cache.get(text) ?? pinyinOf(text));
        }
        return runInSlices(convert(), abort.signal);
      })
      .then(
        (built) => {
          if (!built) return;
          WITH_PINYIN.set(agencies, built);
          setWithPinyin(built);
        },
        () => {
          // Offline or a failed chunk: the search keeps working on names as written.
        },
      );
    return () => abort.abort();
  }, [agencies, wanted]);
  const wantPinyin = useCallback(() => setWanted(true), []);
  return { index: withPinyin ?? plain, wantPinyin };
}
