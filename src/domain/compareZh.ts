// Chinese names in the order a reader expects (what a.localeCompare(b, 'zh-CN') gives), through one
// shared collator: localeCompare with a locale builds a new one for every comparison, and a
// national dataset sorts thousands of agency names on every switch.
const COLLATOR = new Intl.Collator('zh-CN');

export const compareZh: (a: string, b: string) => number = COLLATOR.compare;
