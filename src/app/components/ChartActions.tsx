// What public-information staff do with a chart: embed it (a copy-ready iframe snippet of this
// view's chart-only address), download it (PNG at 2×, SVG, both with title and source line inside;
// CSV of exactly the data drawn), cite one of its values, and switch on patterns (decal=1) so that
// colour is never the only cue. The heavy parts (export rendering) load only when used.
import type { EChartsOption } from 'echarts';
import { useId, useMemo, useState } from 'react';
import type { ChartCitation } from '../../charts/chartView.ts';
import { framedOption } from '../../charts/exportOption.ts';
import type { CsvValue } from '../../format/csvCell.ts';
import { csvDocument } from '../../format/csvDocument.ts';
import { embedSnippet, embedUrl } from '../../format/embedSnippet.ts';
import { serializeHash, type ViewState } from '../../state/viewState.ts';
import { useApp } from '../AppContext.ts';
import { fileNameFor, saveFile } from '../lib/saveFile.ts';
import { CopyField } from './CopyField.tsx';

export type Citation = ChartCitation;

export interface ChartShare {
  /** The chart's title: image title, iframe title, file name. */
  title: string;
  subtitle?: string;
  /** The source line (which reports, published when, extracted when). */
  source: string;
  /** Lines above the source in a downloaded image (qualifier legend …). */
  notes?: readonly string[];
  /** File name without extension. */
  fileBase: string;
  /** Height in CSS pixels the embedded page needs. */
  embedHeight: number;
  /** The state whose chart-only page the embed shows (embed=1 is added here). Default: the current one. */
  embedState?: ViewState;
  /** Image downloads: the option without its own title, and the height of the chart itself. */
  image?: { option: () => EChartsOption; plotHeight: number };
  /** CSV download: header + rows of exactly what the chart draws. */
  csv?: () => readonly (readonly CsvValue[])[];
  citations?: readonly Citation[];
}

/** Width of downloaded images in CSS pixels (PNG files are twice as wide). */
export const EXPORT_WIDTH = 960;

type Panel = 'embed' | 'cite' | null;

export function ChartActions({ share, decalToggle = true }: { share: ChartShare; decalToggle?: boolean }) {
  const { state, navigate, tr } = useApp();
  const [panel, setPanel] = useState<Panel>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const embedId = useId();
  const citeId = useId();
  const toggle = (p: Panel) => setPanel((cur) => (cur === p ? null : p));

  const download = async (format: 'png' | 'svg' | 'csv') => {
    const label = format.toUpperCase();
    setBusy(true);
    setStatus(tr('share.preparing', { format: label }));
    try {
      let blob: Blob;
      if (format === 'csv') {
        if (!share.csv) return;
        blob = new Blob([csvDocument(share.csv())], { type: 'text/csv;charset=utf-8' });
      } else {
        if (!share.image) return;
        const framed = framedOption(share.image.option(), {
          title: share.title,
          ...(share.subtitle ? { subtitle: share.subtitle } : {}),
          footer: [...(share.notes ?? []), share.source],
          theme: state.theme,
          width: EXPORT_WIDTH,
          plotHeight: share.image.plotHeight,
        });
        const render = await import('../lib/exportChart.ts');
        blob =
          format === 'png'
            ? await render.renderPng(framed.option, framed.width, framed.height)
            : await render.renderSvg(framed.option, framed.width, framed.height);
      }
      const file = fileNameFor(share.fileBase, format);
      saveFile(blob, file);
      setStatus(tr('share.ready', { file }));
    } catch (e) {
      setStatus(tr('share.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chart-share">
      <fieldset className="chart-actions">
        <legend className="sr-only">{tr('share.actions')}</legend>
        <button
          type="button"
          aria-expanded={panel === 'embed'}
          aria-controls={embedId}
          onClick={() => toggle('embed')}
        >
          {tr('share.embed')}
        </button>
        {share.image ? (
          <>
            <button type="button" disabled={busy} onClick={() => download('png')}>
              {tr('share.download')} PNG
            </button>
            <button type="button" disabled={busy} onClick={() => download('svg')}>
              {tr('share.download')} SVG
            </button>
          </>
        ) : null}
        {share.csv ? (
          <button type="button" disabled={busy} onClick={() => download('csv')}>
            {tr('share.download')} CSV
          </button>
        ) : null}
        {share.citations && share.citations.length > 0 ? (
          <button
            type="button"
            aria-expanded={panel === 'cite'}
            aria-controls={citeId}
            onClick={() => toggle('cite')}
          >
            {tr('share.cite')}
          </button>
        ) : null}
        {decalToggle ? (
          <button
            type="button"
            aria-pressed={state.decal}
            title={tr('share.decalHint')}
            onClick={() => navigate({ ...state, decal: !state.decal }, { replace: true })}
          >
            {tr('share.decal')}
          </button>
        ) : null}
      </fieldset>
      <p className="small muted share-status" role="status">
        {status}
      </p>
      <div id={embedId} hidden={panel !== 'embed'}>
        {panel === 'embed' ? <EmbedPanel share={share} onStatus={setStatus} /> : null}
      </div>
      <div id={citeId} hidden={panel !== 'cite'}>
        {panel === 'cite' && share.citations ? (
          <CitePanel citations={share.citations} onStatus={setStatus} />
        ) : null}
      </div>
    </div>
  );
}

function EmbedPanel({ share, onStatus }: { share: ChartShare; onStatus: (s: string) => void }) {
  const { state, tr, provenance } = useApp();
  const [dark, setDark] = useState(state.theme === 'dark');
  const url = useMemo(() => {
    const hash = serializeHash({
      ...(share.embedState ?? state),
      embed: true,
      theme: dark ? 'dark' : 'light',
    });
    return embedUrl(window.location.href, hash);
  }, [share.embedState, state, dark]);
  const snippet = embedSnippet({ url, title: share.title, minHeight: share.embedHeight });
  return (
    <div className="share-panel">
      <h3>{tr('share.embedTitle')}</h3>
      <p className="small">{tr('share.embedIntro')}</p>
      {/* An embed is read in other people's browsers, which hold none of this browser's imports. */}
      {provenance.hasLocal ? (
        <p className="small notice" data-testid="embed-published-only">
          {tr('share.embedPublishedOnly')}
        </p>
      ) : null}
      <label className="check">
        <input type="checkbox" checked={dark} onChange={(e) => setDark(e.target.checked)} />
        {tr('share.embedDark')}
      </label>
      <CopyField
        label={tr('share.embedCode')}
        text={snippet}
        rows={5}
        className="code"
        button={tr('share.copyCode')}
        onStatus={onStatus}
      >
        <a href={url} target="_blank" rel="noopener" className="embed-preview">
          {tr('share.openEmbed')}
        </a>
      </CopyField>
    </div>
  );
}

function CitePanel({
  citations,
  onStatus,
}: {
  citations: readonly Citation[];
  onStatus: (s: string) => void;
}) {
  const { tr } = useApp();
  const [selected, setSelected] = useState(citations[0]!.id);
  const pickId = useId();
  const citation = citations.find((c) => c.id === selected) ?? citations[0]!;
  return (
    <div className="share-panel">
      <h3>{tr('share.citeTitle')}</h3>
      <label htmlFor={pickId} className="field-label">
        {tr('share.citeValue')}
      </label>
      <select id={pickId} value={citation.id} onChange={(e) => setSelected(e.target.value)}>
        {citations.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <CopyField
        label={tr('share.cite')}
        hideLabel
        text={citation.text}
        rows={3}
        className="citation"
        button={tr('share.copyCitation')}
        onStatus={onStatus}
      />
    </div>
  );
}
