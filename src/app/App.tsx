// The shell: header, banners and filter bar around the view the address names. Views are loaded
// on demand so the first page only pays for what it shows.
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { indexDataset } from '../domain/datasetIndex.ts';
import { LOCALES } from '../domain/lang.ts';
import { type MessageKey, type ParamArgs, t } from '../format/messages.ts';
import { parseHash, serializeHash, type ViewState } from '../state/viewState.ts';
import { AppContext, type AppContextValue } from './AppContext.ts';
import { FilterBar } from './components/FilterBar.tsx';
import { Header } from './components/Header.tsx';
import { LoadStatus } from './components/LoadStatus.tsx';
import { ProvenanceDialog } from './components/ProvenanceDialog.tsx';
import { SourceRefusedNotice } from './components/SourceRefusedNotice.tsx';
import { SyntheticBanner } from './components/SyntheticBanner.tsx';
import { ViewErrorBoundary } from './components/ViewErrorBoundary.tsx';
import { datasetSource, useDataset } from './hooks/useDataset.ts';
import { useViewState } from './hooks/useViewState.ts';
import { lazyView } from './lib/lazyView.ts';
import { hrefFor } from './lib/links.ts';

// One loader per view; the one the address names is requested at once (below), in parallel with
// the dataset, instead of after it, and rendered without a detour through the fallback.
const VIEWS = {
  overview: lazyView(() => import('./views/OverviewView.tsx')),
  indicator: lazyView(() => import('./views/IndicatorView.tsx')),
  agency: lazyView(() => import('./views/AgencyView.tsx')),
  compare: lazyView(() => import('./views/CompareView.tsx')),
  coverage: lazyView(() => import('./views/CoverageView.tsx')),
  reports: lazyView(() => import('./views/ReportsView.tsx')),
  report: lazyView(() => import('./views/ReportView.tsx')),
  import: lazyView(() => import('./views/ImportView.tsx')),
  brief: lazyView(() => import('./views/BriefView.tsx')),
};
const OverviewView = VIEWS.overview.Component;
const IndicatorView = VIEWS.indicator.Component;
const AgencyView = VIEWS.agency.Component;
const CompareView = VIEWS.compare.Component;
const CoverageView = VIEWS.coverage.Component;
const ReportsView = VIEWS.reports.Component;
const ReportView = VIEWS.report.Component;
const ImportView = VIEWS.import.Component;
const BriefView = VIEWS.brief.Component;

{
  const first = parseHash(window.location.hash);
  (first.view === 'reports' && first.id ? VIEWS.report : VIEWS[first.view]).preload();
}

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
    case 'brief':
      return <BriefView />;
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
  const { query, loaded, merging, provenance: sources } = useDataset(source);
  const index = useMemo(() => (loaded ? indexDataset(loaded.dataset) : null), [loaded]);
  const [provenance, setProvenance] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.lang = LOCALES[lang] === 'en' ? 'en' : 'zh-CN';
    document.title = t(lang, 'app.title');
  }, [lang]);
  // theme=dark recolours the whole page (styles.css), embeds included.
  useEffect(() => {
    document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  const tr = useCallback(
    <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => t(lang, key, ...params),
    [lang],
  );
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
            provenance: sources,
          }
        : null,
    [state, navigate, lang, tr, index, sources],
  );
  const synthetic = state.dataset === 'synthetic' || loaded?.dataset.meta.synthetic === true;

  return (
    <div className={state.embed ? 'app embed' : 'app'}>
      <button type="button" className="skip-link" onClick={skipToMain}>
        {tr('app.skipToContent')}
      </button>
      {state.embed ? null : <Header state={state} />}
      {synthetic ? <SyntheticBanner lang={lang} /> : null}
      <SourceRefusedNotice lang={lang} />
      <LoadStatus query={query} lang={lang} source={source} waiting={merging && !loaded} />
      {context ? (
        <AppContext.Provider value={context}>
          {state.embed ? null : <FilterBar />}
          <main id="main" tabIndex={-1}>
            <Suspense
              fallback={
                <p className="muted" aria-busy="true">
                  {tr('app.loading')}
                </p>
              }
            >
              <ViewErrorBoundary
                lang={lang}
                resetKey={serializeHash(state)}
                homeHref={hrefFor(state, 'overview')}
              >
                <CurrentView state={state} />
              </ViewErrorBoundary>
            </Suspense>
          </main>
          {provenance ? (
            <ProvenanceDialog observationId={provenance} onClose={() => setProvenance(null)} />
          ) : null}
        </AppContext.Provider>
      ) : (
        <main id="main" tabIndex={-1} aria-busy={query.isPending || merging} />
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
