// The coverage view's flag list at national scale: filtered by kind and severity, searched by
// agency or district, sorted, grouped with counts, exported as CSV. Only one page of flags (or of
// groups, each rendering its flags only when opened) is in the DOM at a time, so 10,000 flags stay
// fast. Every setting is in the address (flag=, severity=, fq=, fgroup=, fsort=).
import { useEffect, useMemo, useState } from 'react';
import {
  FLAG_GROUP_BYS,
  FLAG_SORTS,
  type FlagGroup,
  type FlagGroupBy,
  type FlagSort,
  flagFacetCounts,
  groupFlags,
  queryFlags,
} from '../../domain/flagList.ts';
import {
  FLAG_KINDS,
  FLAG_SEVERITIES,
  type Flag,
  type FlagKind,
  type FlagSeverity,
} from '../../domain/flags.ts';
import { agencyTypeName, placeName } from '../../domain/places.ts';
import { flagsCsv } from '../../format/flagsCsv.ts';
import { agencyName } from '../../format/names.ts';
import { formatNumber } from '../../format/number.ts';
import { useApp } from '../AppContext.ts';
import { usePaged } from '../hooks/usePaged.ts';
import { fileNameFor, saveFile } from '../lib/saveFile.ts';
import { FlagItem } from './FlagItem.tsx';
import { Pager } from './Pager.tsx';
import { SelectField } from './SelectField.tsx';

const PAGE = 100;
const GROUP_PAGE = 50;
const GROUP_STEP = 50;

function flagKey(f: Flag): string {
  return `${f.reportId}-${f.kind}-${f.indicatorId ?? f.section ?? ''}-${f.observationId ?? ''}`;
}

function FlagGroupItem({ group, by }: { group: FlagGroup; by: FlagGroupBy }) {
  const { lang, tr, index } = useApp();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(GROUP_STEP);
  const name = (() => {
    if (group.key === '') return tr('flags.noGroupKey');
    switch (by) {
      case 'agency': {
        const agency = index.agencyById.get(group.key);
        return agency ? agencyName(agency, lang) : group.key;
      }
      case 'district':
        return group.key
          .split(' ')
          .map((p) => placeName(p, lang))
          .join(' · ');
      case 'type':
        return agencyTypeName(group.key, lang);
      case 'kind':
        return tr(`flag.kind.${group.key as FlagKind}`);
      default:
        return group.key;
    }
  })();
  const rest = group.flags.length - shown;
  return (
    <li>
      <details className="flag-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="flag-group-name">{name}</span>{' '}
          <span className="small muted">
            {tr('flags.groupCount', {
              count: formatNumber(group.flags.length, lang),
              high: formatNumber(group.high, lang),
            })}
            {by === 'agency'
              ? null
              : ` · ${tr('flags.groupAgencies', { agencies: formatNumber(group.agencies, lang) })}`}
          </span>
        </summary>
        {/* Closed groups render nothing inside: hundreds of groups, not thousands of flags. */}
        {open ? (
          <>
            <ul className="flag-list">
              {group.flags.slice(0, shown).map((f) => (
                <FlagItem key={flagKey(f)} flag={f} showAgency={by !== 'agency'} />
              ))}
            </ul>
            {rest > 0 ? (
              <button
                type="button"
                className="link-button small"
                onClick={() => setShown(shown + GROUP_STEP)}
              >
                {tr('flags.showMore', { count: formatNumber(Math.min(rest, GROUP_STEP), lang) })}
              </button>
            ) : null}
          </>
        ) : null}
      </details>
    </li>
  );
}

export function FlagsPanel({ flags }: { flags: readonly Flag[] }) {
  const { state, navigate, lang, tr, index } = useApp();
  const { flagKind: kind, flagSeverity: severity, flagSearch, flagGroup, flagSort } = state;
  const set = (patch: Partial<typeof state>, replace = false) =>
    navigate({ ...state, ...patch }, { replace });
  // The box answers every keystroke; the address follows without adding history entries.
  const [search, setSearch] = useState(flagSearch);
  useEffect(() => setSearch(flagSearch), [flagSearch]);

  const ctx = useMemo(
    () => ({ agencyById: index.agencyById, indicators: index.dataset.indicators, lang }),
    [index, lang],
  );
  // Counts beside each option: what choosing it would show, given the search.
  const searched = useMemo(
    () => queryFlags(flags, { kind: null, severity: null, search: flagSearch, sort: 'severity' }, ctx),
    [flags, flagSearch, ctx],
  );
  const facets = useMemo(() => flagFacetCounts(searched), [searched]);
  const shownFlags = useMemo(
    () => queryFlags(flags, { kind, severity, search: flagSearch, sort: flagSort }, ctx),
    [flags, kind, severity, flagSearch, flagSort, ctx],
  );
  const groups = useMemo(
    () => (flagGroup === 'none' ? [] : groupFlags(shownFlags, flagGroup, ctx)),
    [shownFlags, flagGroup, ctx],
  );
  const flagPage = usePaged(shownFlags, PAGE);
  const groupPage = usePaged(groups, GROUP_PAGE);

  const download = () => {
    const text = flagsCsv(shownFlags, index, lang);
    saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileNameFor(`flags-${lang}`, 'csv'));
  };

  return (
    <section className="panel flags-panel" aria-labelledby="flags-title">
      <h2 id="flags-title">
        {tr('coverage.flags')}{' '}
        <span className="small muted" aria-live="polite">
          {tr('flags.shown', {
            shown: formatNumber(shownFlags.length, lang),
            total: formatNumber(flags.length, lang),
          })}
        </span>
      </h2>
      <div className="toolbar flags-toolbar">
        <SelectField
          id="flag-kind"
          label={tr('ui.kind')}
          value={kind ?? ''}
          options={[
            { value: '', label: `${tr('filters.all')} (${formatNumber(searched.length, lang)})` },
            ...FLAG_KINDS.map((k) => ({
              value: k,
              label: `${tr(`flag.kind.${k}`)} (${formatNumber(facets.kind[k] ?? 0, lang)})`,
            })),
          ]}
          onChange={(v) => set({ flagKind: v === '' ? null : (v as FlagKind) })}
        />
        <SelectField
          id="flag-severity"
          label={tr('flags.severity')}
          value={severity ?? ''}
          options={[
            { value: '', label: tr('filters.all') },
            ...FLAG_SEVERITIES.map((s) => ({
              value: s,
              label: `${tr(`flag.severity.${s}`)} (${formatNumber(facets.severity[s], lang)})`,
            })),
          ]}
          onChange={(v) => set({ flagSeverity: v === '' ? null : (v as FlagSeverity) })}
        />
        <label className="field">
          {tr('flags.search')}
          <input
            id="flag-search"
            type="search"
            value={search}
            placeholder={tr('flags.searchHint')}
            autoComplete="off"
            onChange={(e) => {
              setSearch(e.target.value);
              set({ flagSearch: e.target.value }, true);
            }}
          />
        </label>
        <SelectField
          id="flag-group"
          label={tr('flags.groupBy')}
          value={flagGroup}
          options={FLAG_GROUP_BYS.map((g) => ({ value: g, label: tr(`flags.group.${g}`) }))}
          onChange={(v) => set({ flagGroup: v as FlagGroupBy })}
        />
        <SelectField
          id="flag-sort"
          label={tr('flags.sortBy')}
          value={flagSort}
          options={FLAG_SORTS.map((s) => ({ value: s, label: tr(`flags.sort.${s}`) }))}
          onChange={(v) => set({ flagSort: v as FlagSort })}
        />
        <button type="button" onClick={download} disabled={shownFlags.length === 0}>
          {tr('flags.download')}
        </button>
      </div>
      <p className="small muted">{tr('coverage.flagsNote')}</p>
      {flags.length === 0 ? (
        <p>{tr('coverage.noFlags')}</p>
      ) : shownFlags.length === 0 ? (
        <p>{tr('flags.noMatch')}</p>
      ) : flagGroup === 'none' ? (
        <>
          <ul className="flag-list">
            {flagPage.slice.map((f) => (
              <FlagItem key={flagKey(f)} flag={f} />
            ))}
          </ul>
          <Pager
            page={flagPage.page}
            pages={flagPage.pages}
            total={flagPage.total}
            onPage={flagPage.setPage}
          />
        </>
      ) : (
        <>
          <p className="small muted">
            {tr('flags.groupsShown', {
              shown: formatNumber(groupPage.slice.length, lang),
              total: formatNumber(groups.length, lang),
            })}
          </p>
          <ul className="flag-groups">
            {groupPage.slice.map((g) => (
              <FlagGroupItem key={`${flagGroup}:${g.key}`} group={g} by={flagGroup} />
            ))}
          </ul>
          <Pager
            page={groupPage.page}
            pages={groupPage.pages}
            total={groupPage.total}
            onPage={groupPage.setPage}
            label={tr('flags.pages')}
          />
        </>
      )}
    </section>
  );
}
