// The report's facts as read from its text — agency, region, district, agency type, year — for
// the person to confirm or correct. Typing the name of an agency the dashboard already has links
// the report to it; a new name makes a new agency (kept in this browser only).
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import type { ImportedReport } from '../../../data/importLayer.ts';
import type { ReportEdit } from '../../../data/reviewState.ts';
import { UNKNOWN_REGION } from '../../../data/reviewState.ts';
import { AGENCY_TYPE_IDS, agencyTypeName } from '../../../domain/places.ts';
import type { Agency } from '../../../domain/types.ts';
import { useApp } from '../../AppContext.ts';

interface Draft {
  agencyName: string;
  region: string;
  district: string;
  agencyType: string;
  year: string;
}

function draftOf(report: ImportedReport, agency: Agency | undefined): Draft {
  return {
    agencyName: agency?.nameZh ?? report.report.agencyText,
    region: agency?.region ?? '',
    district: agency?.district ?? '',
    agencyType: agency?.type ?? 'functional_dept',
    year: String(report.report.year),
  };
}

export function MetaForm({
  imported,
  agency,
  isNewAgency,
  onSave,
}: {
  imported: ImportedReport;
  /** The agency the report is linked to now (from the merged dataset). */
  agency: Agency | undefined;
  isNewAgency: boolean;
  onSave: (changes: ReportEdit) => void;
}) {
  const { lang, tr, index } = useApp();
  const id = useId();
  // Keyed by the values, not the objects: a decision elsewhere in the report must not reset typing.
  const savedKey = JSON.stringify(draftOf(imported, agency));
  const saved = useMemo(() => JSON.parse(savedKey) as Draft, [savedKey]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [justSaved, setJustSaved] = useState(false);
  // A change made elsewhere (another report of the same agency, another tab) shows here too.
  useEffect(() => setDraft(saved), [saved]);

  const dirty = (Object.keys(saved) as (keyof Draft)[]).some((k) => saved[k] !== draft[k]);
  const year = Number(draft.year);
  const yearValid = /^\d{4}$/.test(draft.year.trim()) && year >= 1949 && year <= 2999;
  const types = [...new Set([...AGENCY_TYPE_IDS, ...index.agencyTypes, draft.agencyType])];
  const set = (key: keyof Draft) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
    setJustSaved(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!yearValid || draft.agencyName.trim() === '') return;
    onSave({
      agencyName: draft.agencyName,
      region: draft.region,
      district: draft.district,
      agencyType: draft.agencyType,
      year,
    });
    setJustSaved(true);
  };

  const field = (key: keyof Draft, label: string, list?: string) => (
    <label className="field">
      {label}
      <input
        value={draft[key]}
        onChange={set(key)}
        list={list}
        required={key !== 'district'}
        className={key === 'agencyName' ? 'meta-agency-input' : undefined}
      />
    </label>
  );

  return (
    <form className="meta-form" onSubmit={submit} aria-label={tr('import.metaTitle')}>
      <div className="meta-fields">
        {field('agencyName', tr('import.agencyName'), `${id}-agencies`)}
        {field('region', tr('import.region'), `${id}-regions`)}
        {field('district', tr('import.district'), `${id}-districts`)}
        <label className="field">
          {tr('import.agencyType')}
          <select value={draft.agencyType} onChange={set('agencyType')}>
            {types.map((t) => (
              <option key={t} value={t}>
                {agencyTypeName(t, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {tr('import.year')}
          <input
            value={draft.year}
            onChange={set('year')}
            inputMode="numeric"
            size={6}
            aria-invalid={!yearValid}
            required
          />
        </label>
        <span className="meta-save">
          <button type="submit" disabled={!dirty || !yearValid || draft.agencyName.trim() === ''}>
            {tr('import.saveMeta')}
          </button>
          {justSaved && !dirty ? (
            <span className="small ok" role="status">
              {tr('import.metaSaved')}
            </span>
          ) : null}
        </span>
      </div>
      <p className="small muted">
        {isNewAgency ? tr('import.newAgency') : tr('import.existingAgency')}
        {saved.region === UNKNOWN_REGION ? (
          <strong className="warn"> {tr('import.regionUnknown')}</strong>
        ) : null}
        {imported.report.agencyText.trim() === '' ? (
          <strong className="warn"> {tr('import.agencyFromFile')}</strong>
        ) : null}
      </p>
      <datalist id={`${id}-agencies`}>
        {index.dataset.agencies.map((a) => (
          <option key={a.id} value={a.nameZh} />
        ))}
      </datalist>
      <datalist id={`${id}-regions`}>
        {index.regions.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <datalist id={`${id}-districts`}>
        {(index.districtsByRegion.get(draft.region) ?? []).map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
    </form>
  );
}
