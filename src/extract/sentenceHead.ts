import type { MentionContext } from './context.ts';
import type { Mention } from './mention.ts';

/**
 * How far back from a value scope and target words are looked for. Bounded so that a run-on
 * "sentence" with thousands of numbers stays linear.
 */
export const HEAD_WINDOW = 200;

/** The sentence up to the mention (at most HEAD_WINDOW characters of it). */
export function sentenceHead(normalised: string, ctx: MentionContext, m: Mention): string {
  return normalised.slice(Math.max(ctx.sentence.start, m.start - HEAD_WINDOW), m.start);
}
