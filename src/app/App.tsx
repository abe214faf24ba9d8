// The shell: header, banners and filter bar around the view the address names. Views are loaded
// on demand so the first page only pays for what it shows.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { LOCALES } from '../domain/lang.ts';
import { type MessageKey, type MessageParams, t } from '../format/messages.ts';
import type { ViewState } from '../state/viewState.ts';
import { AppContext, type AppContextValue } from './AppContext.ts';
import { FilterBar } from './components/FilterBar.tsx';
import { Header } from './components/Header.tsx';
import { LoadStatus } from './components/LoadStatus.tsx';
import { ProvenanceDialog } from './components/ProvenanceDialog.tsx';
import { SyntheticBanner } from './components/SyntheticBanner.tsx';
import { datasetSource, useDataset } from './hooks/useDataset.ts';
import { useViewState } from './hooks/useViewState.ts';
import { indexDataset } from './lib/datasetIndex.ts';
import { hrefFor } from './lib/links.ts';

const OverviewView = lazy(() => import('./views/OverviewView.tsx'));
const IndicatorView = lazy(() => import('./views/IndicatorView.tsx'));
const AgencyView = lazy(() => import('./views/AgencyView.tsx'));
const CompareView = lazy(() => import('./views/CompareView.tsx'));
const CoverageView = lazy(() => import('./views/CoverageView.tsx'));
const ReportsView = lazy(() => import('./views/ReportsView.tsx'));
const ReportView = lazy(() => import('./views/ReportView.tsx'));
const ImportView = lazy(() => import('./views/ImportView.tsx'));

function CurrentView({ state }: { state: ViewState }) {
  switch (state.view) {
    case 'overview':
      return <OverviewView />;
    case 'indicator':
      return <IndicatorView />;
    case 'agency':
      return <AgencyView />;
    case 'compare':
      return <CompareView />;
    case 'coverage':
      return <CoverageView />;
    case 'reports':
      return state.id ? <ReportView /> : <ReportsView />;
    case 'import':
      return <ImportView />;
  }
}

export function App() {
  const [state, navigate] = useViewState();
  const { lang } = state;
  const { dataset: datasetKind, datasetUrl } = state;
  const source = useMemo(
    () => datasetSource({ dataset: datasetKind, datasetUrl }),
    [datasetKind, datasetUrl],
  );
  const query = useDataset(source);
  const loaded = query.data;
  const index = useMemo(() => (loaded ? indexDataset(loaded.dataset) : null), [loaded]);
  const [provenance, setProvenance] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = LOCALES[lang] === 'en' ? 'en' : 'zh-CN';
    document.title = t(lang, 'app.title');
  }, [lang]);

  const tr = useCallback((key: MessageKey, params?: MessageParams) => t(lang, key, params), [lang]);
  const context = useMemo<AppContextValue | null>(
    () =>
      index
        ? {
            state,
            navigate,
            lang,
            tr,
            href: (view, id = null, extra = {}) => hrefFor(state, view, id, extra),
            index,
            showProvenance: setProvenance,
          }
        : null,
    [state, navigate, lang, tr, index],
  );
  const synthetic = state.dataset === 'synthetic' || loaded?.dataset.meta.synthetic === true;

  return (
    <div className={state.embed ? 'app embed' : 'app'}>
      <button type="button" className="skip-link" onClick={skipToMain}>
        {tr('app.skipToContent')}
      </button>
      {state.embed ? null : <Header state={state} />}
      {synthetic ? <SyntheticBanner lang={lang} /> : null}
      <LoadStatus query={query} lang={lang} source={source} />
      {context ? (
        <AppContext.Provider value={context}>
          {state.embed ? null : <FilterBar />}
          <main id="main" tabIndex={-1}>
            <Suspense fallback={<p className="muted">{tr('app.loading')}</p>}>
              <CurrentView state={state} />
            </Suspense>
          </main>
          {provenance ? (
            <ProvenanceDialog observationId={provenance} onClose={() => setProvenance(null)} />
          ) : null}
        </AppContext.Provider>
      ) : (
        <main id="main" tabIndex={-1} />
      )}
    </div>
  );
}

// The hash is the router, so a plain "#main" link would change the view: move focus instead.
function skipToMain() {
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}
