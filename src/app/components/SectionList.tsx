// The four parts the annual-report rules require, each marked present or missing in words.
import { SECTION_IDS, type SectionPresence } from '../../domain/types.ts';
import { sectionKey } from '../../format/messages.ts';
import { useApp } from '../AppContext.ts';

export function SectionList({ sections }: { sections: SectionPresence }) {
  const { tr } = useApp();
  return (
    <ul className="parts">
      {SECTION_IDS.map((s) => (
        <li key={s}>
          {sections[s] ? (
            <span className="badge badge-ok">✓ {tr('reports.sectionPresent')}</span>
          ) : (
            <span className="badge badge-missing">✗ {tr('reports.sectionMissing')}</span>
          )}{' '}
          {tr(sectionKey(s))}
        </li>
      ))}
    </ul>
  );
}
