// First: every module below reads the address in its hash form.
import './lib/moveSearchIntoHash.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseHash } from '../state/viewState.ts';
import { App } from './App.tsx';
import { datasetQuery, datasetSource } from './hooks/useDataset.ts';
import './styles.css';
import './layout.css';
import './print.css';

// Dataset files are static: never refetch on focus, and retrying a 404 only delays the message.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } },
});

// Start fetching the dataset the address asks for before React's first render, and colour the page
// for its theme at once (App keeps it in step with the address).
const initial = parseHash(window.location.hash);
queryClient.prefetchQuery(datasetQuery(datasetSource(initial)));
document.documentElement.dataset.theme = initial.theme;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
