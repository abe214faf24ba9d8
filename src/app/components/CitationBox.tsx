// "Copy citation" for one value (in the provenance dialog): the sentence a press release can quote,
// with agency, year, indicator, value (qualifier in words) and the source report.
import { useId, useRef, useState } from 'react';
import { type CitationInput, citationText } from '../../format/citation.ts';
import { useApp } from '../AppContext.ts';
import { copyText } from '../lib/clipboard.ts';

export function CitationBox(input: CitationInput) {
  const { lang, tr } = useApp();
  const text = citationText(input, lang);
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  return (
    <div className="citation-box">
      <label htmlFor={id} className="field-label">
        {tr('share.cite')}
      </label>
      <textarea
        id={id}
        ref={field}
        className="citation"
        readOnly
        rows={2}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-row">
        <button
          type="button"
          onClick={async () =>
            setStatus(tr((await copyText(text, field.current)) ? 'share.copied' : 'share.copyFailed'))
          }
        >
          {tr('share.copyCitation')}
        </button>
        <span className="small muted" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
