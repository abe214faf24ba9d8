// The code units a match of a regex can start with, read from its source: a text holding none of
// them cannot match, so the regex need not be run on it (classify.ts skips most cue regexes so,
// sections.ts most lines).
//
// Only the shapes the rule tables use are understood: alternatives of literal text, small character
// classes, \d and groups, optionally after ^ or lookaround assertions, as in
// /(?<!不予)受理|新收|(收到|接到).{0,8}复议/ or /^[一二三]{1,3}、/. For anything else (a dot, \s, a negated
// or large class, an optional first item, flags) the answer is null: "could start with anything",
// and the regex is always run.

type Chars = Set<number>;

const SPECIAL = '\\^$.|?*+()[]{}';

export function firstChars(re: RegExp): ReadonlySet<number> | null {
  // i, m, s, u and v change what a literal matches or where; g, d and y do not.
  if (/[^gdy]/.test(re.flags)) return null;
  const src = re.source;
  const found = alternatives(src, 0);
  return found && found.end === src.length ? found.chars : null;
}

/** The alternatives from `i` to the ')' closing their group, or to the end of the source. */
function alternatives(src: string, i: number): { chars: Chars; end: number } | null {
  const chars: Chars = new Set();
  let start = i;
  for (;;) {
    const first = sequenceStart(src, start);
    if (!first) return null;
    for (const c of first) chars.add(c);
    const end = alternativeEnd(src, start);
    if (end >= src.length || src[end] === ')') return { chars, end };
    start = end + 1; // past the '|'
  }
}

/** First characters of the sequence starting at `i`, or null when they cannot be told. */
function sequenceStart(src: string, i: number): Chars | null {
  let j = i;
  // Assertions match no characters: the match starts with what follows them.
  for (;;) {
    if (src[j] === '^') j++;
    else if (/^\(\?(<!|<=|=|!)/.test(src.slice(j, j + 4))) j = groupEnd(src, j);
    else break;
  }
  const c = src[j];
  let chars: Chars | null;
  let after: number;
  if (c === undefined || c === '|' || c === ')') return null; // an empty alternative
  if (c === '(') {
    const plain = src[j + 1] !== '?';
    if (!plain && !src.startsWith('(?:', j)) return null; // a named group
    const inner = alternatives(src, plain ? j + 1 : j + 3);
    if (!inner || src[inner.end] !== ')') return null;
    chars = inner.chars;
    after = inner.end + 1;
  } else if (c === '[') {
    after = skipItem(src, j);
    chars = classChars(src.slice(j + 1, after - 1));
  } else if (c === '\\') {
    chars = escapeChars(src[j + 1]);
    after = j + 2;
  } else if (SPECIAL.includes(c)) {
    return null;
  } else {
    chars = new Set([src.charCodeAt(j)]);
    after = j + 1;
  }
  if (!chars) return null;
  // An optional first item (x?, x*, x{0,n}) lets the match start with whatever follows it.
  const q = src[after];
  if (q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(src.slice(after, after + 3)))) return null;
  return chars;
}

const DIGITS = '0123456789';
const MAX_CLASS = 256;

/** \d, or an escaped punctuation mark (\( \. …); other escapes are not read. */
function escapeChars(e: string | undefined): Chars | null {
  if (e === 'd') return new Set([...DIGITS].map((d) => d.charCodeAt(0)));
  if (e === undefined || /[A-Za-z0-9]/.test(e)) return null;
  return new Set([e.charCodeAt(0)]);
}

/** The members of a class body (between [ and ]): literal characters, ranges and \d. */
function classChars(body: string): Chars | null {
  if (body === '' || body[0] === '^') return null;
  const chars: Chars = new Set();
  let k = 0;
  while (k < body.length) {
    if (body[k] === '\\') {
      const escaped = escapeChars(body[k + 1]);
      if (!escaped) return null;
      for (const c of escaped) chars.add(c);
      k += 2;
    } else if (body[k + 1] === '-' && k + 2 < body.length && body[k + 2] !== '\\') {
      const from = body.charCodeAt(k);
      const to = body.charCodeAt(k + 2);
      if (to - from > MAX_CLASS) return null;
      for (let c = from; c <= to; c++) chars.add(c);
      k += 3;
    } else {
      chars.add(body.charCodeAt(k));
      k++;
    }
  }
  return chars.size > MAX_CLASS ? null : chars;
}

/** Index of the '|' or ')' that ends the alternative starting at `i` (or the source length). */
function alternativeEnd(src: string, i: number): number {
  let j = i;
  while (j < src.length && src[j] !== '|' && src[j] !== ')') j = skipItem(src, j);
  return j;
}

/** Index just past the group opening at `i`. */
function groupEnd(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== ')') j = src[j] === '|' ? j + 1 : skipItem(src, j);
  return j + 1;
}

/** Index past one item of the source: an escape, a class, a group or a single character. */
function skipItem(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') return i + 2;
  if (c === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '(') return groupEnd(src, i);
  return i + 1;
}
