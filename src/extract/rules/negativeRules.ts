// Numbers that carry a measure word but are not values: ordinals, ranges' upper ends, hotline
// numbers, slogans written with 一, procedural rules (每年不少于2次), labels like 3个100%'s 3.
// Each rule names why, so tests (and a curious user) can see which one fired.
import type { Mention } from '../mention.ts';

export interface NegativeRule {
  name: string;
  test(s: string, m: Mention, before: string, after: string): boolean;
}

const tail = (text: string, n: number): string => text.slice(Math.max(0, text.length - n));

/** Up to n characters before `at`, not reaching back past the end of the previous sentence. */
function sameSentenceBefore(s: string, at: number, n: number): string {
  const head = s.slice(Math.max(0, at - n), at);
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf(';'), head.lastIndexOf('\n'));
  return cut < 0 ? head : head.slice(cut + 1);
}

// Quote marks as code units, paired by position: the scan reads codes, not one-character strings.
const OPENING = [...'“《「『'].map((ch) => ch.charCodeAt(0));
const CLOSING = [...'”》」』'].map((ch) => ch.charCodeAt(0));
const NEWLINE = 10;
const QUOTE_REACH = 12;
/** Any of the marks above (“” U+201C–D, 《》「」『』 U+300A–F) or a line break: the rest is passed over. */
const stopsQuoteScan = (c: number): boolean =>
  c === NEWLINE || c === 0x201c || c === 0x201d || (c >= 0x300a && c <= 0x300f);

function insideShortQuote(s: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - QUOTE_REACH); i--) {
    const c = s.charCodeAt(i);
    if (!stopsQuoteScan(c)) continue;
    if (CLOSING.includes(c) || c === NEWLINE) return false;
    if (OPENING.includes(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < Math.min(s.length, end + QUOTE_REACH); i++) {
    const c = s.charCodeAt(i);
    if (!stopsQuoteScan(c)) continue;
    if (OPENING.includes(c) || c === NEWLINE) return false;
    if (CLOSING.includes(c)) {
      return CLOSING.indexOf(c) === OPENING.indexOf(s.charCodeAt(open)) && !s.slice(open, i).includes('%');
    }
  }
  return false;
}

/** Words that compare with an earlier period. */
const COMPARED = /同比|环比|较上|比上|较去|比去|较20\d\d|比20\d\d|与(上|去|20\d\d)[^,，]{0,6}相比/;
const CHANGE = '(增加|减少|增长|下降|上升|降低|提高|多|少)(了)?';
const CHANGE_VERB_END = new RegExp(`${CHANGE}\\s*$`);
/** 同比增加法律援助案件56件: the comparison, the verb, then the noun and the number. */
const COMPARED_CHANGE = new RegExp(
  `(同比|环比|较上年|较去年|比上年|比去年|较20\\d\\d年|比20\\d\\d年)(同期)?${CHANGE}[^,，]{0,12}$`,
);

export const NEGATIVE_RULES: readonly NegativeRule[] = [
  // 第四次, 第2名, 排名第一 — positions, not counts.
  {
    name: 'ordinal',
    // The words right before the number, even when they end the previous value's phrase
    // ("组织2人参与第二批考试": 参与第 is the after-phrase of 2人).
    test: (s, m, before) =>
      /第\s*$|(排名|名列|位列|位居|居)(全[市区省国])?(前|第)?\s*$/.test(
        before.length >= 8 ? tail(before, 8) : sameSentenceBefore(s, m.start, 8),
      ),
  },
  // 1至2次, 3-5场: the upper end of a range is not a value of its own (and the lower end has no unit).
  {
    name: 'range-upper',
    test: (_s, _m, before) => /[\d一二两三四五六七八九十]\s*(至|-|~|到)\s*$/.test(tail(before, 4)),
  },
  // 12345, 12348 …: service hotline numbers.
  {
    name: 'hotline-number',
    test: (_s, m) => !m.chinese && m.value >= 12300 && m.value <= 12399 && Number.isInteger(m.value),
  },
  // 一件事, 一张清单, 一网通办: the numeral 一 in slogans and names, never a reported count.
  { name: 'slogan-one', test: (_s, m) => m.chinese && m.value === 1 },
  // 千家万户, 宪法进万家, 百花齐放: a bare 百/千/万 is a figure of speech; counts say 千余, 近千, 一千.
  {
    name: 'bare-magnitude',
    test: (s, m) =>
      m.chinese &&
      m.qualifier === 'exact' &&
      m.numEnd - m.numStart === 1 &&
      '百千万亿'.includes(s[m.numStart]!),
  },
  // 三项制度, 两个维护: small Chinese numerals before abstract nouns are labels.
  {
    name: 'label',
    test: (_s, m, _b, after) =>
      m.chinese &&
      m.value < 10 &&
      /^(制度|机制|模式|体系|维护|确立|统一|清单|功能|原则|方面|环节|行动|工程|中心|平台|融合|联动|一体|同达)/.test(
        after,
      ),
  },
  // 每年不少于2次, 一年不少于两次, 应当不少于…: a rule that is required, not a result achieved.
  {
    name: 'procedural-rule',
    test: (_s, m, before) =>
      (m.qualifier === 'at_least' || m.qualifier === 'at_most') &&
      /每(年|季度|月|半年|周|人|名|次|单位)|一年|全年|(应当?|须|必须|要求|原则上|不得|规定)/.test(
        tail(before, 12),
      ),
  },
  // “三个一批”, “百场讲座进社区”, 《…三项规定》: a number inside a short quoted name is part of the name.
  // (“三个100%” is the counted list form, read by the list rules.)
  { name: 'quoted-name', test: (s, m) => insideShortQuote(s, m.start, m.end) },
  // 30人以上的培训班, 95%以下的乡镇: a bound that describes the noun after it, not a count of it.
  {
    name: 'threshold',
    test: (s, m, _b, after) => after.startsWith('的') && /以上|以下|以内/.test(s.slice(m.end - 2, m.end)),
  },
  // 每季度组织1次, 原则上每月开展1次: a frequency or an obligation, not the year's count.
  {
    name: 'frequency',
    test: (_s, _m, before) => /每(季度|季|月|个月|半年|周|天|日)|原则上|应当|必须/.test(tail(before, 12)),
  },
  // 由310件下降至268件, 从85%提高到100%: the starting point of a change is last year's figure.
  {
    name: 'change-from',
    test: (_s, _m, before, after) =>
      /(由|从)[^,，:;]{0,8}$/.test(tail(before, 10)) &&
      /^(下降|降低|减少|回落|提升|提高|增加|增长|上升|降|升|增|减)?(至|到)/.test(after),
  },
  // 同比增加56件, 较上年多36场: a count written as a change from last year is not this year's count.
  // (Percent changes are read as year-on-year changes and attached to their value instead.)
  {
    name: 'absolute-change',
    test: (s, m, before) =>
      m.unit !== '%' &&
      m.unit !== '个百分点' &&
      ((CHANGE_VERB_END.test(before) && COMPARED.test(sameSentenceBefore(s, m.start, 40))) ||
        COMPARED_CHANGE.test(tail(before, 24))),
  },
  // 上年同期办结…700件, 较去年同期的700件: last year's figure.
  {
    name: 'previous-year',
    test: (_s, _m, before) =>
      /(^|[^较比与同线网以])(上年|去年|上一年)(?!度?相比)|(上年|去年)(同期)?的\s*$/.test(before),
  },
  // N日内, N个工作日内: deadlines (日 is not a unit, but 个 is: 3个工作日).
  { name: 'deadline', test: (_s, _m, _b, after) => /^(工作)?日|^(月|年)内/.test(after) },
];
