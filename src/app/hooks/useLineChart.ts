// Whether the line chart's code is loaded (it is fetched the first time a trend is shown).
import { useEffect, useState } from 'react';
import { loadLine } from '../echarts.ts';

let loaded = false;

export function useLineChart(): boolean {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLine().then(
      () => {
        loaded = true;
        if (live) setReady(true);
      },
      // The chart keeps its "loading" placeholder; the next trend shown asks again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

// Long enough for the view the reader asked for to be drawn first.
const PREFETCH_AFTER_MS = 1500;

/** Fetches the line chart's code in the background, so opening a trend later does not wait for it. */
export function usePrefetchLineChart(): void {
  useEffect(() => {
    if (loaded) return;
    const timer = setTimeout(() => {
      loadLine().then(
        () => {
          loaded = true;
        },
        () => undefined,
      );
    }, PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
}
