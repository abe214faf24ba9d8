// Region, district, agency type and year, with choices taken from the loaded dataset. Every change
// goes into the address; choosing a region clears a district that is not in it.
import { compareZh } from '../../domain/compareZh.ts';
import type { Filter } from '../../domain/filter.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import { useApp } from '../AppContext.ts';

export function FilterBar() {
  const { state, navigate, lang, tr, index } = useApp();
  const f = state.filter;
  const set = (patch: Partial<Filter>) => {
    const next: Filter = { ...f, ...patch };
    for (const key of Object.keys(next) as (keyof Filter)[]) if (next[key] === undefined) delete next[key];
    if (patch.region !== undefined || 'region' in patch) {
      const districts = next.region ? index.districtsByRegion.get(next.region) : undefined;
      if (next.district && districts && !districts.includes(next.district)) delete next.district;
    }
    navigate({ ...state, filter: next });
  };
  const districts = f.region
    ? (index.districtsByRegion.get(f.region) ?? [])
    : [...new Set([...index.districtsByRegion.values()].flat())].sort(compareZh);
  const active = Object.keys(f).length > 0;
  return (
    <section className="filter-bar" aria-label={tr('filters.title')}>
      <label className="field">
        {tr('filters.region')}
        <select value={f.region ?? ''} onChange={(e) => set({ region: e.target.value || undefined })}>
          <option value="">{tr('filters.all')}</option>
          {index.regions.map((r) => (
            <option key={r} value={r}>
              {placeName(r, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {tr('filters.district')}
        <select value={f.district ?? ''} onChange={(e) => set({ district: e.target.value || undefined })}>
          <option value="">{tr('filters.all')}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {placeName(d, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {tr('filters.type')}
        <select value={f.type ?? ''} onChange={(e) => set({ type: e.target.value || undefined })}>
          <option value="">{tr('filters.all')}</option>
          {index.agencyTypes.map((ty) => (
            <option key={ty} value={ty}>
              {agencyTypeName(ty, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {tr('filters.year')}
        <select
          value={f.year === undefined ? '' : String(f.year)}
          onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">
            {tr('ui.latestYear')}
            {index.years[0] !== undefined ? ` (${index.years[0]})` : ''}
          </option>
          {index.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <button type="button" onClick={() => navigate({ ...state, filter: {} })}>
          {tr('filters.reset')}
        </button>
      ) : null}
    </section>
  );
}
