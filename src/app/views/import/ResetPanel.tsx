// "Reset to the bundled data": one button away, and it asks first in a modal dialog that says
// exactly what will be deleted. Cancel (or Esc) leaves everything as it was.
import { useRef, useState } from 'react';
import type { UserLayer } from '../../../data/importLayer.ts';
import { isEmptyLayer } from '../../../data/importLayer.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';

export function ResetPanel({
  layer,
  setAside = 0,
  onReset,
}: {
  layer: UserLayer;
  /** Stored records that could not be used: reset deletes them too, so it must stay reachable. */
  setAside?: number;
  onReset: () => void;
}) {
  const { lang, tr } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const empty = isEmptyLayer(layer) && setAside === 0;
  return (
    <div className="reset-panel">
      <button
        type="button"
        className="danger"
        disabled={empty}
        onClick={() => {
          setDone(false);
          dialog.current?.showModal();
        }}
      >
        {tr('import.reset')}
      </button>{' '}
      <span className="small muted" role="status">
        {done ? tr('import.resetDone') : empty ? tr('import.nothingToReset') : ''}
      </span>
      <dialog ref={dialog} className="provenance confirm-dialog" aria-labelledby="reset-title">
        <h2 id="reset-title">{tr('import.resetTitle')}</h2>
        <p>
          {tr('import.resetText', {
            reports: formatNumber(layer.reports.length, lang),
            batches: formatNumber(layer.datasets.length, lang),
          })}
        </p>
        <div className="toolbar">
          {/* The safe choice comes first and has the focus when the dialog opens. */}
          <button type="button" onClick={() => dialog.current?.close()}>
            {tr('import.cancelEdit')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onReset();
              setDone(true);
              dialog.current?.close();
            }}
          >
            {tr('import.resetConfirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
