import { z } from 'zod';
import { ROLES } from './permissions.ts';

export const RoleSchema = z.enum(ROLES);
export const EmailSchema = z.email('not an e-mail address').max(254).transform((e) => e.toLowerCase());
export const PasswordSchema = z
  .string()
  .min(10, 'a password needs at least 10 characters')
  .max(200, 'a password has at most 200 characters');

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
