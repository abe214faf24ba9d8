// "Reset to the bundled data": one button away, and it asks first in a modal dialog that says
// exactly what will be deleted. Cancel (or Esc) leaves everything as it was.
import { useRef, useState } from 'react';
import type { UserLayer } from '../../../data/importLayer.ts';
import { isEmptyLayer } from '../../../data/importLayer.ts';
import { formatNumber } from '../../../format/number.ts';
import { useApp } from '../../AppContext.ts';
import { useImportText } from './importText.ts';

export function ResetPanel({ layer, onReset }: { layer: UserLayer; onReset: () => void }) {
  const { lang } = useApp();
  const ti = useImportText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const empty = isEmptyLayer(layer);
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
        {ti('imp.reset')}
      </button>{' '}
      <span className="small muted" role="status">
        {done ? ti('imp.resetDone') : empty ? ti('imp.nothingToReset') : ''}
      </span>
      <dialog ref={dialog} className="provenance confirm-dialog" aria-labelledby="reset-title">
        <h2 id="reset-title">{ti('imp.resetTitle')}</h2>
        <p>
          {ti('imp.resetText', {
            reports: formatNumber(layer.reports.length, lang),
            batches: formatNumber(layer.datasets.length, lang),
          })}
        </p>
        <div className="toolbar">
          {/* The safe choice comes first and has the focus when the dialog opens. */}
          <button type="button" onClick={() => dialog.current?.close()}>
            {ti('imp.cancelEdit')}
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
            {ti('imp.resetConfirm')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
