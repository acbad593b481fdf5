import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@domain/permissions.ts';
import { hasRole, useSession } from '../api/session.tsx';

/** Sends a visitor who is not signed in to the login page, and back here afterwards. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!me?.user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!hasRole(me, role)) return <p role="alert">{t('auth.forbidden')}</p>;
  return <>{children}</>;
}
