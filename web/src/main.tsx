import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
// First, so a visit that starts on the world map fetches its data and code at once.
import './map/network-prefetch.ts';
import './i18n/index.ts';
import './styles.css';
import { SessionProvider } from './api/session.tsx';
import { App } from './app.tsx';
import { langKeepingHistory } from './lib/lang-history.ts';

const queries = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <SessionProvider>
        <HistoryRouter history={langKeepingHistory()}>
          <App />
        </HistoryRouter>
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
