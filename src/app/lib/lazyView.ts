// React.lazy for a view whose module may already be here (the first view is requested together
// with the dataset). React.lazy suspends on its first render even when the module has arrived,
// because an import() promise settles only later; the Suspense boundary then shows its fallback
// and React holds the view back for up to 300 ms after a fallback (its reveal throttle). A module
// that has arrived is handed over synchronously instead, so the view renders at once.
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

export interface LazyView<T extends ComponentType> {
  Component: LazyExoticComponent<T>;
  /** Starts loading the module; a failure is left for React.lazy to retry and report. */
  preload(): void;
}

export function lazyView<T extends ComponentType>(load: () => Promise<{ default: T }>): LazyView<T> {
  let loaded: { default: T } | null = null;
  const remember = (m: { default: T }) => {
    loaded = m;
    return m;
  };
  const Component = lazy(() => {
    const ready = loaded;
    if (!ready) return load().then(remember);
    // A thenable that calls back at once: React.lazy reads the module in the same render.
    // biome-ignore lint/suspicious/noThenProperty: React.lazy takes a thenable; this one is settled
    const thenable = { then: (resolve: (m: { default: T }) => void) => resolve(ready) };
    return thenable as unknown as Promise<{ default: T }>;
  });
  return {
    Component,
    preload: () => {
      load().then(remember, () => undefined);
    },
  };
}
