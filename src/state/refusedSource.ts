// A dataset address the view state refused (parseHash keeps only relative `src=` addresses, so a
// shared link can never make the dashboard fetch from another site). The refused address is
// returned so the page can say why it shows the bundled data instead of silently ignoring it.
import { isSafeDatasetUrl } from './viewState.ts';

export function refusedDatasetSource(hash: string): string | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  for (const pair of hash.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq) !== 'src') continue;
    let src: string;
    try {
      src = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      src = pair.slice(eq + 1);
    }
    // The first src wins, as in parseHash.
    return src !== '' && !isSafeDatasetUrl(src) ? src : null;
  }
  return null;
}
