import { AmityError } from './errors.ts';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: string; email: string; role: Role }
  /** The command line and internal jobs, which act with an administrator's rights. */
  | { kind: 'system'; label: string };

export const ANONYMOUS: Actor = { kind: 'anonymous' };
export const systemActor = (label = 'cli'): Actor => ({ kind: 'system', label });

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

function hasRole(actor: Actor, role: Role): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return RANK[actor.role] >= RANK[role];
}

export const canReadInternal = (actor: Actor): boolean => hasRole(actor, 'viewer');
export const canEdit = (actor: Actor): boolean => hasRole(actor, 'editor');
export const canAdminister = (actor: Actor): boolean => hasRole(actor, 'admin');

function refuse(actor: Actor, what: string): never {
  if (actor.kind === 'anonymous') throw new AmityError('unauthenticated', `sign in to ${what}`);
  throw new AmityError('forbidden', `your role may not ${what}`);
}

export function assertCanEdit(actor: Actor, what = 'change the registry'): void {
  if (!canEdit(actor)) refuse(actor, what);
}

export function assertCanAdminister(actor: Actor, what = 'do this'): void {
  if (!canAdminister(actor)) refuse(actor, what);
}

export function assertCanReadInternal(actor: Actor, what = 'read internal records'): void {
  if (!canReadInternal(actor)) refuse(actor, what);
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.email;
  if (actor.kind === 'system') return `system:${actor.label}`;
  return 'anonymous';
}
