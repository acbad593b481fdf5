import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { securityHeaders } from '../src/http/hooks/headers.ts';

/**
 * Plain Fastify answering /healthz with the same headers and body as Amity's: the ceiling the
 * headers benchmark measures Amity against. Prints its address once it listens.
 */
const headers = securityHeaders({ hsts: false });
const app = Fastify({ logger: false });
app.get('/healthz', async (_request, reply) => {
  reply.headers(headers).header('x-request-id', randomUUID());
  return { status: 'ok' };
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening at http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
