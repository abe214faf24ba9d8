// One weak-area flag in words, with a way to its evidence: the value's provenance for a number,
// the report for a missing part or a missing core indicator.
import type { Flag } from '../../domain/flags.ts';
import { formatYoy } from '../../format/change.ts';
import { sectionKey } from '../../format/messages.ts';
import { agencyName, indicatorName } from '../../format/names.ts';
import { formatValue } from '../../format/value.ts';
import { useApp } from '../AppContext.ts';

export function flagText(flag: Flag, ctx: ReturnType<typeof useApp>): string {
  const { lang, tr, index } = ctx;
  const indicator = flag.indicatorId ? index.indicatorById.get(flag.indicatorId) : undefined;
  const indicatorText = indicator ? indicatorName(indicator, lang) : (flag.indicatorId ?? '');
  const o = flag.observationId ? index.observationById.get(flag.observationId) : undefined;
  switch (flag.kind) {
    case 'core_missing':
      return tr('flag.core_missing', { indicator: indicatorText });
    case 'rate_below_norm':
      return tr('flag.rate_below_norm', { indicator: indicatorText, value: formatValue(o, lang) });
    case 'yoy_fall':
      return tr('flag.yoy_fall', {
        indicator: indicatorText,
        change: (o && formatYoy(o, lang)) ?? '—',
      });
    case 'section_missing':
      return tr('flag.section_missing', { section: flag.section ? tr(sectionKey(flag.section)) : '' });
  }
}

export function FlagItem({ flag, showAgency = true }: { flag: Flag; showAgency?: boolean }) {
  const app = useApp();
  const { lang, tr, href, index, showProvenance } = app;
  const agency = index.agencyById.get(flag.agencyId);
  return (
    <li>
      <span className={`badge ${flag.severity === 'high' ? 'badge-missing' : 'badge-manual'}`}>
        {tr(`flag.severity.${flag.severity}`)}
      </span>{' '}
      {showAgency && agency ? (
        <>
          <a href={href('agency', agency.id)}>{agencyName(agency, lang)}</a>
          {' · '}
        </>
      ) : null}
      {flagText(flag, app)}{' '}
      {flag.observationId ? (
        <button
          type="button"
          className="link-button small"
          aria-haspopup="dialog"
          onClick={() => showProvenance(flag.observationId!)}
        >
          {tr('flag.evidence')}
        </button>
      ) : (
        <a className="small" href={href('reports', flag.reportId)}>
          {tr('flag.evidence')}
        </a>
      )}
    </li>
  );
}
