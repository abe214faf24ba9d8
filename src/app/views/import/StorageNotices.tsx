// What the import page says about storage: a write that failed names what was not saved (in the
// interface language; Chromium's quota error has no message of its own), records that could not
// be used are listed as set aside, and a store that cannot be read says the page works in memory.

import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import type { LayerSnapshot } from '../../persist/layerStore.ts';

export function StorageNotices({
  persistence,
  problems,
  setAside,
}: Pick<LayerSnapshot, 'persistence' | 'problems' | 'setAside'>) {
  const { lang, tr } = useApp();
  return (
    <>
      {persistence === 'memory' ? (
        <p className="banner banner-error" role="alert">
          {tr('import.memoryOnly')}
        </p>
      ) : null}
      {problems.map((p) => (
        <p
          key={`${p.kind}:${p.reason}`}
          className="banner banner-error"
          role="alert"
          data-testid="storage-problem"
        >
          {p.kind === 'load'
            ? tr('import.loadFailed', { message: p.detail })
            : p.items.length === 0
              ? tr('import.resetFailed', { message: p.detail })
              : p.reason === 'quota'
                ? tr('import.notSavedQuota', { items: p.items.join(lang === 'zh' ? '、' : ', ') })
                : tr('import.notSaved', {
                    items: p.items.join(lang === 'zh' ? '、' : ', '),
                    message: p.detail,
                  })}
        </p>
      ))}
      {setAside.length > 0 ? (
        <div className="banner banner-error" role="alert" data-testid="storage-set-aside">
          <p>{tr('import.setAside', { count: formatNumber(setAside.length, lang) })}</p>
          <details className="small">
            <summary>{tr('import.setAsideList')}</summary>
            <ul>
              {setAside.map((r) => (
                <li key={`${r.kind}:${r.key}`}>
                  <code>
                    {r.kind} {r.key}
                  </code>
                  : {r.reason}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </>
  );
}
