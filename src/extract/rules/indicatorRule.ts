/**
 * One way a report states an indicator. A mention matches when its unit is allowed, a cue is found
 * next to it (in the phrase before the number, or the noun phrase after its measure word), the topic
 * words (if any) appear in the sentence, and no forbidden word is in its clause.
 * Among matching rules the cue closest to the number wins; ties go to the earlier rule.
 */
export interface IndicatorRule {
  name: string;
  indicator: string;
  units: readonly string[];
  /** Words that name the indicator next to the number. */
  cue: RegExp;
  /** Where the cue may stand. Default: both. */
  side?: 'before' | 'after' | 'both';
  /** Must appear somewhere in the sentence (the topic: 复议, 信访, 普法 …). */
  topic?: RegExp;
  /** Must not appear in the mention's own clause (before + after phrases). */
  forbid?: RegExp;
  /** Counts units or places ("32个部门…述法"), so "N个 + organisation" fits it. */
  countsEntities?: boolean;
  /** Added to the cue distance when ranking rules (a weaker reading). */
  penalty?: number;
  /** The weakest reading: chosen only when no other rule fits the mention. */
  fallback?: boolean;
  confidence: number;
}
