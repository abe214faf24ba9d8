// A small reader of TypeScript source for the dependency test. TypeScript 7 has no compiler API,
// and regular expressions over raw text miss imports (side-effect, `import * as`, `export … from`,
// template-string `import()`) or find them in comments and strings. This walks the text once,
// telling code from comments, strings, template literals and regular-expression literals.

export interface SourceImport {
  /** The module specifier; for a template literal with substitutions, its text before the first `${`. */
  spec: string;
  kind: 'static' | 're-export' | 'side-effect' | 'dynamic';
  /** `import type …` / `export type … from`: erased at compile time. */
  typeOnly: boolean;
  /** A dynamic import whose specifier is not a plain literal (a variable or a template with `${…}`). */
  computed: boolean;
  line: number;
}

export interface ScannedSource {
  /** The text with comments blanked (same length, line breaks kept); strings intact. */
  code: string;
  /** As `code`, with the contents of strings and template literals blanked too (`${…}` kept). */
  bare: string;
  imports: SourceImport[];
}

/** After these characters (ignoring space) a `/` starts a regular expression, not a division. */
const REGEX_BEFORE = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORDS =
  /(?:^|[^\w$.])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

export function scanSource(text: string): ScannedSource {
  const code = [...text];
  const bare = [...text];
  const blank = (arr: string[], i: number) => {
    if (arr[i] !== '\n' && arr[i] !== '\r') arr[i] = ' ';
  };
  // Template literals nest through `${ … }`: each entry counts the open braces inside a substitution.
  const templateDepth: number[] = [];
  let lastSignificant = '';
  let i = 0;
  const n = text.length;
  const readTemplate = () => {
    // At the character after a backtick or after the `}` closing a substitution.
    while (i < n) {
      const c = text[i]!;
      if (c === '\\') {
        blank(bare, i);
        blank(bare, i + 1);
        i += 2;
      } else if (c === '`') {
        i++;
        lastSignificant = '`';
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        templateDepth.push(0);
        lastSignificant = '{';
        return;
      } else {
        blank(bare, i);
        i++;
      }
    }
  };
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && text[i] !== '\n') {
        blank(code, i);
        blank(bare, i);
        i++;
      }
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) {
        blank(code, i);
        blank(bare, i);
      }
    } else if (c === "'" || c === '"') {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') {
        if (text[i] === '\\') blank(bare, i++);
        blank(bare, i++);
      }
      i++;
      lastSignificant = c;
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (
      c === '/' &&
      (REGEX_BEFORE.has(lastSignificant) || lastSignificant === '' || precededByKeyword(text, i))
    ) {
      i++;
      let inClass = false;
      while (i < n && text[i] !== '\n') {
        const r = text[i]!;
        if (r === '\\') {
          blank(bare, i++);
        } else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        blank(bare, i++);
      }
      i++;
      lastSignificant = 'a';
    } else if (c === '{' && templateDepth.length > 0) {
      templateDepth[templateDepth.length - 1]!++;
      lastSignificant = c;
      i++;
    } else if (c === '}' && templateDepth.length > 0) {
      if (templateDepth[templateDepth.length - 1] === 0) {
        templateDepth.pop();
        i++;
        readTemplate();
      } else {
        templateDepth[templateDepth.length - 1]!--;
        lastSignificant = c;
        i++;
      }
    } else {
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  const codeText = code.join('');
  return { code: codeText, bare: bare.join(''), imports: importsIn(codeText, bare.join('')) };
}

function precededByKeyword(text: string, at: number): boolean {
  return REGEX_AFTER_WORDS.test(text.slice(Math.max(0, at - 12), at).trimEnd());
}

const STATIC =
  /(?<![\w$.])(import|export)(\s+type)?\s*((?:[\w$*{},\s]|\bas\b)*?)\s*(\bfrom\s*)?(['"])([^'"\n]*)\5/g;
const DYNAMIC = /(?<![\w$.])import\s*\(\s*(?:(['"])([^'"\n]*)\1\s*[,)]|`([^`$]*)(\$\{)?|([^)'"`\s]))/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Imports in `code`; `bare` tells whether a match starts in code rather than inside a string. */
function importsIn(code: string, bare: string): SourceImport[] {
  const found: SourceImport[] = [];
  for (const m of code.matchAll(STATIC)) {
    const [, keyword, type, clause, from, , spec] = m;
    if (!bare.startsWith(keyword!, m.index)) continue;
    const hasClause = (clause ?? '').trim() !== '';
    // `export const x = 'a'` and `import x = require('a')` are not module specifiers.
    if (hasClause && !from) continue;
    if (!hasClause && (keyword === 'export' || from)) continue;
    found.push({
      spec: spec!,
      kind: !hasClause ? 'side-effect' : keyword === 'export' ? 're-export' : 'static',
      typeOnly: type !== undefined,
      computed: false,
      line: lineAt(code, m.index),
    });
  }
  for (const m of code.matchAll(DYNAMIC)) {
    if (!bare.startsWith('import', m.index)) continue;
    const [, , literal, templateHead, substitution] = m;
    const spec = literal ?? templateHead ?? '';
    found.push({
      spec,
      kind: 'dynamic',
      typeOnly: false,
      computed: literal === undefined && (templateHead === undefined || substitution !== undefined),
      line: lineAt(code, m.index),
    });
  }
  return found.sort((a, b) => a.line - b.line);
}
