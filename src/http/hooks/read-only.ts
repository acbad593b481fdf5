import type { FastifyInstance } from 'fastify';
import { AmityError } from '../../domain/errors.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A registry served with --read-only answers reads and refuses every write with a 503 that says why. */
export function registerReadOnly(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (READS.has(request.method)) return done();
    done(new AmityError('read_only', 'this registry is served read-only: it answers reads, and refuses changes and sign-ins'));
  });
}
