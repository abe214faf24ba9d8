// The copy-ready HTML for embedding a chart in another site: a responsive wrapper (full width,
// 4:3, never shorter than the chart needs) around an iframe with a title for screen readers.
// Lazy loading, no referrer, no border; the embedded page needs no cookies or storage.

const ATTR: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function attr(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ATTR[c]!);
}

/** The address of the chart-only page: this page's address (without its hash) + the embed hash. */
export function embedUrl(pageHref: string, hash: string): string {
  const base = pageHref.split('#')[0]!;
  return `${base}${hash.startsWith('#') ? hash : `#${hash}`}`;
}

export interface EmbedSnippetInput {
  url: string;
  /** Names the frame for assistive technology (the chart's title). */
  title: string;
  /** Height in CSS pixels the chart needs; the wrapper never gets shorter. */
  minHeight: number;
}

export function embedSnippet({ url, title, minHeight }: EmbedSnippetInput): string {
  const h = Math.max(320, Math.round(minHeight));
  return [
    `<div style="position:relative;width:100%;max-width:960px;aspect-ratio:4/3;min-height:${h}px">`,
    `  <iframe src="${attr(url)}" title="${attr(title)}" loading="lazy" referrerpolicy="no-referrer"`,
    '    style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>',
    '</div>',
  ].join('\n');
}
