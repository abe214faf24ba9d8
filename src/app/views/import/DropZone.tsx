// Where files come in: a labelled file input (click, keyboard) that is also a drop target for
// many files at once. While the page is open, a file dropped beside the zone is taken too, instead
// of the browser navigating away to show it.
import { type DragEvent, useEffect, useId, useState } from 'react';
import { useApp } from '../../AppContext.ts';
import { ACCEPTED_EXTENSIONS } from '../../import/splitFiles.ts';

export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const { tr } = useApp();
  const id = useId();
  const [over, setOver] = useState(false);

  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled && e.dataTransfer.files.length > 0) onFiles([...e.dataTransfer.files]);
  };

  return (
    <label
      htmlFor={id}
      className={`drop-zone${over ? ' drop-over' : ''}${disabled ? ' drop-disabled' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span className="drop-text">{tr('import.drop')}</span>
      <span className="button">{tr('import.choose')}</span>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        disabled={disabled}
        className="sr-only"
        data-testid="import-files"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Clear, so choosing the same files again still fires change.
          e.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
