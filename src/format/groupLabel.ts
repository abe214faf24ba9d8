// The group an agency falls in for a "group by" choice (sort tables and their CSV by it).
import type { Lang } from '../domain/lang.ts';
import { agencyTypeName, placeName } from '../domain/places.ts';
import type { GroupBy } from '../domain/tableOrder.ts';
import type { Agency } from '../domain/types.ts';

/** Display text of the agency's group; '' when not grouping, '—' for an agency without a district. */
export function groupLabel(agency: Agency, group: GroupBy, lang: Lang): string {
  switch (group) {
    case 'none':
      return '';
    case 'region':
      return placeName(agency.region, lang);
    case 'district':
      return agency.district ? placeName(agency.district, lang) : '—';
    case 'type':
      return agencyTypeName(agency.type, lang);
  }
}
