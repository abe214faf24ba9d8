// Reports write one indicator in several units (6场, 3期; 860人次, 320人). Values can be ranked
// together only when their units count the same thing; the catalogue says which do.
import type { Indicator } from './types.ts';

/**
 * Whether a value written in `unit` counts the same thing as the indicator's base unit: 件 and 起
 * both count cases, 人 (people) is not 人次 (attendances), 期 (a class of many sittings) is not 场.
 * A unit the catalogue does not list is not comparable.
 */
export function comparableUnit(
  indicator: Pick<Indicator, 'unit' | 'comparableUnits'>,
  unit: string,
): boolean {
  return unit === indicator.unit || indicator.comparableUnits.includes(unit);
}
