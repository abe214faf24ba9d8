// Find agencies by name (within the current filters) and add them to the comparison.
import { useMemo, useState } from 'react';
import { agencyMatches } from '../../domain/filter.ts';
import { agencyName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';

const MAX_RESULTS = 12;

export function AgencyPicker({
  selected,
  onAdd,
}: {
  selected: readonly string[];
  onAdd: (id: string) => void;
}) {
  const { state, lang, tr, index } = useApp();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const out = [];
    for (const a of index.dataset.agencies) {
      if (selected.includes(a.id) || !agencyMatches(a, state.filter)) continue;
      if (
        q &&
        !a.nameZh.toLowerCase().includes(q) &&
        !a.nameEn.toLowerCase().includes(q) &&
        !a.id.includes(q)
      )
        continue;
      out.push(a);
      if (out.length >= MAX_RESULTS) break;
    }
    return out;
  }, [index, query, selected, state.filter]);
  return (
    <div>
      <label className="field">
        {tr('ui.searchAgency')}
        <input type="search" id="agency-search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {matches.length === 0 ? (
        <p className="small muted">{tr('ui.noMatches')}</p>
      ) : (
        <ul className="chips" aria-label={tr('ui.addAgency')}>
          {matches.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => onAdd(a.id)} disabled={selected.length >= 6}>
                + {agencyName(a, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
