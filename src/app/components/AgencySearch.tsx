// "Find your agency" on every view: an ARIA 1.2 combobox (input + listbox, the active option named
// by aria-activedescendant; ↑/↓ move, Enter chooses, Escape closes then clears). Choosing sets
// focus= and keeps the current view, so the agency is highlighted wherever one is.
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { searchAgencies } from '../../domain/agencySearch.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import { agencyName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';
import { useAgencySearch } from '../hooks/useAgencySearch.ts';

const MAX_OPTIONS = 12;

export function AgencySearch() {
  const { state, navigate, lang, tr, href, index } = useApp();
  const { index: search, wantPinyin } = useAgencySearch(index.dataset.agencies);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const base = useId();
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const result = useMemo(() => searchAgencies(search, query, { limit: MAX_OPTIONS }), [search, query]);
  const options = result.matches;
  const expanded = open && query.trim() !== '';
  const current = Math.min(active, Math.max(0, options.length - 1));
  const focused = state.focus ? index.agencyById.get(state.focus) : undefined;

  const choose = (id: string) => {
    setOpen(false);
    setQuery('');
    // A new agency to look at: its page of the table is found again from the first one.
    navigate({ ...state, focus: id, page: 1 });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const n = options.length;
      if (n > 0) setActive((current + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      const option = options[current];
      if (expanded && option) {
        e.preventDefault();
        choose(option.agency.id);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="agency-search">
      <div className="combo">
        <label className="field" htmlFor={`${base}-input`}>
          {tr('find.label')}
        </label>
        <input
          id={`${base}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={expanded && options[current] ? `${base}-opt-${current}` : undefined}
          placeholder={tr('find.placeholder')}
          value={query}
          onFocus={wantPinyin}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <span id={hintId} className="sr-only">
          {tr('find.hint')}
        </span>
        <div
          id={listId}
          role="listbox"
          aria-label={tr('find.label')}
          className="combo-list"
          hidden={!expanded}
        >
          {options.map((m, i) => (
            // The keys are the input's (aria-activedescendant names the option): the pattern keeps
            // DOM focus in the input, so an option has a click handler and no key handler.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
            <div
              key={m.agency.id}
              id={`${base}-opt-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === current}
              className={i === current ? 'combo-option active' : 'combo-option'}
              // mousedown would blur the input (and close the list) before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m.agency.id)}
            >
              <span className="combo-name">{agencyName(m.agency, lang)}</span>
              <span className="combo-meta">
                {[
                  placeName(m.agency.district, lang),
                  placeName(m.agency.region, lang),
                  agencyTypeName(m.agency.type, lang),
                ]
                  .filter((s) => s !== '')
                  .join(' · ')}
              </span>
            </div>
          ))}
        </div>
        <p className="sr-only" aria-live="polite">
          {expanded
            ? options.length === 0
              ? tr('ui.noMatches')
              : tr('find.results', { count: result.total })
            : ''}
        </p>
        {expanded && options.length === 0 ? (
          <p className="combo-note small">{tr('ui.noMatches')}</p>
        ) : expanded && result.total > options.length ? (
          <p className="combo-note small">{tr('find.more', { count: result.total - options.length })}</p>
        ) : null}
      </div>
      {focused ? (
        <p className="focus-chip small">
          <span className="focus-marker">{tr('find.yours')}</span>{' '}
          <strong>{agencyName(focused, lang)}</strong>{' '}
          <a href={href('agency', focused.id)}>{tr('find.openProfile')}</a>{' '}
          <button type="button" className="link-button" onClick={() => navigate({ ...state, focus: null })}>
            {tr('find.clear')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
