// Whether the line chart's code is loaded (it is fetched the first time a trend is shown).
import { useEffect, useState } from 'react';
import { loadLine } from '../echarts.ts';

let loaded = false;

export function useLineChart(): boolean {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLine().then(() => {
      loaded = true;
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
