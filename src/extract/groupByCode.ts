// Word lists looked up at a text position: grouping the words by one of their code units lets a
// lookup try only the words that can match there, in their original order, instead of calling
// startsWith for every word at every number the scanner meets.

export function groupByCode<T>(items: readonly T[], codeOf: (item: T) => number): ReadonlyMap<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const code = codeOf(item);
    const group = groups.get(code);
    if (group) group.push(item);
    else groups.set(code, [item]);
  }
  return groups;
}
