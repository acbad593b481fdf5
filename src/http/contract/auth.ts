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
});
export type User = z.infer<typeof UserSchema>;

/** GET /api/users */
export const UsersSchema = z.object({ items: z.array(UserSchema) });
export type Users = z.infer<typeof UsersSchema>;
