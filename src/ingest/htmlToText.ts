// HTML → the visible report text, without DOMParser (Web Workers have none).
//
// A single forward scan with indexOf and sticky searches: every character is looked at a bounded
// number of times, so hostile input (megabytes of unclosed tags or quotes) stays linear.
import { stripChrome } from './chromeLines.ts';
import { decodeEntities } from './decodeEntities.ts';

// Content is not markup; skipped up to the matching end tag.
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'iframe',
]);
// Elements whose whole subtree is page furniture or not text.
const DROPPED = new Set([
  'head',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'math',
  'object',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
  'menu',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELL = new Set(['td', 'th']);
// Opening one of these closes an open <p> (HTML parsing rules), which matters when the <p> is chrome.
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const CHROME_WORDS = [
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'share',
  'footer',
  'header',
  'sidebar',
  'toolbar',
  'position',
  'location',
];
// "article-header" or "detail_header" holds the report title, not site chrome.
const CONTENT_WORDS = new Set([
  'article',
  'content',
  'detail',
  'title',
  'main',
  'post',
  'doc',
  'text',
  'body',
]);

function looksLikeChrome(classAndId: string): boolean {
  const tokens = classAndId.toLowerCase().split(/[^a-z0-9]+/);
  let header = false;
  for (const token of tokens) {
    if (token === '') continue;
    for (const word of CHROME_WORDS) {
      if (token.startsWith(word) || token.endsWith(word)) {
        if (word !== 'header') return true;
        header = true;
      }
    }
  }
  return header && !tokens.some((t) => CONTENT_WORDS.has(t));
}

interface Tag {
  /** Index just past the closing '>' (or the input length when the tag never closes). */
  end: number;
  selfClosing: boolean;
  hidden: boolean;
  chrome: boolean;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

// Attributes parsed by hand: a regex over the tag would rescan on unbalanced quotes.
function parseAttributes(html: string, from: number): Tag {
  const n = html.length;
  let i = from;
  let classAndId = '';
  let hidden = false;
  let selfClosing = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return { end: i + 1, selfClosing, hidden, chrome: looksLikeChrome(classAndId) };
    if (isSpace(c) || c === 47 /* / */) {
      selfClosing = c === 47;
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    while (i < n) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 47 || d === 61 /* = */ || d === 62) break;
      i++;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === 61) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const q = html.charCodeAt(i);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
        const stop = close < 0 ? n : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
        value = html.slice(valueStart, i);
      }
    }
    if (name === 'class' || name === 'id') classAndId += ` ${value}`;
    else if (name === 'hidden') hidden = true;
    else if (name === 'role')
      hidden ||= /^(?:navigation|banner|contentinfo|search|menu|menubar)$/i.test(value.trim());
    else if (name === 'aria-hidden') hidden ||= value.trim().toLowerCase() === 'true';
    else if (name === 'style') hidden ||= /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value);
  }
  return { end: n, selfClosing, hidden, chrome: looksLikeChrome(classAndId) };
}

// Segment breaks (source newlines) between CJK characters render as nothing, and a space there
// would split "受理\n120件" for the extractor; the marker lets line assembly decide.
const BREAK = '\ue000';
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function textChunk(raw: string): string {
  const decoded = decodeEntities(raw.includes(BREAK) ? raw.replaceAll(BREAK, '') : raw);
  return decoded.replace(/\s+/g, (ws) => (ws.includes('\n') || ws.includes('\r') ? BREAK : ' '));
}

function assembleLine(line: string): string {
  const joined = line.replace(/[ \ue000]+/g, (ws, offset: number) => {
    if (!ws.includes(BREAK)) return ' ';
    const before = line[offset - 1] ?? '';
    const after = line[offset + ws.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
  return stripChrome(joined.trim());
}

/** Visible text of an HTML page: one line per block, page chrome removed, entities decoded. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  const open = new Map<string, number>();
  let skipDepth = 0;
  const n = html.length;
  let i = 0;

  const push = (name: string, skip: boolean) => {
    stack.push({ name, skip });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (skip) skipDepth++;
  };
  // Pops up to and including the innermost `name`; a stray end tag (none open) is ignored, which
  // keeps this amortised linear: each pushed element is popped at most once.
  const close = (name: string) => {
    if (!open.get(name)) return;
    for (;;) {
      const top = stack.pop()!;
      open.set(top.name, open.get(top.name)! - 1);
      if (top.skip) skipDepth--;
      if (top.name === name) return;
    }
  };
  const emitBreak = (name: string) => {
    if (skipDepth > 0) return;
    if (BLOCK.has(name)) out.push('\n');
    else if (CELL.has(name)) out.push(' ');
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && skipDepth === 0) out.push(textChunk(html.slice(i, textEnd)));
    if (lt < 0) break;
    i = lt;
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const isComment = html.startsWith('<!--', i);
      const stop = isComment ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      i = stop < 0 ? n : stop + (isComment ? 3 : 1);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    const first = html.charCodeAt(nameStart);
    const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (!isLetter) {
      if (closing) {
        // "</ x>" and "</>" are bogus comments in HTML.
        const stop = html.indexOf('>', i + 2);
        i = stop < 0 ? n : stop + 1;
      } else {
        if (skipDepth === 0) out.push('<');
        i++;
      }
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < n) {
      const d = html.charCodeAt(nameEnd);
      if (isSpace(d) || d === 47 || d === 62) break;
      nameEnd++;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();

    if (closing) {
      const stop = html.indexOf('>', nameEnd);
      i = stop < 0 ? n : stop + 1;
      close(name);
      emitBreak(name);
      continue;
    }

    const tag = parseAttributes(html, nameEnd);
    i = tag.end;
    if (RAW_TEXT.has(name)) {
      if (tag.selfClosing) continue;
      const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
      endTag.lastIndex = i;
      const found = endTag.exec(html);
      if (!found) break;
      const stop = html.indexOf('>', found.index);
      i = stop < 0 ? n : stop + 1;
      continue;
    }
    if (CLOSES_P.has(name) && stack.at(-1)?.name === 'p') close('p');
    // A missing </head> must not swallow the page.
    if (name === 'body') close('head');
    if (VOID.has(name)) {
      emitBreak(name);
      continue;
    }
    // <header>/<footer> inside an article are its own title or signature, not site chrome.
    const inArticle = (open.get('article') ?? 0) + (open.get('main') ?? 0) > 0;
    const structural = DROPPED.has(name) && !((name === 'header' || name === 'footer') && inArticle);
    const skip = structural || tag.hidden || tag.chrome;
    emitBreak(name);
    if (!tag.selfClosing) push(name, skip);
  }

  const lines: string[] = [];
  for (const line of out.join('').split('\n')) {
    const text = assembleLine(line);
    if (text !== '') lines.push(text);
  }
  return lines.join('\n');
}
