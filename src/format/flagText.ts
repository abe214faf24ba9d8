// A weak-area flag in words, for the list, the CSV export and the report view alike.
import { reportConsistency } from '../domain/consistency.ts';
import type { DatasetIndex } from '../domain/datasetIndex.ts';
import type { Flag } from '../domain/flags.ts';
import type { Lang } from '../domain/lang.ts';
import { formatYoy } from './change.ts';
import { consistencyText } from './consistencyText.ts';
import { sectionKey, t } from './messages.ts';
import { indicatorName } from './names.ts';
import { formatValue } from './value.ts';

export type FlagLookup = Pick<
  DatasetIndex,
  'indicatorById' | 'observationById' | 'observationsByReport' | 'agencyById'
>;

export function flagIndicatorText(flag: Flag, index: FlagLookup, lang: Lang): string {
  const indicator = flag.indicatorId ? index.indicatorById.get(flag.indicatorId) : undefined;
  return indicator ? indicatorName(indicator, lang) : (flag.indicatorId ?? '');
}

export function flagText(flag: Flag, index: FlagLookup, lang: Lang): string {
  const indicatorText = flagIndicatorText(flag, index, lang);
  const o = flag.observationId ? index.observationById.get(flag.observationId) : undefined;
  switch (flag.kind) {
    case 'core_missing':
      return t(lang, 'flag.core_missing', { indicator: indicatorText });
    case 'rate_below_norm':
      return t(lang, 'flag.rate_below_norm', { indicator: indicatorText, value: formatValue(o, lang) });
    case 'yoy_fall':
      return t(lang, 'flag.yoy_fall', { indicator: indicatorText, change: (o && formatYoy(o, lang)) ?? '—' });
    case 'section_missing':
      return t(lang, 'flag.section_missing', {
        section: flag.section ? t(lang, sectionKey(flag.section)) : '',
      });
    case 'inconsistent': {
      const w = reportConsistency(flag.reportId, index.observationsByReport.get(flag.reportId) ?? []).find(
        (x) => x.observationId === flag.observationId,
      );
      return t(lang, 'flag.inconsistent', {
        detail: w ? consistencyText(w, index, lang) : `${indicatorText} ${formatValue(o, lang)}`,
      });
    }
    default:
      // A kind added elsewhere (another flag source) still reads as its kind.
      return t(lang, `flag.kind.${flag.kind as Flag['kind']}`);
  }
}
