// A region's district boundaries (and the map chart's code) as a query: loaded the first time a
// map of that region is shown, cached for the page's life, and a stale answer for a region no
// longer shown never lands (the query is keyed by region).
import { queryOptions } from '@tanstack/react-query';
import { loadMap } from '../../echarts.ts';

export function mapBoundariesQuery(region: string | null) {
  return queryOptions({
    queryKey: ['map-boundaries', region] as const,
    queryFn: () => loadMap(region!),
    enabled: region !== null,
    // Registered boundaries do not change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
