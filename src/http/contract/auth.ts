import { z } from 'zod';
import { RoleSchema } from '../../domain/user.ts';

/** Who is signed in, and the session's CSRF token. */
export const MeSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), role: RoleSchema }).nullable(),
  csrfToken: z.string().nullable().describe('send it as X-CSRF-Token with every write that rides on the session cookie'),
});
export type Me = z.infer<typeof MeSchema>;

/** An account as administrators see it. */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revoked: z
    .object({ sessions: z.number(), apiTokens: z.number(), calendarTokens: z.number() })
    .optional()
    .describe('what disabling the account or resetting its password ended'),
});
export type User = z.infer<typeof UserSchema>;

/** An API or calendar token, without its secret. */
export const TokenInfoSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  scope: z.enum(['api', 'calendar']),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  state: z.enum(['valid', 'expired', 'revoked']),
});
export type TokenInfo = z.infer<typeof TokenInfoSchema>;

/** GET /api/tokens */
export const TokensSchema = z.object({ items: z.array(TokenInfoSchema) });
export type Tokens = z.infer<typeof TokensSchema>;

/** GET /api/users */
export const UsersSchema = z.object({ items: z.array(UserSchema) });
export type Users = z.infer<typeof UsersSchema>;
