import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout.tsx';
import { RequireRole } from './components/require-role.tsx';
import { loadedNetworkPage } from './map/network-prefetch.ts';

// Every page is its own chunk: the home page loads without the workspace, the charts or the editors.
const Home = lazy(() => import('./pages/public/home.tsx'));
const Partner = lazy(() => import('./pages/public/partner.tsx'));
const Events = lazy(() => import('./pages/public/events.tsx'));
const EventPage = lazy(() => import('./pages/public/event.tsx'));
const Mechanisms = lazy(() => import('./pages/public/mechanisms.tsx'));
const MechanismPage = lazy(() => import('./pages/public/mechanism.tsx'));
const Organisations = lazy(() => import('./pages/public/organisations.tsx'));
const OrganisationPage = lazy(() => import('./pages/public/organisation.tsx'));
const PersonPage = lazy(() => import('./pages/public/person.tsx'));
const Login = lazy(() => import('./pages/staff/login.tsx'));
const Workspace = lazy(() => import('./pages/staff/workspace.tsx'));
const CheckPage = lazy(() => import('./pages/public/check.tsx'));
const LazyNetworkPage = lazy(() => import('./pages/public/network.tsx'));
const NotFound = lazy(() => import('./pages/public/not-found.tsx'));

/**
 * The world map's page, rendered in React's first pass when its module is already here (a visit
 * that starts on /network), instead of the fallback first and the page a few frames later. The
 * choice is kept for as long as the route is shown, so the page is never mounted twice.
 */
function NetworkPage() {
  const [Page] = useState(() => loadedNetworkPage() ?? LazyNetworkPage);
  return <Page />;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/partners/:id" element={<Partner />} />
          <Route path="/events" element={<Events />} />
          <Route path="/events/:id" element={<EventPage />} />
          <Route path="/mechanisms" element={<Mechanisms />} />
          <Route path="/mechanisms/:id" element={<MechanismPage />} />
          <Route path="/organisations" element={<Organisations />} />
          <Route path="/organisations/:id" element={<OrganisationPage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/check" element={<CheckPage />} />
          <Route path="/network" element={<NetworkPage />} />
          <Route path="/login" element={<Login />} />
          <Route
            path="/staff/*"
            element={
              <RequireRole role="viewer">
                <Workspace />
              </RequireRole>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
