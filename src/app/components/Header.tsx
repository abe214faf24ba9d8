// Site header: title, the views, and the language switch. Rendered before the data arrives so the
// page is never blank.
import type { Lang } from '../../domain/lang.ts';
import type { MessageKey } from '../../format/messages.ts';
import { t } from '../../format/messages.ts';
import { serializeHash, type ViewName, type ViewState } from '../../state/viewState.ts';
import { hrefFor } from '../lib/links.ts';

const NAV: readonly { view: ViewName; key: MessageKey }[] = [
  { view: 'overview', key: 'nav.overview' },
  { view: 'indicator', key: 'nav.indicator' },
  { view: 'compare', key: 'nav.compare' },
  { view: 'coverage', key: 'nav.coverage' },
  { view: 'reports', key: 'nav.reports' },
  { view: 'import', key: 'nav.import' },
];

// The indicator tab opens the first core indicator unless one is already chosen.
const DEFAULT_INDICATOR = 'reconsideration.accepted';

export function Header({ state }: { state: ViewState }) {
  const lang = state.lang;
  const current = state.view;
  const langHref = (l: Lang) => serializeHash({ ...state, lang: l });
  return (
    <header className="site-header">
      <div className="header-top">
        <h1 className="site-title">
          <a href={hrefFor(state, 'overview')}>{t(lang, 'app.title')}</a>
        </h1>
        <nav className="lang-switch" aria-label={t(lang, 'app.language')}>
          <a href={langHref('zh')} lang="zh-CN" aria-current={lang === 'zh' ? 'true' : undefined}>
            中文
          </a>
          <a href={langHref('en')} lang="en" aria-current={lang === 'en' ? 'true' : undefined}>
            English
          </a>
        </nav>
      </div>
      <nav className="site-nav" aria-label={t(lang, 'ui.mainNav')}>
        <ul>
          {NAV.map(({ view, key }) => (
            <li key={view}>
              <a
                href={hrefFor(
                  state,
                  view,
                  view === 'indicator' ? (state.view === 'indicator' ? state.id : DEFAULT_INDICATOR) : null,
                )}
                aria-current={current === view ? 'page' : undefined}
              >
                {t(lang, key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
