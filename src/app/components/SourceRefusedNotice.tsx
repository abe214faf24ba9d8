// Says why the dashboard shows its bundled data when the address named a dataset on another site
// (refused: a shared link must never make the page fetch from elsewhere).
import { useSyncExternalStore } from 'react';
import type { Lang } from '../../domain/lang.ts';
import { t } from '../../format/messages.ts';
import { refusedDatasetSource } from '../../state/refusedSource.ts';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function SourceRefusedNotice({ lang }: { lang: Lang }) {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const refused = refusedDatasetSource(hash);
  if (!refused) return null;
  return (
    <p className="banner banner-error" role="alert" data-testid="src-refused">
      {t(lang, 'import.srcRefused', { src: refused })}
    </p>
  );
}
