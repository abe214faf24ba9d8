// What every view needs from the shell: the address-derived state, the loaded data and its
// lookups, and a way to open a value's provenance. Provided once by App.
import { createContext, useContext } from 'react';
import type { DatasetIndex } from '../domain/datasetIndex.ts';
import type { Lang } from '../domain/lang.ts';
import type { ValueProvenance } from '../domain/valueSource.ts';
import type { MessageKey, ParamArgs } from '../format/messages.ts';
import type { ViewState } from '../state/viewState.ts';
import type { Navigate } from './hooks/useViewState.ts';

export interface AppContextValue {
  state: ViewState;
  navigate: Navigate;
  lang: Lang;
  /** t() bound to the current language. */
  tr: <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;
  /** Link to another view keeping site-wide choices. */
  href: (view: ViewState['view'], id?: string | null, extra?: Partial<ViewState>) => string;
  index: DatasetIndex;
  /** Opens the provenance dialog for an observation; the opener regains focus on close. */
  showProvenance: (observationId: string) => void;
  /** Where values of local imports came from (file batch, imported report, conflicts); see valueSource. */
  provenance: ValueProvenance;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext>');
  return value;
}
