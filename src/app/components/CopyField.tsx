// Text a reader copies (an embed snippet, a citation): a read-only field that selects itself on
// focus, so it can be copied by hand when the clipboard is refused, and a copy button whose
// outcome is announced through onStatus.
import { type ReactNode, useId, useRef } from 'react';
import { useApp } from '../AppContext.ts';
import { copyText } from '../lib/clipboard.ts';

export function CopyField({
  label,
  hideLabel = false,
  text,
  rows,
  className,
  button,
  onStatus,
  children,
}: {
  label: string;
  /** The label is read by screen readers only (a visible heading already names the text). */
  hideLabel?: boolean;
  text: string;
  rows: number;
  className: string;
  button: string;
  onStatus: (message: string) => void;
  /** Shown after the button (a preview link, a status line). */
  children?: ReactNode;
}) {
  const { tr } = useApp();
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'field-label'}>
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        className={className}
        readOnly
        rows={rows}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-row">
        <button
          type="button"
          onClick={async () =>
            onStatus(tr((await copyText(text, field.current)) ? 'share.copied' : 'share.copyFailed'))
          }
        >
          {button}
        </button>
        {children}
      </div>
    </>
  );
}
