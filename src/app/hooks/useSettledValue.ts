// A value that follows `value` once it has stopped changing for a moment, for work the reader does
// not see first (a chart below the fold). useDeferredValue is not enough for that: its render, and
// the chart update it starts, run before the browser paints what the reader asked for, and while
// someone steps through indicators each step would redraw the hidden chart again.
import { startTransition, useEffect, useState } from 'react';

export function useSettledValue<T>(value: T, delayMs: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const timer = setTimeout(() => startTransition(() => setShown(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, shown, delayMs]);
  return shown;
}
