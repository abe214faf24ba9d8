// Small label helpers shared by several views (pure: language in, text out).
import type { Lang } from '../../domain/lang.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import type { RankPosition } from '../../domain/ranking.ts';
import type { Agency } from '../../domain/types.ts';
import type { GroupBy } from '../../state/viewState.ts';

export { categoryName as categoryLabel } from '../../domain/categories.ts';

/** "3" or "2–3": a range when approximate values make the position uncertain. */
export function rankText(rank: RankPosition): string {
  return rank.from === rank.to ? String(rank.from) : `${rank.from}–${rank.to}`;
}

/** The group an agency falls in for a "group by" choice, as display text ('' = no grouping). */
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
