import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` puts the web app. */
export const WEB_BUILD_DIR = join(import.meta.dirname, '..', '..', 'dist', 'web');

/**
 * Serves the built web app from the API's origin: hashed assets for a year, the page itself
 * never cached, and the page for any other path that is not the API's (the app routes itself).
 */
export function webApp(root = WEB_BUILD_DIR) {
  return async (app: FastifyInstance): Promise<void> => {
    if (!existsSync(join(root, 'index.html'))) return;
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0]!;
      // Assets of a build made after the server started have no route of their own yet.
      const asset = path.startsWith('/assets/') && /^[\w.-]+$/.test(path.slice(8)) ? join('assets', path.slice(8)) : null;
      if (asset && existsSync(join(root, asset))) return reply.sendFile(asset);
      if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) {
        return reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${path}` });
      }
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    });
  };
}
