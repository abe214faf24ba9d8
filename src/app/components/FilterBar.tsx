// Region, district, agency type and year, with choices taken from the loaded dataset. Every change
// goes into the address; choosing a region clears a district that is not in it. The agency search
// comes first: finding one's own agency should not need the region and district first.
import { compareZh } from '../../domain/compareZh.ts';
import type { Filter } from '../../domain/filter.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import { useApp } from '../AppContext.ts';
import { AgencySearch } from './AgencySearch.tsx';
import { SelectField } from './SelectField.tsx';

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
    // Other agencies in the table: its page starts again from the first.
    navigate({ ...state, filter: next, page: 1 });
  };
  const districts = f.region
    ? (index.districtsByRegion.get(f.region) ?? [])
    : [...new Set([...index.districtsByRegion.values()].flat())].sort(compareZh);
  const active = Object.keys(f).length > 0;
  const all = { value: '', label: tr('filters.all') };
  return (
    <section className="filter-bar" aria-label={tr('filters.title')}>
      <AgencySearch />
      <SelectField
        label={tr('filters.region')}
        value={f.region ?? ''}
        options={[all, ...index.regions.map((r) => ({ value: r, label: placeName(r, lang) }))]}
        onChange={(v) => set({ region: v || undefined })}
      />
      <SelectField
        label={tr('filters.district')}
        value={f.district ?? ''}
        options={[all, ...districts.map((d) => ({ value: d, label: placeName(d, lang) }))]}
        onChange={(v) => set({ district: v || undefined })}
      />
      <SelectField
        label={tr('filters.type')}
        value={f.type ?? ''}
        options={[all, ...index.agencyTypes.map((ty) => ({ value: ty, label: agencyTypeName(ty, lang) }))]}
        onChange={(v) => set({ type: v || undefined })}
      />
      <SelectField
        label={tr('filters.year')}
        value={f.year === undefined ? '' : String(f.year)}
        options={[
          {
            value: '',
            label: `${tr('ui.latestYear')}${index.years[0] !== undefined ? ` (${index.years[0]})` : ''}`,
          },
          ...index.years.map((y) => ({ value: String(y), label: String(y) })),
        ]}
        onChange={(v) => set({ year: v ? Number(v) : undefined })}
      />
      {active ? (
        <button type="button" onClick={() => navigate({ ...state, filter: {}, page: 1 })}>
          {tr('filters.reset')}
        </button>
      ) : null}
    </section>
  );
}
