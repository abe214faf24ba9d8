// A scope note when the sentence narrows the value: as of a date, a named mechanism, a sub-group,
// a part of a total (其中).

const AS_OF = /截至(目前|今年|年底|[^,，。;:]{1,14}?(日|月底|年底|底))/;
const PERIOD = /自(\d{4}年\d{1,2}月\d{1,2}日)起?至(\d{4}年\d{1,2}月\d{1,2}日)/;
const MECHANISM = /通过(“[^”]{1,12}”)(工作)?(机制|平台)?/;
const SUB_GROUP = /([\u4e00-\u9fa5]{2,4})类(案件|纠纷)/;

/**
 * @param sentenceHead text from the start of the sentence to the value
 * @param afterPreviousValue text between the previous value in the sentence and this one
 */
export function findScope(sentenceHead: string, afterPreviousValue: string | null): string | null {
  const notes: string[] = [];
  const asOf = AS_OF.exec(sentenceHead);
  if (asOf) notes.push(asOf[0]);
  const period = PERIOD.exec(sentenceHead);
  if (period) notes.push(period[0]);
  const mech = MECHANISM.exec(sentenceHead);
  if (mech) notes.push(mech[0]);
  // (A pattern that opens with a character class is tried at every position: look for its 类 first.)
  const near = sentenceHead.slice(-30);
  const sub = near.includes('类') ? SUB_GROUP.exec(near) : null;
  if (sub) notes.push(sub[0]);
  // "共30件，其中…8件": a part of the total stated before it in the same sentence.
  if (afterPreviousValue !== null && sentenceHead.includes('其中')) notes.push('其中（分项）');
  return notes.length > 0 ? notes.join('；') : null;
}
