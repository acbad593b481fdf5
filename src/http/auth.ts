import '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AmityError } from '../domain/errors.ts';
import { ANONYMOUS, assertCanAdminister, assertCanEdit, assertCanReadInternal, type Actor, type Role } from '../domain/permissions.ts';
import { accounts } from '../services/auth/accounts.service.ts';
import type { Ctx } from '../services/context.ts';
import type { Db } from '../storage/database.ts';

export const SESSION_COOKIE = 'amity_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes a cookie-authenticated client may call without the CSRF header: signing in starts a new session. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role the route needs; checked before the request is validated. */
    role?: Role;
  }
  interface FastifyRequest {
    actor: Actor;
    ctx: Ctx;
    /** The session's CSRF token when the request came with a valid session cookie. */
    csrfToken: string | null;
  }
}

/**
 * Who is asking: an API token (`Authorization: Bearer …`), a session cookie, or nobody.
 * A write that rides on the cookie must repeat the session's CSRF token in `X-CSRF-Token`.
 */
export function registerAuth(app: FastifyInstance, db: Db, now: () => Date): void {
  // Fastify lets requests carry only primitives or accessors; these keep each request's own values.
  const actors = new WeakMap<FastifyRequest, Actor>();
  const contexts = new WeakMap<FastifyRequest, Ctx>();
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return actors.get(this) ?? ANONYMOUS;
    },
    setter(this: FastifyRequest, value: Actor) {
      actors.set(this, value);
    },
  });
  app.decorateRequest('ctx', {
    getter(this: FastifyRequest) {
      return contexts.get(this) ?? { db, actor: ANONYMOUS, now };
    },
    setter(this: FastifyRequest, value: Ctx) {
      contexts.set(this, value);
    },
  });
  app.decorateRequest('csrfToken', null);
  const identify = async (request: FastifyRequest) => {
    let actor: Actor = ANONYMOUS;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (bearer) {
      const found = await accounts.fromToken(db, bearer[1]!, now());
      if (!found) throw new AmityError('unauthenticated', 'the API token is not valid');
      actor = found.actor;
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      const found = cookie ? await accounts.fromSession(db, cookie, now()) : null;
      if (found) {
        actor = found.actor;
        request.csrfToken = found.csrfToken;
        const path = request.url.split('?')[0]!;
        if (!SAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(path) && request.headers['x-csrf-token'] !== found.csrfToken) {
          throw new AmityError('forbidden', 'this write needs the X-CSRF-Token header of your session (see GET /api/me)');
        }
      }
    }
    request.actor = actor;
    request.ctx = { db, actor, now };
  };
  // A request with neither a token nor a cookie is anonymous, the defaults above: no promise to wait on.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.headers.authorization === undefined && request.headers.cookie === undefined) return done();
    identify(request).then(() => done(), done);
  });
  // Who may call a route is settled before what they sent is looked at: 401 and 403 come before 400.
  app.addHook('preValidation', (request, _reply, done) => {
    const role = request.routeOptions.config.role;
    try {
      if (role === 'admin') assertCanAdminister(request.actor);
      else if (role === 'editor') assertCanEdit(request.actor);
      else if (role === 'viewer') assertCanReadInternal(request.actor);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
}
