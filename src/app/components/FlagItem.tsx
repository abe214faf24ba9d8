// One weak-area flag in words, with a way to its evidence: the report view at the value's
// sentence for a number, the report's top saying what is missing for a missing part or indicator.
import type { Flag } from '../../domain/flags.ts';
import { flagText as flagWords } from '../../format/flagText.ts';
import { agencyName } from '../../format/names.ts';
import { useApp } from '../AppContext.ts';

export function flagText(flag: Flag, ctx: ReturnType<typeof useApp>): string {
  return flagWords(flag, ctx.index, ctx.lang);
}

/** Where a flag's evidence is: the report, at the value or saying what it lacks. */
export function flagEvidenceHref(flag: Flag, ctx: ReturnType<typeof useApp>): string {
  const { href } = ctx;
  if (flag.observationId) return href('reports', flag.reportId, { at: flag.observationId });
  const missing = flag.section
    ? `section:${flag.section}`
    : flag.indicatorId
      ? `indicator:${flag.indicatorId}`
      : null;
  return href('reports', flag.reportId, { missing });
}

export function FlagItem({ flag, showAgency = true }: { flag: Flag; showAgency?: boolean }) {
  const app = useApp();
  const { lang, tr, href, index } = app;
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
      <a className="small" href={flagEvidenceHref(flag, app)}>
        {tr('flag.evidence')}
      </a>
    </li>
  );
}
