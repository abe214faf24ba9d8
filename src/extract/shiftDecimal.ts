/**
 * A decimal string × 10^places by moving its point, so "1.13" × 10^4 is 11300 and not
 * 11299.999999999998 as the float product would be.
 */
export function shiftDecimal(raw: string, places: number): number {
  const dot = raw.indexOf('.');
  const int = dot < 0 ? raw : raw.slice(0, dot);
  const frac = dot < 0 ? '' : raw.slice(dot + 1);
  return Number(`${int}${frac.slice(0, places).padEnd(places, '0')}.${frac.slice(places) || '0'}`);
}
