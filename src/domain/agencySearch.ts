// Finding one agency among thousands as a Chinese user types it: its name (zh or en), district or
// region, their pinyin in full ("shiliqu0177") or by initials ("slq0177"), or a mix of full
// syllables and initials ("shilq0177sfj"). The index is built once per list of agencies; a query
// then only compares strings, so a keystroke stays well under 50 ms on 3,000 agencies.
//
// The pinyin conversion is passed in (the app loads pinyin-pro as a lazy chunk): without it the
// index still finds names, districts and regions as written.
import { compareZh } from './compareZh.ts';
import type { Agency } from './types.ts';

/** Syllables of a text, one entry per character: a Han character's pinyin, anything else as is. */
export type PinyinOf = (text: string) => readonly string[];

/** How a query met an agency, best first. */
export type MatchTier = 'exact' | 'prefix' | 'substring' | 'initials';
const TIERS: readonly MatchTier[] = ['exact', 'prefix', 'substring', 'initials'];

export interface AgencyMatch {
  agency: Agency;
  tier: MatchTier;
}

interface Key {
  text: string;
  /** Per-character syllables of a Chinese key (with pinyin); null for keys read as written. */
  syllables: readonly string[] | null;
}

interface Entry {
  agency: Agency;
  /** Position of the agency in Chinese name order (compareZh), so ranking results sorts numbers. */
  order: number;
  /** Strings compared as written (names, places, id; pinyin in full). */
  plain: readonly string[];
  /** The plain keys joined by a separator no query holds: one substring test rules most entries out. */
  plainJoined: string;
  /** Initials of the Chinese keys ("slq0177sfj"), joined the same way. */
  initials: string;
  /** Syllable lists for the mixed form. */
  syllables: readonly (readonly string[])[];
}

export interface AgencySearchIndex {
  entries: readonly Entry[];
  /** Whether pinyin was available when the index was built. */
  pinyin: boolean;
}

/** Lower case, full-width forms folded (ＡＢＣ１２ → abc12), spaces and the dot of names dropped. */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·・.,，、()（）]+/g, '');
}

const SEP = '\u0001';

// A leading parenthesised tag such as "（合成）" or "(Synthetic)" is not what anyone types first.
const LEADING_TAG = /^\s*[（(][^）)]{1,12}[）)]\s*/;

function keyVariants(text: string): string[] {
  const out = [text];
  const stripped = text.replace(LEADING_TAG, '');
  if (stripped !== text && stripped !== '') out.push(stripped);
  return out;
}

/** The texts buildAgencySearch asks `pinyinOf` for: convert them ahead (in slices) to build fast. */
export function pinyinTexts(agencies: readonly Agency[]): string[] {
  const out = new Set<string>();
  for (const a of agencies) {
    for (const text of [a.nameZh, a.district, a.region]) {
      const t = text.replace(LEADING_TAG, '');
      if (/[\u3400-\u9fff]/.test(t)) out.add(t);
    }
  }
  return [...out];
}

export function buildAgencySearch(agencies: readonly Agency[], pinyinOf?: PinyinOf): AgencySearchIndex {
  const cache = new Map<string, readonly string[]>();
  const syllablesOf = (text: string): readonly string[] | null => {
    if (!pinyinOf || !/[\u3400-\u9fff]/.test(text)) return null;
    let s = cache.get(text);
    if (!s) {
      s = pinyinOf(text)
        .map((p) => normaliseQuery(p))
        .filter((p) => p !== '');
      cache.set(text, s);
    }
    return s;
  };
  const byName = agencies
    .map((_, i) => i)
    .sort((x, y) => compareZh(agencies[x]!.nameZh, agencies[y]!.nameZh));
  const order = new Array<number>(agencies.length);
  byName.forEach((i, pos) => {
    order[i] = pos;
  });
  const entries = agencies.map((agency, i): Entry => {
    const zhKeys: Key[] = [agency.nameZh, agency.district, agency.region]
      .filter((k) => k !== '')
      .flatMap(keyVariants)
      .map((text) => ({ text: normaliseQuery(text), syllables: syllablesOf(text.replace(LEADING_TAG, '')) }));
    const plain = new Set<string>();
    for (const k of zhKeys) plain.add(k.text);
    for (const text of keyVariants(agency.nameEn)) plain.add(normaliseQuery(text));
    plain.add(agency.id.toLowerCase());
    const initials = new Set<string>();
    const syllables = new Map<string, readonly string[]>();
    for (const k of zhKeys) {
      if (!k.syllables) continue;
      const full = k.syllables.join('');
      plain.add(full);
      initials.add(k.syllables.map((s) => s[0] ?? '').join(''));
      syllables.set(full, k.syllables);
    }
    plain.delete('');
    // A list that is the start of a longer one of the same agency ("示例区0177" within its name's)
    // matches nothing the longer does not.
    const lists = [...syllables.values()].filter(
      (l) => ![...syllables.keys()].some((other) => other !== l.join('') && other.startsWith(l.join(''))),
    );
    return {
      agency,
      order: order[i]!,
      plain: [...plain],
      plainJoined: [...plain].join(SEP),
      initials: [...initials].join(SEP),
      syllables: lists,
    };
  });
  return { entries, pinyin: pinyinOf !== undefined };
}

/**
 * Whether `q` reads as consecutive syllables from some position, each written in full or by its
 * first letters ("shilq" = shi·l(i)·q(u)). Bounded: a syllable is at most six letters, and a
 * start is only tried where its first letter matches.
 */
export function mixedMatch(syllables: readonly string[], q: string): boolean {
  const from = (i: number, p: number): boolean => {
    if (p === q.length) return true;
    const s = syllables[i];
    if (s === undefined) return false;
    let n = 0;
    while (n < s.length && p + n < q.length && s[n] === q[p + n]) n++;
    // The longest reading first; a shorter prefix of this syllable leaves more for the next.
    for (let k = n; k >= 1; k--) if (from(i + 1, p + k)) return true;
    return false;
  };
  for (let i = 0; i < syllables.length; i++) if (syllables[i]![0] === q[0] && from(i, 0)) return true;
  return false;
}

function tokenTier(entry: Entry, q: string, latin: boolean): number {
  let best = TIERS.length;
  if (entry.plainJoined.includes(q)) {
    for (const k of entry.plain) {
      if (k === q) return 0;
      if (best > 1 && k.startsWith(q)) best = 1;
      else if (best > 2 && k.includes(q)) best = 2;
    }
    if (best < TIERS.length) return best;
  }
  if (!latin) return best;
  if (entry.initials.includes(q)) return 3;
  for (const s of entry.syllables) if (mixedMatch(s, q)) return 3;
  return best;
}

/**
 * The agencies a query finds, best first: exact > prefix > substring > initials or mixed pinyin;
 * within a tier, shorter names first, then in Chinese order. Words separated by spaces must all
 * match ("shiliqu0177 sifa"); the agency's tier is its worst word's.
 */
export function searchAgencies(
  index: AgencySearchIndex,
  query: string,
  opts: { limit?: number; accept?: (agency: Agency) => boolean } = {},
): { matches: AgencyMatch[]; total: number } {
  const tokens = query
    .split(/\s+/)
    .map(normaliseQuery)
    .filter((t) => t !== '');
  if (tokens.length === 0) return { matches: [], total: 0 };
  const latin = tokens.map((t) => /[a-z]/.test(t));
  const found: { entry: Entry; tier: number }[] = [];
  for (const entry of index.entries) {
    if (opts.accept && !opts.accept(entry.agency)) continue;
    let tier = 0;
    for (let i = 0; i < tokens.length; i++) {
      tier = Math.max(tier, tokenTier(entry, tokens[i]!, latin[i]!));
      if (tier >= TIERS.length) break;
    }
    if (tier < TIERS.length) found.push({ entry, tier });
  }
  found.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.entry.agency.nameZh.length - b.entry.agency.nameZh.length ||
      a.entry.order - b.entry.order,
  );
  const limit = opts.limit ?? 20;
  return {
    matches: found.slice(0, limit).map((f) => ({ agency: f.entry.agency, tier: TIERS[f.tier]! })),
    total: found.length,
  };
}
