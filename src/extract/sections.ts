// Finds the report's headings and which of the four required parts each one opens.
// Top-level headings (一、…) may open any part; deeper ones (（三）…) only the first-responsible-person
// part, which some reports tuck under a sub-heading of the opening section.
import type { SectionId, SectionOrOther, SectionPresence } from '../domain/types.ts';
import { firstChars } from './firstChars.ts';

export interface Heading {
  start: number;
  level: 1 | 2 | 3;
  text: string;
  section: SectionId | null;
}

const L1 = /^[一二三四五六七八九十]{1,3}\s*[、.,，]/;
const L2 = /^\(\s*[一二三四五六七八九十]{1,3}\s*\)/;
const L3 = /^(\d{1,2}\s*[、.](?!\d)|\(\s*\d{1,2}\s*\))/;
/** Un-numbered lines that are unmistakably a part's heading. */
const BARE = /^(存在的?(主要)?(问题|不足)|(下一步|下一年度?|\d{4}年)(工作)?(打算|计划|安排|思路)|第一责任人)/;

/**
 * The characters a heading can start with, or null when some pattern could start with any: most
 * lines are prose, and are passed over without running the four patterns.
 */
const HEADING_START = ((): ReadonlySet<number> | null => {
  const all = new Set<number>();
  for (const re of [L1, L2, L3, BARE]) {
    const chars = firstChars(re);
    if (!chars) return null;
    for (const c of chars) all.add(c);
  }
  return all;
})();

const CLASSIFY: ReadonlyArray<readonly [SectionId, RegExp]> = [
  ['shortcomings', /不足|问题|短板|差距|薄弱/],
  ['first_responsible_duties', /第一责任人|述法|主要负责人履行/],
  ['next_year_plan', /安排|计划|打算|思路|展望|下一步|下一年|新的一年|明年|工作设想/],
  ['achievements', /举措|成效|成绩|工作情况|总体情况|主要做法|主要工作|亮点|特色|落实情况|进展|开展情况/],
];

function classify(text: string, level: number): SectionId | null {
  for (const [id, re] of CLASSIFY) {
    if (level > 1 && id !== 'first_responsible_duties') continue;
    if (re.test(text)) return id;
  }
  return null;
}

/** Headings in document order. `s` is the normalised text. */
export function findHeadings(s: string): Heading[] {
  const raw: Array<{ start: number; kind: 'L1' | 'L2' | 'L3' | 'BARE'; text: string }> = [];
  let lineStart = 0;
  while (lineStart <= s.length) {
    let lineEnd = s.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    let a = lineStart;
    while (a < lineEnd && s[a] === ' ') a++;
    if (HEADING_START && !HEADING_START.has(s.charCodeAt(a))) {
      lineStart = lineEnd + 1;
      continue;
    }
    // Only the head of the line matters; a line is a heading by its opening, not its length.
    const head = s.slice(a, Math.min(lineEnd, a + 80));
    const kind = L1.test(head)
      ? 'L1'
      : L2.test(head)
        ? 'L2'
        : L3.test(head)
          ? 'L3'
          : BARE.test(head)
            ? 'BARE'
            : null;
    if (kind) {
      const stop = head.search(/[。;]/);
      raw.push({ start: a, kind, text: stop >= 0 ? head.slice(0, stop) : head });
    }
    lineStart = lineEnd + 1;
  }
  // Reports numbered only 1. 2. 3. use Arabic numbers for their top level.
  const hasChineseTop = raw.some((h) => h.kind === 'L1');
  return raw.map((h) => {
    const level: 1 | 2 | 3 =
      h.kind === 'L1' || h.kind === 'BARE' ? 1 : h.kind === 'L2' ? 2 : hasChineseTop ? 3 : 1;
    // A bare line is only trusted for the parts it names explicitly.
    return { start: h.start, level, text: h.text, section: classify(h.text, level) };
  });
}

export interface SectionMap {
  headings: Heading[];
  presence: SectionPresence;
  /** Section of the text at an offset. */
  at(offset: number): SectionOrOther;
}

export function mapSections(s: string): SectionMap {
  const headings = findHeadings(s);
  const presence: SectionPresence = {
    achievements: false,
    shortcomings: false,
    first_responsible_duties: false,
    next_year_plan: false,
  };
  // Ranges: walk headings with a stack; a heading closes open headings of the same or deeper level.
  const starts: number[] = [];
  const sections: SectionOrOther[] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push(h);
    if (h.section) presence[h.section] = true;
    // Under headings that name no part (一、强化组织领导 …) a report sets out what it did: reports
    // organised by theme have no "主要举措和成效" heading at all. Only the preamble before the first
    // heading stays 'other'.
    if (h.level === 1 && !h.section) presence.achievements = true;
    let current: SectionOrOther = 'achievements';
    for (let k = stack.length - 1; k >= 0; k--) {
      const sec = stack[k]!.section;
      if (sec) {
        current = sec;
        break;
      }
    }
    starts.push(h.start);
    sections.push(current);
  }
  return {
    headings,
    presence,
    at(offset: number): SectionOrOther {
      let lo = 0;
      let hi = starts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found < 0 ? 'other' : sections[found]!;
    },
  };
}
