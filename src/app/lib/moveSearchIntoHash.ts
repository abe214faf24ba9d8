// `/?lang=en#/` and `/?dataset=synthetic#/` mean what they say: before any other module reads the
// address, move those parameters into the hash (which wins when it gives them too) so the address
// has the one form the views read and write. Imported first by main.tsx for this side effect.
import { mergeSearchIntoHash, searchWithoutViewParams } from '../../state/viewState.ts';

const { pathname, search, hash } = window.location;
const merged = mergeSearchIntoHash(search, hash);
const rest = searchWithoutViewParams(search);
if (rest !== search || merged !== (hash === '' ? '#' : hash)) {
  window.history.replaceState(window.history.state, '', `${pathname}${rest}${merged}`);
}
