// Targets and plans are not results: the next-year section, and sentences that say what is to come
// (力争, 预计, 计划开展, 明年…) anywhere. 计划 counts only as a verb: 按计划开展 and 培训计划 stay results.
const TARGET_WORDS =
  /力争|争取|预计|目标(是|为|达到|任务|覆盖|实现|完成)|计划(到|于|在)\d|(?<![按照据度作训习法])计划(开展|举办|组织|完成|实现|培训|新增|建成|实施|推出)|拟(于|在)|到20\d\d年(底|末)?|明年|来年|下一年度?|下一步/;

export function isTarget(sentenceHead: string): boolean {
  return TARGET_WORDS.test(sentenceHead);
}
