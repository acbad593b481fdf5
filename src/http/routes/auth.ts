import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RoleSchema } from '../../domain/user.ts';
import { accounts, changeAccount, createAccountToken } from '../../services/auth/accounts.service.ts';
import { SESSION_COOKIE } from '../auth.ts';
import { MeSchema, TokensSchema, UserSchema, UsersSchema } from '../contract/auth.ts';
import { errors } from '../schemas.ts';

export function registerAuthRoutes(root: FastifyInstance, options: { secureCookies: boolean }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Accounts'];

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in: sets an httpOnly session cookie',
        body: z.object({ email: z.string().max(254), password: z.string().max(200) }),
        response: { 200: MeSchema, ...errors(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { user, session } = await accounts.login(request.ctx, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        path: '/',
        expires: new Date(session.expiresAt),
      });
      return { user: { id: user.id, email: user.email, role: user.role }, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: 'Sign out: ends the session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await accounts.logout(request.ctx.db, token, request.ctx.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      schema: { tags, summary: 'Who is signed in, and the session’s CSRF token', response: { 200: MeSchema } },
    },
    async (request) => {
      const actor = request.actor;
      if (actor.kind !== 'user') return { user: null, csrfToken: null };
      return { user: { id: actor.id, email: actor.email, role: actor.role }, csrfToken: request.csrfToken };
    },
  );

  const IdParams = z.object({ id: z.string().regex(/^us_[0-9a-z]{6,40}$/) });

  app.get(
    '/api/users',
    {
      config: { role: 'admin' },
      schema: { tags, summary: 'Accounts (admin)', response: { 200: UsersSchema, ...errors(401, 403) } },
    },
    async (request) => ({ items: await accounts.list(request.ctx) }),
  );

  app.post(
    '/api/users',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Create an account (admin)',
        body: z.object({ email: z.string(), role: RoleSchema, password: z.string() }),
        response: { 201: UserSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await accounts.add(request.ctx, request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Change an account’s role, disable or enable it, or set its password (admin)',
        params: IdParams,
        body: z.strictObject({ role: RoleSchema.optional(), disabled: z.boolean().optional(), password: z.string().optional() }),
        response: { 200: UserSchema, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => changeAccount(request.ctx, { id: request.params.id }, request.body),
  );

  app.get(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'API and calendar tokens, without their secrets: every account’s for administrators, else your own',
        response: { 200: TokensSchema, ...errors(401) },
      },
    },
    async (request) => ({ items: await accounts.listTokens(request.ctx) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Create an API token that acts as an account; the token is shown once (admin)',
        body: z.strictObject({
          userId: z.string().regex(/^us_[0-9a-z]{6,40}$/),
          name: z.string().trim().min(1).max(100),
          expiresAt: z.string().max(40).nullable().default(null).describe('a moment (ISO 8601) or a span from now: 30d, 12w, 6m, 1y'),
        }),
        response: { 201: z.object({ id: z.string(), token: z.string(), expiresAt: z.string().nullable() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAccountToken(request.ctx, { id: request.body.userId }, request.body.name, request.body.expiresAt)),
  );

  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a token: administrators any, others their own',
        params: z.object({ id: z.string().max(60) }),
        response: { 200: z.object({ id: z.string(), revoked: z.boolean() }), ...errors(401, 404) },
      },
    },
    (request) => accounts.revokeToken(request.ctx, request.params.id),
  );
}
