import type { ErrorBody, Issue } from '@contract/errors.ts';

/** The API from the browser: same origin, the session cookie, the CSRF token on writes, versions as ETags. */
export type FieldIssue = Issue;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly currentVersion: number | null = null,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The version the write is based on, sent as If-Match. */
  version?: number;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.version !== undefined) headers['if-match'] = `"${options.version}"`;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const body = data as Partial<ErrorBody> | null;
    throw new ApiError(
      res.status,
      String(body?.error ?? 'error'),
      String(body?.message ?? res.statusText),
      body?.issues ?? [],
      typeof body?.currentVersion === 'number' ? body.currentVersion : null,
    );
  }
  return data as T;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** Only when the list is asked to count (`count=true`). */
  total?: number;
}

/** Every record of a list, page after page (the registry's lists are short enough for this). */
export async function listAll<T>(collection: string, params: Record<string, string> = {}): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ ...params, limit: '200', ...(cursor ? { cursor } : {}) });
    const page: Page<T> = await api<Page<T>>(`/api/${collection}?${query}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
