import type { FastifyInstance } from 'fastify';

/** The headers the answer of a request that says who is asking depends on. */
const PERSONAL_VARY = ['Cookie', 'Authorization'];

/**
 * An answer that depends on who asks (every API answer, and any answer to a request carrying a
 * session cookie or a token) must not be kept by a shared cache or handed to someone else:
 * `no-store`, or `private, no-cache` when the route lets browsers revalidate it by ETag. Assets
 * marked `public` (the web app's hashed files) keep their long cache.
 */
export function registerCacheControl(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const personal = request.url.startsWith('/api/') || request.headers.cookie !== undefined || request.headers.authorization !== undefined;
    if (!personal) return done(null, payload);
    const current = reply.getHeader('cache-control');
    if (typeof current === 'string' && /\bpublic\b/.test(current) && !request.url.startsWith('/api/')) return done(null, payload);
    reply.header('cache-control', typeof current === 'string' && /\bno-cache\b/.test(current) ? 'private, no-cache' : 'no-store');
    const vary = reply.getHeader('vary');
    const listed =
      typeof vary === 'string'
        ? vary
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : [];
    const missing = PERSONAL_VARY.filter((name) => !listed.some((v) => v.toLowerCase() === name.toLowerCase()));
    if (missing.length > 0) reply.header('vary', [...listed, ...missing].join(', '));
    done(null, payload);
  });
}
