// Numbers that carry a measure word but are not values: ordinals, ranges' upper ends, hotline
// numbers, slogans written with 一, procedural rules (每年不少于2次), labels like 3个100%'s 3.
// Each rule names why, so tests (and a curious user) can see which one fired.
import type { Mention } from '../mention.ts';

export interface NegativeRule {
  name: string;
  test(s: string, m: Mention, before: string, after: string): boolean;
}

const tail = (text: string, n: number): string => text.slice(Math.max(0, text.length - n));

export const NEGATIVE_RULES: readonly NegativeRule[] = [
  // 第四次, 第2名, 排名第一 — positions, not counts.
  {
    name: 'ordinal',
    test: (_s, _m, before) =>
      /第\s*$|(排名|名列|位列|位居|居)(全[市区省国])?(前|第)?\s*$/.test(tail(before, 8)),
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
  // N日内, N个工作日内: deadlines (日 is not a unit, but 个 is: 3个工作日).
  { name: 'deadline', test: (_s, _m, _b, after) => /^(工作)?日|^(月|年)内/.test(after) },
];
