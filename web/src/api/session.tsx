import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Me } from '@contract/auth.ts';
import type { Role } from '@domain/permissions.ts';
import { api, setCsrfToken } from './client.ts';
import { refetchAfterWrite } from './queries.ts';

export type { Me };

interface Session {
  me: Me | undefined;
  loading: boolean;
  login(email: string, password: string): Promise<Me>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };
export const hasRole = (me: Me | undefined, role: Role) => Boolean(me?.user && RANK[me.user.role] >= RANK[role]);

/** Who is signed in; the CSRF token comes with the login answer and, after a reload, from /api/me. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const me = await api<Me>('/api/me');
      setCsrfToken(me.csrfToken);
      return me;
    },
    staleTime: 60_000,
  });
  const login = useCallback(
    async (email: string, password: string) => {
      const me = await api<Me>('/api/auth/login', { method: 'POST', body: { email, password } });
      setCsrfToken(me.csrfToken);
      client.setQueryData(['me'], me);
      await refetchAfterWrite(client, { predicate: (q) => q.queryKey[0] !== 'me' });
      return me;
    },
    [client],
  );
  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' });
    setCsrfToken(null);
    client.setQueryData(['me'], { user: null, csrfToken: null });
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'site' });
  }, [client]);
  const value = useMemo(() => ({ me: query.data, loading: query.isLoading, login, logout }), [query.data, query.isLoading, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
