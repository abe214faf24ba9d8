// Report text → report facts + indicator observations.
// Pipeline: normalise (same length) → sentences, sections → scan numbers with measure words →
// negative rules → year-on-year changes → list forms → indicator rules → REFINERS in order.

import { collectCandidates, type DroppedBy, noteDropped } from './candidates.ts';
import { classify } from './classify.ts';
import { classifyList } from './classifyList.ts';
import { buildContexts, type MentionContext } from './context.ts';
import { type Classified, inheritFromCoordinated } from './coordination.ts';
import type { Mention } from './mention.ts';
import { prepareText } from './prepareText.ts';
import { DISTANCE_COST } from './rankIndicators.ts';
import type { RefineContext } from './refiners/refiner.ts';
import { REFINERS } from './refiners/refiners.ts';
import { readReportMeta } from './reportMeta.ts';
import { NEGATIVE_RULES } from './rules/negativeRules.ts';
import { scanMentions } from './scanMentions.ts';
import { findScope } from './scope.ts';
import { mapSections, type SectionMap } from './sections.ts';
import { evidenceSpan, splitSentences } from './segments.ts';
import { HEAD_WINDOW, sentenceHead } from './sentenceHead.ts';
import type { ExtractedObservation, ExtractionResult, ExtractOptions } from './types.ts';
import { readChange, type YoyChange } from './yoy.ts';

/** A mention classified as an indicator, with the span its evidence words cover. */
type Found = Classified;

function observationFrom(
  f: Found,
  m: Mention,
  ctx: MentionContext,
  original: string,
  normalised: string,
  sections: SectionMap,
  prevValueEnd: number | null,
): ExtractedObservation {
  const ev = evidenceSpan(ctx.sentence, f.start, f.end);
  const sincePrev =
    prevValueEnd !== null ? normalised.slice(Math.max(prevValueEnd, m.start - HEAD_WINDOW), m.start) : null;
  return {
    indicator: f.indicator,
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    derived: false,
    text: original.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    evidence: original.slice(ev.start, ev.end),
    evidenceStart: ev.start,
    section: sections.at(f.start),
    scope: findScope(sentenceHead(normalised, ctx, m), sincePrev),
    yoyPct: null,
    yoyPoints: null,
    confidence: Math.round(f.confidence * 100) / 100,
    rule: f.rule,
  };
}

/**
 * Words that leave a value without a subject of its own ("，共计45场", "，参考1,050人", "，28家单位参与"):
 * its subject is then the clause before. A negation after it (8人未通过) names a different group.
 */
const BARE_BEFORE =
  /^(共|共计|合计|累计|总计|总共|计|达|有)?(参考|参训|参加|参与|出席)?(人数|人员)?(为|达|达到|共|计|共计)?$/;
const NEGATED_AFTER = /不|未|缺|无/;
/** "，174人参加": the people took part in what the clause before names, even after a value of its own. */
const TOOK_PART_AFTER = /^(参加|参与|参训|参考|受训|听讲|出席)/;
/** Confidence lost when the subject was taken from the clause before or from the count next to it. */
const PREVIOUS_CLAUSE_COST = 0.1;

function classifyMention(m: Mention, ctx: MentionContext, prevIsValue: boolean, after: string) {
  const before = prevIsValue ? ctx.before : ctx.wideBefore;
  const own = classify(m.unit, before, after, ctx.topic);
  // The clause before belongs to the previous value when there is one, unless the people counted
  // took part in it.
  if (
    (!prevIsValue || TOOK_PART_AFTER.test(ctx.after)) &&
    ctx.previousClause.length > before.length &&
    BARE_BEFORE.test(before.trim()) &&
    !NEGATED_AFTER.test(ctx.after)
  ) {
    const wide = classify(m.unit, ctx.previousClause, after, ctx.topic);
    // It may also narrow what the clause alone says (考试…，参考1,050人 by enforcement officers).
    if (wide && wide.rule.indicator !== own?.rule.indicator)
      return { rule: wide.rule, distance: wide.distance, cost: PREVIOUS_CLAUSE_COST };
  }
  // Written out rather than spread ({ ...own, cost }): the spread was a measurable cost per mention.
  return own
    ? { rule: own.rule, distance: own.distance, cost: after === ctx.after ? 0 : PREVIOUS_CLAUSE_COST }
    : null;
}

const SESSION_UNITS = new Set(['次', '场', '期', '班', '堂', '场次']);
const PEOPLE_UNITS = new Set(['人', '人次', '名']);
const PAIR_GAP = /^\s*(共|计|共计|约)?\s*$/;

/**
 * "开展11次600多人次参加的集中培训", "举办3期共200人参训的培训班": a count of sessions right before a
 * count of people has no noun of its own; the noun after the people count is what both count.
 */
function pairedAfter(
  normalised: string,
  mentions: readonly Mention[],
  contexts: readonly MentionContext[],
  k: number,
): string {
  const m = mentions[k]!;
  const ctx = contexts[k]!;
  const next = mentions[k + 1];
  if (!next || !SESSION_UNITS.has(m.unit) || !PEOPLE_UNITS.has(next.unit)) return ctx.after;
  if (!PAIR_GAP.test(ctx.after) || !PAIR_GAP.test(normalised.slice(m.end, next.start))) return ctx.after;
  const shared = contexts[k + 1]!.after;
  return shared.trim() === '' ? ctx.after : shared;
}

const BARE_PEOPLE = /^\s*[、,，]?\s*(共|计|共计|累计|约)?\s*$/;
const PEOPLE_PAIR_GAP = /^\s*[、,，]?\s*(共|计|共计|累计|约)?\s*$/;

/**
 * "参加法治培训8期、420人次", "举办培训班3期560人": a bare people count right after a session count
 * counts the people of those sessions, so it reads the words before the session count.
 */
function classifyPairedPeople(
  normalised: string,
  mentions: readonly Mention[],
  contexts: readonly MentionContext[],
  k: number,
) {
  const m = mentions[k]!;
  const prev = mentions[k - 1];
  if (!prev || !PEOPLE_UNITS.has(m.unit) || !SESSION_UNITS.has(prev.unit)) return null;
  const ctx = contexts[k]!;
  if (!BARE_PEOPLE.test(ctx.before) || NEGATED_AFTER.test(ctx.after)) return null;
  if (!PEOPLE_PAIR_GAP.test(normalised.slice(prev.end, m.start))) return null;
  const c = classify(m.unit, contexts[k - 1]!.before, ctx.after, ctx.topic);
  return c ? { rule: c.rule, distance: c.distance, cost: PREVIOUS_CLAUSE_COST } : null;
}

export function extractReport(original: string, options: ExtractOptions = {}): ExtractionResult {
  const { normalised, sentenceEnds, numberStarts } = prepareText(original);
  const sentences = splitSentences(normalised, sentenceEnds);
  const sections = mapSections(normalised);
  // Numbers that are not values (ordinals, slogans, rules…) are dropped first, so that they do not
  // cut the phrases around the real values next to them.
  const scanned = scanMentions(normalised, numberStarts);
  const firstPass = buildContexts(normalised, scanned, sentences);
  const mentions = scanned.filter((m, k) => {
    const c = firstPass[k]!;
    return !NEGATIVE_RULES.some((r) => r.test(normalised, m, c.before, c.after));
  });
  const contexts = buildContexts(normalised, mentions, sentences, { mentions: scanned, contexts: firstPass });

  const consumed = new Set<number>();
  let found: Found[] = [];
  const unclassified = new Set<number>();
  const changes = new Map<number, YoyChange>(); // mention index → stated change

  for (let k = 0; k < mentions.length; k++) {
    if (consumed.has(k)) continue;
    const m = mentions[k]!;
    const ctx = contexts[k]!;
    const change = readChange(m, ctx.before);
    if (change) {
      changes.set(k, change);
      continue;
    }
    const list = classifyList(normalised, mentions, contexts, k);
    if (list) {
      for (const k2 of list.consumed) consumed.add(k2);
      for (const f of list.found) found.push(f);
      continue;
    }
    const prevIsValue = found.length > 0 && found[found.length - 1]!.mentionIndex === k - 1;
    const c =
      classifyMention(m, ctx, prevIsValue, pairedAfter(normalised, mentions, contexts, k)) ??
      classifyPairedPeople(normalised, mentions, contexts, k);
    if (!c) {
      unclassified.add(k);
      continue;
    }
    found.push({
      mentionIndex: k,
      indicator: c.rule.indicator,
      rule: c.rule.name,
      confidence: Math.max(0.5, c.rule.confidence - c.distance * DISTANCE_COST - c.cost),
      start: m.start,
      end: m.end,
    });
  }

  found = inheritFromCoordinated(normalised, mentions, found, unclassified);

  const meta = readReportMeta(original);
  let observations: ExtractedObservation[] = [];
  const mentionOf = new Map<ExtractedObservation, number>();
  let prevSentence = -1;
  let prevValueEnd: number | null = null;
  for (const f of found) {
    const m = mentions[f.mentionIndex]!;
    const ctx = contexts[f.mentionIndex]!;
    if (ctx.sentence.start !== prevSentence) {
      prevSentence = ctx.sentence.start;
      prevValueEnd = null;
    }
    const o = observationFrom(f, m, ctx, original, normalised, sections, prevValueEnd);
    prevValueEnd = m.end;
    mentionOf.set(o, f.mentionIndex);
    observations.push(o);
  }

  const refine: RefineContext = {
    original,
    normalised,
    mentions,
    contexts,
    changes,
    mentionOf,
    meta,
    options,
  };
  const classified = observations;
  const dropped: DroppedBy | null = options.candidates ? new Map() : null;
  for (const r of REFINERS) {
    const next = r.refine(observations, refine);
    if (dropped) noteDropped(observations, next, r.name, refine, dropped);
    observations = next;
  }

  return {
    report: { ...meta, sections: sections.presence, chars: original.length },
    observations,
    ...(dropped
      ? { candidates: collectCandidates(classified, observations, dropped, refine, sections) }
      : {}),
  };
}
