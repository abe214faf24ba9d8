// "Copy citation" for one value (in the provenance dialog): the sentence a press release can quote,
// with agency, year, indicator, value (qualifier in words) and the source report.
import { useState } from 'react';
import { type CitationInput, citationText } from '../../format/citation.ts';
import { useApp } from '../AppContext.ts';
import { CopyField } from './CopyField.tsx';

export function CitationBox(input: CitationInput) {
  const { lang, tr } = useApp();
  const [status, setStatus] = useState('');
  return (
    <div className="citation-box">
      <CopyField
        label={tr('share.cite')}
        text={citationText(input, lang)}
        rows={2}
        className="citation"
        button={tr('share.copyCitation')}
        onStatus={setStatus}
      >
        <span className="small muted" role="status">
          {status}
        </span>
      </CopyField>
    </div>
  );
}
