// Addresses for links. Moving to another view keeps what the reader chose for the whole site
// (language, filters, dataset, embed, selected agencies) and resets what belongs to one view.
import { DEFAULT_SORT, serializeHash, type ViewName, type ViewState } from '../../state/viewState.ts';

export function stateFor(
  state: ViewState,
  view: ViewName,
  id: string | null = null,
  extra: Partial<ViewState> = {},
): ViewState {
  const sameView = state.view === view;
  return {
    ...state,
    view,
    id,
    chart: sameView ? state.chart : null,
    sort: sameView ? state.sort : DEFAULT_SORT,
    group: sameView ? state.group : 'none',
    mapRegion: sameView ? state.mapRegion : null,
    mapType: sameView ? state.mapType : null,
    flagKind: sameView ? state.flagKind : null,
    flagSeverity: sameView ? state.flagSeverity : null,
    flagSearch: sameView ? state.flagSearch : '',
    flagGroup: sameView ? state.flagGroup : 'none',
    flagSort: sameView ? state.flagSort : 'severity',
    // A link opens a report at the place it names, never at the one the last link named.
    at: null,
    missing: null,
    ...extra,
  };
}

export function hrefFor(
  state: ViewState,
  view: ViewName,
  id: string | null = null,
  extra: Partial<ViewState> = {},
): string {
  return serializeHash(stateFor(state, view, id, extra));
}
