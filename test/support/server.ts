import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { systemActor } from '../../src/domain/permissions.ts';
import type { Role } from '../../src/domain/permissions.ts';
import { buildServer } from '../../src/http/server.ts';
import { accounts } from '../../src/services/auth/accounts.service.ts';
import type { Store } from '../../src/storage/connect.ts';

export const PASSWORD = 'correct horse battery';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface Response {
  status: number;
  headers: Headers;
  body: unknown;
  json: Record<string, unknown>;
}

/** A real server on a free port over the given store. */
export async function startServer(
  store: Store,
  now?: () => Date,
): Promise<{ url: string; app: FastifyInstance; close: () => Promise<void> }> {
  const app = await buildServer({ store, now });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

/** One account of each role, made as the system. */
export async function seedAccounts(store: Store): Promise<Record<Role, string>> {
  const ctx = { db: store.db, actor: systemActor('test'), now: () => new Date() };
  const emails = { viewer: 'viewer@example.org', editor: 'editor@example.org', admin: 'admin@example.org' } as const;
  for (const [role, email] of Object.entries(emails)) await accounts.add(ctx, { email, role: role as Role, password: PASSWORD });
  return emails;
}

export async function call(
  url: string,
  method: string,
  path: string,
  options: { body?: unknown; raw?: string | Buffer; session?: Session; token?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (!['GET', 'HEAD'].includes(method)) headers['x-csrf-token'] ??= options.session.csrf;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    body: options.raw !== undefined ? options.raw : options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body, json: (body ?? {}) as Record<string, unknown> };
}

/** A GET that must answer 200 (naming the path when it does not), with its JSON body. */
export async function getOk<T>(url: string, path: string, session?: Session): Promise<T> {
  const res = await call(url, 'GET', path, { session });
  expect([path, res.status]).toEqual([path, 200]);
  return res.json as unknown as T;
}

export async function signIn(url: string, email: string, password = PASSWORD): Promise<Session> {
  const res = await call(url, 'POST', '/api/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, csrf: String(res.json.csrfToken) };
}
