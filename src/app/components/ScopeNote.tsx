// A scope note as the extractor wrote it (the report's Chinese words), marked lang="zh" in the
// English view, with the kind of scope in English beside it where it is known (scopeGloss).
import { scopeGloss } from '../../format/scopeGloss.ts';
import { useApp } from '../AppContext.ts';

export function ScopeNote({ scope }: { scope: string | null | undefined }) {
  const { lang } = useApp();
  if (!scope) return null;
  const gloss = lang === 'en' ? scopeGloss(scope, lang) : '';
  return (
    <span className="scope-note">
      <span lang={lang === 'en' ? 'zh' : undefined}>{scope}</span>
      {gloss !== '' ? <span className="scope-gloss"> ({gloss})</span> : null}
    </span>
  );
}
