import type { ExtractionResult, ExtractOptions } from './types.ts';

// Placeholder until the rule pipeline lands (same commit series).
export function extractReport(text: string, _options: ExtractOptions = {}): ExtractionResult {
  return {
    report: {
      title: '',
      agency: '',
      year: null,
      published: null,
      sections: { achievements: false, shortcomings: false, first_responsible_duties: false, next_year_plan: false },
      chars: text.length,
    },
    observations: [],
  };
}
