// The flags a user is looking at, as a CSV file: one row per flag in the order shown, with the
// report and value ids and the evidence sentence, so the list can be worked through in a
// spreadsheet. Every cell goes through the formula-neutralising writer (csvDocument): agency names
// and sentences come from imported files too.
import type { DatasetIndex } from '../domain/datasetIndex.ts';
import type { Flag } from '../domain/flags.ts';
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import { csvDocument } from './csvDocument.ts';
import { type FlagLookup, flagIndicatorText, flagText } from './flagText.ts';
import { t } from './messages.ts';
import { agencyName } from './names.ts';
import { formatValue } from './value.ts';

export function flagsCsvRows(
  flags: readonly Flag[],
  index: FlagLookup & Pick<DatasetIndex, 'reportById'>,
  lang: Lang,
): string[][] {
  const header = [
    t(lang, 'flags.csv.severity'),
    t(lang, 'flags.csv.kind'),
    t(lang, 'flags.csv.flag'),
    t(lang, 'flags.csv.agencyId'),
    t(lang, 'flags.csv.agency'),
    t(lang, 'flags.csv.region'),
    t(lang, 'flags.csv.district'),
    t(lang, 'flags.csv.type'),
    t(lang, 'flags.csv.reportId'),
    t(lang, 'flags.csv.year'),
    t(lang, 'flags.csv.indicatorId'),
    t(lang, 'flags.csv.indicator'),
    t(lang, 'flags.csv.value'),
    t(lang, 'flags.csv.observationId'),
    t(lang, 'flags.csv.evidence'),
  ];
  const rows = flags.map((f) => {
    const agency = index.agencyById.get(f.agencyId);
    const o = f.observationId ? index.observationById.get(f.observationId) : undefined;
    return [
      t(lang, `flag.severity.${f.severity}`),
      t(lang, `flag.kind.${f.kind}`),
      flagText(f, index, lang),
      f.agencyId,
      agency ? agencyName(agency, lang) : '',
      agency ? placeName(agency.region, lang) : '',
      agency?.district ? placeName(agency.district, lang) : '',
      agency ? agencyTypeName(agency.type, lang) : '',
      f.reportId,
      String(index.reportById.get(f.reportId)?.year ?? ''),
      f.indicatorId ?? '',
      flagIndicatorText(f, index, lang),
      o ? formatValue(o, lang) : '',
      f.observationId ?? '',
      o?.evidence ?? '',
    ];
  });
  return [header, ...rows];
}

export function flagsCsv(
  flags: readonly Flag[],
  index: FlagLookup & Pick<DatasetIndex, 'reportById'>,
  lang: Lang,
): string {
  return csvDocument(flagsCsvRows(flags, index, lang));
}
