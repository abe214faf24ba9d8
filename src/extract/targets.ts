// Targets and plans are not results: the next-year section, and 力争/争取/预计 sentences anywhere.
const TARGET_WORDS = /力争|争取|预计|目标(是|为|达到|任务)|计划(到|于|在)\d|拟(于|在)|到20\d\d年(底|末)?/;

export function isTarget(sentenceHead: string): boolean {
  return TARGET_WORDS.test(sentenceHead);
}
