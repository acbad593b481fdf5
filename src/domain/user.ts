import { z } from 'zod';
import { emailAddress } from './common.ts';
import { coded } from './issue-codes.ts';
import { ROLES } from './permissions.ts';

export const RoleSchema = z.enum(ROLES);
export const EmailSchema = emailAddress('not an e-mail address')
  .max(254)
  .transform((e) => e.toLowerCase());
// The shortest length is a refinement so that it carries Amity's code; the JSON Schema keeps it as minLength.
export const PasswordSchema = z
  .string()
  .refine((p) => p.length >= 10, coded('password_too_short', 'a password needs at least 10 characters'))
  .max(200, 'a password has at most 200 characters')
  .meta({ minLength: 10 });

export const NewUserSchema = z.object({ email: EmailSchema, role: RoleSchema, password: PasswordSchema });
export type NewUser = z.input<typeof NewUserSchema>;

export interface User {
  id: string;
  email: string;
  role: z.infer<typeof RoleSchema>;
  disabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
