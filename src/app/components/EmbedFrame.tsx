// The chart-only page for iframes (embed=1): title, the chart, what the symbols mean, the source
// line and a link to the full view (new window). No site navigation; fills the frame's height so
// the source line stays in view, and never needs horizontal scrolling.
import type { ReactNode } from 'react';
import { qualifierLegend } from '../../format/qualifierLegend.ts';
import { serializeHash } from '../../state/viewState.ts';
import { useApp } from '../AppContext.ts';

export interface EmbedFrameProps {
  title: string;
  subtitle?: string;
  source: string;
  /** Extra lines under the chart (e.g. map boundaries' licence). */
  notes?: readonly ReactNode[];
  derived?: boolean;
  notReported?: boolean;
  children: ReactNode;
}

export function EmbedFrame(props: EmbedFrameProps) {
  const { state, lang, tr, provenance } = useApp();
  const full = `${window.location.href.split('#')[0]}${serializeHash({ ...state, embed: false })}`;
  return (
    <div className="embed-frame">
      <header className="embed-head">
        <h1>{props.title}</h1>
        {props.subtitle ? <p className="small muted">{props.subtitle}</p> : null}
      </header>
      <div className="embed-body">{props.children}</div>
      <footer className="embed-foot small">
        {/* What the qualifier symbols mean, always: readers of an embed cannot look it up. */}
        <ul className="qualifier-legend" aria-label={tr('embed.qualifiers')}>
          {qualifierLegend(lang).map((q) => (
            <li key={q.symbol}>
              <span className="qualifier-symbol">{q.symbol}</span> {q.text}
            </li>
          ))}
        </ul>
        {props.derived || props.notReported ? (
          <p className="muted">
            {props.derived ? tr('embed.derived') : ''}
            {props.derived && props.notReported ? ' · ' : ''}
            {props.notReported ? tr('embed.notReported') : ''}
          </p>
        ) : null}
        {/* This browser's imports show here, but nowhere else the embed is read: say both. */}
        {provenance.hasLocal ? (
          <p className="muted" data-testid="embed-local-here">
            {tr('embed.localHere')} {tr('legend.imported')}
          </p>
        ) : null}
        {props.notes?.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of lines
          <p key={i} className="muted">
            {n}
          </p>
        ))}
        <p className="embed-source">{props.source}</p>
        <p>
          <a href={full} target="_blank" rel="noopener">
            {tr('embed.fullView')}
          </a>
          <span className="muted"> · {tr('app.title')}</span>
        </p>
      </footer>
    </div>
  );
}
