// The view state is the address: read it from location.hash, write it back through serializeHash.
import { useCallback, useSyncExternalStore } from 'react';
import { keepUnchangedParts } from '../../state/keepUnchangedParts.ts';
import { parseHash, serializeHash, type ViewState } from '../../state/viewState.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

// One parse per distinct address, so the state object (and everything memoised on it) keeps its
// identity across re-renders that did not change the address; across addresses, the filter, sort
// and agencies keep theirs while their values stay the same (views memoise on state.filter).
let lastHash: string | null = null;
let lastState: ViewState | null = null;
function parseCached(hash: string): ViewState {
  if (hash !== lastHash || lastState === null) {
    lastHash = hash;
    lastState = keepUnchangedParts(lastState, parseHash(hash));
  }
  return lastState;
}

export type Navigate = (next: ViewState, opts?: { replace?: boolean }) => void;

export function useViewState(): [ViewState, Navigate] {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  const state = parseCached(hash);
  const navigate = useCallback<Navigate>((next, opts) => {
    const target = serializeHash(next);
    if (target === window.location.hash) return;
    if (opts?.replace) {
      window.history.replaceState(null, '', target);
      // replaceState fires no hashchange; tell the subscribers ourselves.
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = target;
    }
  }, []);
  return [state, navigate];
}
